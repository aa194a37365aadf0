package org.gwrkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.gwrkg.bench.ResearchQueries.QueryFile;

/**
 * {@code gwrkg bench run}: measures gwrkg on a corpus, in one run on one machine (issue 8):
 * single-threaded extraction against HanLP's own segmentation, RDF mapping and TDB2 loading
 * ({@link SingleThreadPass}); batch extraction and loading on all threads and on one
 * ({@link BatchBench}); the research queries' latency on the seed's and the corpus's stores
 * ({@link QueryLatency}); launch of {@code serve} to its first answer ({@link ServeStart}); the
 * peak heap; and, when asked, how batch time and store size grow with the corpus ({@link ScalingPlot}).
 * Scratch stores go into a temporary directory under {@link Builder#workDir(Path)}, removed at the end.
 *
 * <pre>{@code
 * BenchResult r = Benchmark.builder().generate(1000)
 *         .seedFiles(List.of(Path.of("seeds/yongchuan-2025-government-work-report.txt")))
 *         .queries(Path.of("queries"))
 *         .warmupSeconds(20).queryRuns(3, 10).launches(5)
 *         .scale(List.of(100, 1000, 3000), Path.of("bench-scaling.png"))
 *         .build().run();
 * new ObjectMapper().writeValue(new File("bench.json"), r);
 * }</pre>
 */
public final class Benchmark {

    private final Builder options;

    private Benchmark(Builder options) {
        this.options = options;
    }

    /** A builder; a corpus ({@link Builder#corpus} or {@link Builder#generate}) and the seed's reports are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Runs every measurement and returns the figures. */
    public BenchResult run() {
        Builder o = options;
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        Machine machine = Machine.now();
        List<QueryFile> queries = ResearchQueries.in(o.queries);
        checkStore(o.keepStore);
        HeapUsage heap = new HeapUsage();
        Path scratch = scratch(o.workDir);
        try {
            List<Path> files = o.corpusFiles != null ? o.corpusFiles : generate(o.reports, o.seed, scratch.resolve("corpus"), o.progress);
            Path corpusStore = o.keepStore != null ? o.keepStore : scratch.resolve("corpus-store");
            SingleThreadResult single = new SingleThreadPass().run(files, o.warmupSeconds,
                    scratch.resolve("warmup-store"), corpusStore, o.progress);
            CorpusInfo corpus = new CorpusInfo(o.corpusFiles != null ? o.source : "generated: " + o.reports + " reports, seed " + o.seed,
                    o.corpusFiles != null ? null : o.seed, files.size(), single.extraction().extraction().units());

            BatchBench batch = new BatchBench(heap);
            BatchResult batchResult = batch(o, batch, files, corpus.chars(), scratch);

            o.progress.accept("loading the seed's " + o.seedFiles.size() + " report(s) into a store for the queries");
            Path seedStore = scratch.resolve("seed-store");
            SeedStore.build(o.seedFiles, seedStore);
            o.progress.accept("timing " + queries.size() + " queries on the seed's and the corpus's store ("
                    + o.queryWarmups + " warm-up + " + o.queryRuns + " runs each)");
            QueryLatency latency = new QueryLatency(o.queryWarmups, o.queryRuns);
            LatencyResult queryResult = new LatencyResult(QueryLatency.ENGINE, o.queryWarmups, o.queryRuns,
                    "queries/" + ResearchQueries.FEDERATED + "/: they call remote endpoints (Wikidata), which would time the network",
                    LatencyResult.TARGET_MEDIAN_MS, latency.measure(seedStore, queries), latency.measure(corpusStore, queries));

            ServeStartResult serve = serveStart(o);
            ScalingResult scaling = o.scale.isEmpty() ? null : scale(o, batch, batchResult.parallel(), corpus.chars(), scratch);
            return new BenchResult(started.toString(), (System.nanoTime() - t0) / 1e9, machine, Machine.currentLoad(), corpus,
                    single.warmup(), single.extraction(), single.rdf(), single.load(), batchResult, queryResult, serve,
                    heap.overall(), scaling);
        } finally {
            Dirs.delete(scratch);
        }
    }

    /** The corpus batch-loaded with all threads, then with one, each into a fresh store removed after. */
    private static BatchResult batch(Builder o, BatchBench batch, List<Path> files, long chars, Path scratch) {
        o.progress.accept("batch extraction and loading of " + files.size() + " report(s) with " + o.threads + " thread(s), then with 1");
        Path parallelStore = scratch.resolve("batch-store");
        BatchRun parallel = batch.load(files, chars, parallelStore, o.threads);
        Dirs.delete(parallelStore);
        Path oneStore = scratch.resolve("batch-store-1");
        BatchRun one = batch.load(files, chars, oneStore, 1);
        Dirs.delete(oneStore);
        return BatchResult.of(parallel, one);
    }

