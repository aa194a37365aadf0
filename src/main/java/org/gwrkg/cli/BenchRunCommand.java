package org.gwrkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gwrkg.bench.BenchException;
import org.gwrkg.bench.BenchJson;
import org.gwrkg.bench.BenchResult;
import org.gwrkg.bench.BenchTable;
import org.gwrkg.bench.Benchmark;
import org.gwrkg.bench.CorpusGenerator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gwrkg bench run}: measures gwrkg on a generated corpus, in one run on one machine
 * ({@link Benchmark} says what and how), prints a table and writes the figures as JSON, and with
 * {@code --scale} a plot beside it. Progress goes to stderr, the table to stdout.
 *
 * <pre>{@code
 * java -jar target/gwrkg.jar bench run --reports 1000 -o bench.json
 * java -jar target/gwrkg.jar bench run --corpus bench-corpus --warmup-seconds 30 -o bench.json
 * java -Xmx2g -jar target/gwrkg.jar bench run --reports 1000 --scale 100,1000,3000 -o bench.json   # and bench-scaling.png
 * }</pre>
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure gwrkg on a corpus: extraction against HanLP's own segmentation, RDF mapping, TDB2 loading,",
                "batch loading on all cores and on one, query latency on the seed and the corpus, serve's start, peak heap;",
                "with --scale, how batch time and store size grow. Prints a table and writes the figures as JSON.",
                "Run it on a quiet machine: other load slows every figure (the JSON keeps the load average and CPU times)."})
final class BenchRunCommand extends BaseCommand implements Callable<Integer> {

    /** Exactly one corpus. */
    static final class Corpus {
        @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus made by gwrkg bench corpus (or any folder of reports).")
        Path dir;

        @Option(names = "--reports", paramLabel = "N", description = "Generate N reports into a temporary folder (with --seed) and measure them.")
        Integer reports;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Corpus corpus;

    @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, paramLabel = "S",
            description = "Seed of generated corpora (default: ${DEFAULT-VALUE}, as bench corpus).")
    long seed;

    @Option(names = "--seed-reports", defaultValue = "seeds", paramLabel = "DIR",
            description = "The client's report(s): the seed store for the queries, and what serve is launched on (default: ${DEFAULT-VALUE}).")
    Path seedReports;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
            description = "The research queries to time, federated/ left out (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--warmup-seconds", defaultValue = "20", paramLabel = "S",
            description = "Warm-up of the single-threaded stages before timing: a time bound (default: ${DEFAULT-VALUE}; 0 means one report).")
    double warmupSeconds;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Untimed runs of each query first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--launches", defaultValue = "5", paramLabel = "N",
            description = "Launches of serve to time, from the jar this runs from (default: ${DEFAULT-VALUE}; 0 skips).")
    int launches;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extracting threads of the parallel batch load and of --scale (default: one per core).")
    Integer threads;

    @Option(names = "--scale", split = ",", paramLabel = "N,N,...",
            description = "Also batch-load generated corpora of these sizes (e.g. 100,1000,3000): time and store size, a table and FILE-scaling.png.")
    List<Integer> scale;

    @Option(names = "--store", paramLabel = "DIR", description = "Keep the corpus's store here (a new or empty directory); by default it is removed.")
    Path store;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where scratch stores and generated corpora go (default: the system's temporary folder); stores are timed there.")
    Path workDir;

    @Option(names = {"-o", "--output"}, defaultValue = "bench-run.json", paramLabel = "FILE",
            description = "The JSON file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        checkOutput();
        BenchResult result;
        try {
            Benchmark.Builder b = Benchmark.builder()
                    .seed(seed)
                    .seedFiles(ReportFiles.expand(List.of(existing(seedReports, "--seed-reports",
                            "give the folder of the client's report with --seed-reports DIR"))))
                    .queries(queries)
                    .warmupSeconds(warmupSeconds)
                    .queryRuns(warmups, runs)
                    .launches(launches)
                    .keepStore(store)
                    .progress(this::progress);
            if (corpus.dir != null) {
                b.corpus(ReportFiles.expand(List.of(existing(corpus.dir, "--corpus",
                        "make one with gwrkg bench corpus --reports N -o DIR, or give --reports N"))), corpus.dir.toString());
            } else {
                b.generate(corpus.reports);
            }
            if (workDir != null) {
                b.workDir(workDir);
            }
            if (threads != null) {
                b.threads(threads);
            }
            if (scale != null && !scale.isEmpty()) {
                b.scale(scale, plot(output));
            }
            result = b.build().run();
        } catch (BenchException e) {
            throw new UserException(e.getMessage(), e);
        }
        AtomicFile.write(output, BenchJson.bytes(result));
        PrintWriter out = out();
        BenchTable.print(result, out);
        out.println();
        out.println("Figures: " + output);
        out.flush();
        return 0;
    }

    /** The plot beside the JSON: bench-run.json gives bench-run-scaling.png. */
    static Path plot(Path json) {
        String name = json.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return json.resolveSibling(stem + "-scaling.png");
    }

    private static Path existing(Path dir, String option, String what) {
        if (!Files.isDirectory(dir)) {
            throw new UserException(option + " " + dir + ": " + (Files.exists(dir) ? "is a file, not a folder" : "no such folder") + "; " + what);
        }
        return dir;
    }

    /** The output's folder must exist before minutes of measuring, not be found missing after. */
    private void checkOutput() {
        Path dir = output.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException("-o " + output + ": folder " + dir + " does not exist; create it or give another file");
        }
        if (Files.isDirectory(output)) {
            throw new UserException("-o " + output + ": is a folder; give a file name such as bench-run.json");
        }
    }

    private void progress(String line) {
        PrintWriter err = err();
        err.println("bench: " + line);
        err.flush();
    }
}