    /**
     * For each corpus size, a corpus generated with the run's seed, batch-loaded with all threads; then the
     * plot. The size of a generated run's own corpus is that corpus, already loaded so by {@link #batch}.
     */
    private static ScalingResult scale(Builder o, BatchBench batch, BatchRun loaded, long loadedChars, Path scratch) {
        List<ScalingResult.Point> points = new ArrayList<>();
        for (int n : o.scale) {
            if (o.corpusFiles == null && n == o.reports) {
                points.add(new ScalingResult.Point(n, loadedChars, loaded.triples(), loaded.seconds(), loaded.store(), loaded.peakHeapBytes()));
                continue;
            }
            Path dir = scratch.resolve("scale-" + n);
            List<Path> files = generate(n, o.seed, dir.resolve("corpus"), o.progress);
            long chars = files.stream().mapToLong(SingleThreadPass::fileChars).sum();
            o.progress.accept("batch extraction and loading of " + n + " report(s) with " + o.threads + " thread(s)");
            BatchRun r = batch.load(files, chars, dir.resolve("store"), o.threads);
            points.add(new ScalingResult.Point(n, chars, r.triples(), r.seconds(), r.store(), r.peakHeapBytes()));
            Dirs.delete(dir);
        }
        try {
            Files.write(o.plot, ScalingPlot.png(points, o.threads));
        } catch (IOException e) {
            throw new BenchException(o.plot + ": cannot write the plot (" + e.getMessage() + ")", e);
        }
        return new ScalingResult(points, o.plot.toString());
    }

    /** Writes a corpus of {@code reports} generated reports into {@code dir}; returns its files in name order. */
    static List<Path> generate(int reports, long seed, Path dir, Consumer<String> progress) {
        progress.accept("generating " + reports + " report(s) with seed " + seed);
        CorpusGenerator generator = CorpusGenerator.builder().reports(reports).seed(seed).build();
        CorpusManifest manifest = new CorpusWriter().write(generator, dir);
        return manifest.files().stream().map(e -> dir.resolve(e.file())).toList();
    }

    private static ServeStartResult serveStart(Builder o) {
        if (o.launches == 0) {
            return ServeStartResult.skipped("not asked for (--launches 0)");
        }
        Optional<Path> jar = o.jar != null ? Optional.of(o.jar) : ServeStart.runningJar();
        if (jar.isEmpty()) {
            return ServeStartResult.skipped(
                    "not running from a jar (e.g. from target/classes in tests): build it and run java -jar target/gwrkg.jar bench run");
        }
        Path script = Path.of(ServeStart.SCRIPT);
        if (!Files.isRegularFile(script)) {
            return ServeStartResult.skipped(script + " not found: run the benchmark from the gwrkg checkout");
        }
        Path launcher = Path.of(ServeStart.LAUNCHER);
        boolean launch = Files.isExecutable(launcher);
        o.progress.accept("timing " + o.launches + " launches of serve on the seed to its first answer, with " + script
                + (launch ? " and " + launcher : ""));
        return new ServeStart().measure(script, launch ? launcher : null, jar.get(), o.seedFiles, o.launches);
    }

    /** A store directory to keep must be new or empty: the benchmark times loading into a fresh store. */
    private static void checkStore(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new BenchException(dir + ": is a file; give a new or empty directory for --store");
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new BenchException(dir + ": is not empty; the benchmark loads into a fresh store: give a new or empty directory for --store");
            }
        } catch (IOException e) {
            throw new BenchException(dir + ": cannot read the directory (" + e.getMessage() + ")", e);
        }
    }

    private static Path scratch(Path workDir) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, "gwrkg-bench-");
        } catch (IOException e) {
            throw new BenchException(workDir + ": cannot make a scratch directory there (" + e.getMessage()
                    + "); give a writable one with --work-dir", e);
        }
    }

    /** The options of a run; each has a default but the corpus. */
    public static final class Builder {
        private List<Path> corpusFiles;
        private String source;
        private int reports;
        private long seed = CorpusGenerator.DEFAULT_SEED;
        private List<Path> seedFiles = List.of();
        private Path queries = Path.of("queries");
        private double warmupSeconds = 20;
        private int queryWarmups = 3;
        private int queryRuns = 10;
        private int launches = 5;
        private Path jar;
        private Path keepStore;
        private Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
        private int threads = Runtime.getRuntime().availableProcessors();
        private List<Integer> scale = List.of();
        private Path plot;
        private Consumer<String> progress = line -> { };

        private Builder() {
        }

        /**
         * Measure these report files, each a different report.
         *
         * @param source how to name the corpus in the results, e.g. its directory
         */
        public Builder corpus(List<Path> files, String source) {
            if (files.isEmpty()) {
                throw new BenchException(source + ": no reports to measure; give a corpus made by gwrkg bench corpus, or --reports N");
            }
            this.corpusFiles = List.copyOf(files);
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Measure a corpus of {@code n} reports generated for the run with {@link #seed(long)}, and removed after. */
        public Builder generate(int n) {
            if (n < 1 || n > CorpusGenerator.MAX_REPORTS) {
                throw new BenchException("--reports " + n + ": give a number from 1 to " + CorpusGenerator.MAX_REPORTS);
            }
            this.reports = n;
            return this;
        }

        /** The seed of generated corpora ({@value CorpusGenerator#DEFAULT_SEED} by default, as {@code bench corpus}). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The seed's report files: a store for the queries, and what {@code serve} is launched on. */
        public Builder seedFiles(List<Path> files) {
            if (files.isEmpty()) {
                throw new BenchException("no seed reports: give the folder of the client's report (seeds/) with --seed-reports DIR");
            }
            this.seedFiles = List.copyOf(files);
            return this;
        }

        /** The folder of research queries ({@code queries/} by default); {@code federated/} is left out. */
        public Builder queries(Path dir) {
            this.queries = Objects.requireNonNull(dir, "queries");
            return this;
        }

        /** How long to warm up before timing the single-threaded stages (20 s by default; 0: one report). */
        public Builder warmupSeconds(double seconds) {
            if (!(seconds >= 0) || seconds > 3600) {
                throw new BenchException("--warmup-seconds " + seconds + ": give 0 to 3600 seconds, e.g. 20");
            }
            this.warmupSeconds = seconds;
            return this;
        }

        /** Untimed then timed runs of each query (3 and 10 by default). */
        public Builder queryRuns(int warmups, int runs) {
            if (warmups < 0 || runs < 1) {
                throw new BenchException("--warmup " + warmups + " --runs " + runs + ": give 0 or more warm-up runs and 1 or more runs");
            }
            this.queryWarmups = warmups;
            this.queryRuns = runs;
            return this;
        }

        /** Launches of {@code serve} to time (5 by default; 0 skips it). */
        public Builder launches(int n) {
            if (n < 0) {
                throw new BenchException("--launches " + n + ": give 0 or more");
            }
            this.launches = n;
            return this;
        }

        /** The jar to launch for {@code serve}; by default the one this code runs from, if any. */
        public Builder jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /** Keep the corpus's store here (a new or empty directory) rather than in the scratch directory. */
        public Builder keepStore(Path dir) {
            this.keepStore = dir;
            return this;
        }

        /** Where the scratch directory goes (the system's temporary folder by default); stores are timed there. */
        public Builder workDir(Path dir) {
            this.workDir = Objects.requireNonNull(dir, "workDir");
            return this;
        }

        /** Extracting threads of the parallel batch load and the scaling runs (by default one per core). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new BenchException("--threads " + n + ": give 1 or more");
            }
            this.threads = n;
            return this;
        }

        /**
         * Measure how batch time and store size grow: a corpus of each size in {@code sizes}, generated
         * with the run's seed, batch-loaded; the points plotted as a PNG into {@code plot}.
         */
        public Builder scale(List<Integer> sizes, Path plot) {
            for (int n : sizes) {
                if (n < 1 || n > CorpusGenerator.MAX_REPORTS) {
                    throw new BenchException("--scale " + n + ": give numbers of reports from 1 to " + CorpusGenerator.MAX_REPORTS);
                }
            }
            this.scale = sizes.stream().sorted().distinct().toList();
            this.plot = Objects.requireNonNull(plot, "plot");
            return this;
        }

        /** Where to say what is being measured, one line at a time. */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The benchmark.
         *
         * @throws BenchException without exactly one corpus, or without seed reports
         */
        public Benchmark build() {
            if ((corpusFiles == null) == (reports == 0)) {
                throw new BenchException("give a corpus: --corpus DIR (made by gwrkg bench corpus) or --reports N, not both");
            }
            if (seedFiles.isEmpty()) {
                throw new BenchException("no seed reports: give the folder of the client's report (seeds/) with --seed-reports DIR");
            }
            return new Benchmark(this);
        }
    }
}
