package org.gwrkg.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.jena.rdf.model.Model;
import org.gwrkg.Pipeline;
import org.gwrkg.rdf.RegionGraph;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.Report;
import org.gwrkg.read.ReportException;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.store.StoreBuild;

/**
 * Loads many report files into a TDB2 store with all cores, in bounded memory, in two phases.
 * {@link #read} reads and checks every file (decoding, size, metadata, two files of one report) and
 * keeps only its name and size, so a bad file stops the batch before the store is touched. {@link #load}
 * then has {@code threads} threads read each file again, extract it and map it to RDF, handing the
 * graphs through a queue of a few reports to the calling thread, the one writer TDB2 allows.
 *
 * <p>A new store ({@link #load(Batch, Path)} on a missing or empty directory) is written by TDB2's
 * sequential bulk loader ({@link StoreBuild}) in a directory beside its place and moved there once
 * complete: a failed or killed load leaves no store. The loader fills one index as the reports come and
 * builds the other five from it after the last one, at a fraction of the cost of the index blocks a
 * growing store's transactions copy.
 *
 * <p>An existing store gets the reports in transactions, each report put in whole, replacing an earlier
 * load of it. The writer commits once the transaction holds {@value #DEFAULT_TRANSACTION_TRIPLES}
 * triples and half as many as the load wrote before it (or the reports run out): a report is in the
 * store whole or not at all, a crash keeps every transaction committed before it and loses at most
 * about a third of the load, and TDB2, which copies every index block a transaction changes, copies
 * each a few times in all rather than once per report.
 *
 * <pre>{@code
 * BatchLoader loader = BatchLoader.builder().threads(2).listener(TerminalProgress.onConsole()).build();
 * Batch batch = loader.read(files);            // a bad file stops here
 * LoadSummary summary = loader.load(batch, Path.of("kg"));
 * System.out.println(summary.line());
 * }</pre>
 */
public final class BatchLoader {

    /**
     * Threads extracting by default: one per processor but one, which the writer keeps busy. Writing
     * takes longer than extracting (into a new store, 1,000 reports: 176 s CPU against 93 s), so the
     * writer sets the pace and a further extracting thread only takes the processor from it: on two
     * busy cores that load took 5 min 0 s with one extracting thread and 5 min 6 s with two.
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * Triples a transaction holds at least, unless the reports run out first; by default it also holds
     * at least half as many as the load wrote before it.
     */
    public static final long DEFAULT_TRANSACTION_TRIPLES = 250_000;

    private final int threads;
    private final BatchListener listener;
    private final ReportMetadata overrides;
    private final long transactionTriples;
    private final boolean growing;

    private BatchLoader(Builder b) {
        this.threads = b.threads;
        this.listener = b.listener;
        this.overrides = b.overrides;
        this.transactionTriples = b.transactionTriples;
        this.growing = b.growing;
    }

    /** A loader with {@link #defaultThreads()} threads, no listener and no metadata overrides. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of threads extracting. */
    public int threads() {
        return threads;
    }

    /**
     * Reads and checks every file, {@code threads} at a time, keeping only what {@link #load} needs.
     *
     * @throws ReportException for the first bad file in input order, or for two files of one report
     */
    public Batch read(List<Path> files) {
        long start = System.nanoTime();
        listener.readingStarted(files.size());
        ExecutorService pool = Workers.pool(Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<ReportInput>> reading = new ArrayList<>(files.size());
            for (Path file : files) {
                reading.add(pool.submit(() -> {
                    Report report = Workers.reader().read(file, overrides);
                    return new ReportInput(file, Pipeline.graphName(report), report.text().length());
                }));
            }
            List<ReportInput> reports = new ArrayList<>(files.size());
            Map<String, Path> fileOfGraph = new HashMap<>();
            long chars = 0;
            for (Future<ReportInput> f : reading) {
                ReportInput r = Workers.await(f);
                Path earlier = fileOfGraph.putIfAbsent(r.graphName(), r.file());
                if (earlier != null) {
                    throw sameReport(r.file(), earlier, r.graphName());
                }
                reports.add(r);
                chars += r.chars();
                listener.read(r);
            }
            return new Batch(reports, chars, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
            listener.stopped();
        }
    }

    /**
     * The message for two files that are the same report: one graph would merge them, or one would
     * silently replace the other.
     */
    public static ReportException sameReport(Path file, Path earlier, String graphName) {
        return new ReportException(file + " and " + earlier + " are both the report " + graphName
                + " (same region code and year): give only one of them, or correct regionCode or period in the sidecar of the other");
    }

    /**
     * Extracts the reports of {@code batch} and writes them into the store in {@code dir}. Where there
     * is no store yet (a missing or empty directory), TDB2's bulk loader writes a new one beside it
     * ({@link StoreBuild}), moved into place once every report is in: a failed or killed load leaves
     * none. Otherwise the reports go into the existing store in transactions, as {@link #load(Batch,
     * KnowledgeStore)} does. The store is closed afterwards.
     *
     * @throws org.gwrkg.store.StoreException when {@code dir} cannot hold a store, or another process holds it
     */
    public LoadSummary load(Batch batch, Path dir) {
        if (KnowledgeStore.check(dir, true)) {
            try (KnowledgeStore store = KnowledgeStore.open(dir, false)) {
                return load(batch, store);
            }
        }
        return run(batch, queue -> {
            return new BulkWriter(queue).writeAll(dir, batch.reports().size());
        });
    }

    /**
     * Extracts the reports of {@code batch} and writes them into {@code store}, with the ontology and
     * vocabularies where it lacks them, in transactions. A report that fails now (a bug, or a file
     * changed since {@link #read}) stops the load once the reports ready before it are committed.
     */
    public LoadSummary load(Batch batch, KnowledgeStore store) {
        return run(batch, queue -> {
            Writer writer = new Writer(store, queue);
            writer.writeShared();
            writer.writeAll(batch.reports().size());
            // TDB2's optimiser reads these counts when the store is next opened (serve --store, query --store).
            store.writeStatistics();
            return writer.written();
        });
    }

    /** Reads, checks and loads {@code files}: {@link #read}, then {@link #load(Batch, KnowledgeStore)}. */
    public LoadSummary load(List<Path> files, KnowledgeStore store) {
        return load(read(files), store);
    }

    /** Reads, checks and loads {@code files}: {@link #read}, then {@link #load(Batch, Path)}. */
    public LoadSummary load(List<Path> files, Path dir) {
        return load(read(files), dir);
    }

    /** Extracts on the pool into a queue that {@code write}, on the calling thread, empties. */
    private LoadSummary run(Batch batch, Function<BlockingQueue<Extracted>, Written> write) {
        long start = System.nanoTime();
        int total = batch.reports().size();
        listener.loadingStarted(total, batch.chars(), threads);
        BlockingQueue<Extracted> queue = new ArrayBlockingQueue<>(2 * threads);
        AtomicLong extractNanos = new AtomicLong();
        AtomicLong extractCpuNanos = new AtomicLong();
        ExecutorService pool = Workers.pool(threads);
        try {
            for (ReportInput r : batch.reports()) {
                pool.execute(() -> extractInto(queue, r, extractNanos, extractCpuNanos));
            }
            Written w = write.apply(queue);
            return new LoadSummary(total, batch.chars(), w.triples(), w.transactions(), threads,
                    batch.readNanos() / 1e9, extractNanos.get() / 1e9, w.nanos() / 1e9,
                    (batch.readNanos() + System.nanoTime() - start) / 1e9, extractCpuNanos.get() / 1e9,
                    w.cpuNanos() / 1e9);
        } finally {
            // Workers blocked on the full queue of a failed load are interrupted; those still
            // extracting finish their report and drop it.
            pool.shutdownNow();
            listener.stopped();
        }
    }

    private void extractInto(BlockingQueue<Extracted> queue, ReportInput input, AtomicLong nanos, AtomicLong cpuNanos) {
        long start = System.nanoTime();
        long cpuStart = Workers.cpuNanos();
        Extracted result;
        try {
            result = extract(input);
        } catch (Throwable t) {
            // Handed to the writer, which stops the load with it, on the thread the caller waits on.
            result = new Extracted(input, null, null, t);
        }
        nanos.addAndGet(System.nanoTime() - start);
        cpuNanos.addAndGet(Workers.cpuNanos() - cpuStart);
        try {
            queue.put(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Extracted extract(ReportInput input) {
        Pipeline pipeline = Workers.pipeline();
        Report report = pipeline.read(input.file(), overrides);
        String graphName = Pipeline.graphName(report);
        if (!graphName.equals(input.graphName())) {
            throw new ReportException(input.file() + ": changed during the load (it was the report " + input.graphName()
                    + ", it is now " + graphName + "). Load it again.");
        }
        ReportGraph graph = pipeline.toRdf(pipeline.extract(report));
        return new Extracted(input, graph, RegionGraph.of(graph), null);
    }


    /** A report extracted, or the reason it could not be. */
    private record Extracted(ReportInput input, ReportGraph graph, Model region, Throwable failure) {
    }

    /**
     * What a writer did, for the summary.
     *
     * @param nanos    busy time, waits for reports left out
     * @param cpuNanos CPU time of writing, waits left out
     */
    private record Written(long triples, int transactions, long nanos, long cpuNanos) {
    }

    /**
     * The writer of a new store: the caller's thread hands each report to TDB2's bulk loader, which
     * fills the first index as they come and builds the others at the end; one commit.
     */
    private final class BulkWriter {
        private final BlockingQueue<Extracted> queue;
        private long triples;
        private long waited;

        BulkWriter(BlockingQueue<Extracted> queue) {
            this.queue = queue;
        }

        Written writeAll(Path dir, int total) {
            long start = System.nanoTime();
            long cpuStart = Workers.cpuNanos();
            List<LoadedReport> done = new ArrayList<>(total);
            try (StoreBuild build = StoreBuild.start(dir)) {
                while (done.size() < total) {
                    Extracted x = take(queue, this::waited);
                    if (x.failure() != null) {
                        throw Workers.rethrow(x.failure());
                    }
                    listener.writing(x.input());
                    build.putReport(x.graph(), x.region());
                    LoadedReport loaded = new LoadedReport(x.input(), x.graph().model().size());
                    done.add(loaded);
                    triples += loaded.triples();
                    listener.written(loaded);
                }
                build.finish();
            }
            long nanos = System.nanoTime() - start - waited;
            long cpuNanos = Workers.cpuNanos() - cpuStart;
            listener.committed(done);
            return new Written(triples, 1, nanos, cpuNanos);
        }

        private void waited(long n) {
            waited += n;
        }
    }

    /** Takes the next report from {@code queue}, telling {@code waited} how long that took. */
    private static Extracted take(BlockingQueue<Extracted> queue, LongConsumer waited) {
        long start = System.nanoTime();
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next report", e);
        } finally {
            waited.accept(System.nanoTime() - start);
        }
    }

    /** The one thread that writes into a store in transactions: the caller's. */
    private final class Writer {
        private final KnowledgeStore store;
        private final BlockingQueue<Extracted> queue;
        private long triples;
        private int transactions;
        private long nanos;
        private long cpuNanos;
        /** Time spent waiting for reports, left out of the writer's busy time. */
        private long waited;

        Writer(KnowledgeStore store, BlockingQueue<Extracted> queue) {
            this.store = store;
            this.queue = queue;
        }

        void writeShared() {
            long start = System.nanoTime();
            long cpuStart = Workers.cpuNanos();
            CorpusLoader.loadShared(store);
            nanos += System.nanoTime() - start;
            cpuNanos += Workers.cpuNanos() - cpuStart;
        }

        void writeAll(int total) {
            int written = 0;
            while (written < total) {
                Extracted first = take();
                if (first.failure() != null) {
                    throw Workers.rethrow(first.failure());
                }
                long start = System.nanoTime();
                long cpuStart = Workers.cpuNanos();
                long waitedBefore = waited;
                long target = transactionTarget();
                int left = total - written;
                List<LoadedReport> done = new ArrayList<>();
                Throwable[] failure = new Throwable[1];
                store.write(() -> {
                    long inTransaction = put(first, done);
                    while (inTransaction < target && done.size() < left) {
                        Extracted next = take();
                        if (next.failure() != null) {
                            failure[0] = next.failure();
                            break;
                        }
                        inTransaction += put(next, done);
                    }
                });
                nanos += System.nanoTime() - start - (waited - waitedBefore);
                cpuNanos += Workers.cpuNanos() - cpuStart;
                transactions++;
                written += done.size();
                done.forEach(d -> triples += d.triples());
                listener.committed(done);
                if (failure[0] != null) {
                    throw Workers.rethrow(failure[0]);
                }
            }
        }

        /**
         * Triples to reach before committing. TDB2 copies each index block a transaction changes, and
         * reports change blocks all over the indexes that start with a predicate or an object, so a
         * transaction costs about as much disk as those indexes hold: growing transactions with the
         * load keeps the copies to a few times the store's size, where fixed ones made it grow with
         * the square of the reports (14 GB for 1,000 reports in 58 transactions).
         */
        private long transactionTarget() {
            return growing ? Math.max(transactionTriples, triples / 2) : transactionTriples;
        }

        private long put(Extracted x, List<LoadedReport> done) {
            listener.writing(x.input());
            CorpusLoader.putReport(store, x.graph(), x.region());
            LoadedReport loaded = new LoadedReport(x.input(), x.graph().model().size());
            done.add(loaded);
            listener.written(loaded);
            return loaded.triples();
        }

        private Extracted take() {
            return BatchLoader.take(queue, n -> waited += n);
        }

        Written written() {
            return new Written(triples, transactions, nanos, cpuNanos);
        }
    }

    /** How a {@link BatchLoader} works. */
    public static final class Builder {
        private int threads = defaultThreads();
        private BatchListener listener = BatchListener.NONE;
        private ReportMetadata overrides = ReportMetadata.EMPTY;
        private long transactionTriples = DEFAULT_TRANSACTION_TRIPLES;
        private boolean growing = true;

        private Builder() {
        }

        /** Threads extracting (default: {@link #defaultThreads()}); one more thread writes. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Adds a listener, told of each report read, written and committed. */
        public Builder listener(BatchListener listener) {
            Objects.requireNonNull(listener);
            this.listener = this.listener == BatchListener.NONE ? listener : BatchListener.both(this.listener, listener);
            return this;
        }

        /** Metadata that wins over each file's sidecar and header, e.g. from the command line. */
        public Builder overrides(ReportMetadata overrides) {
            this.overrides = Objects.requireNonNull(overrides);
            return this;
        }

        /**
         * Triples after which every transaction is committed, rather than the default, which grows
         * with the load; 1 commits each report on its own.
         */
        public Builder transactionTriples(long triples) {
            return transactions(triples, false);
        }

        /** Transactions of at least {@code triples} triples and half those the load wrote before (the default's rule). */
        Builder growingTransactions(long triples) {
            return transactions(triples, true);
        }

        private Builder transactions(long triples, boolean growing) {
            if (triples < 1) {
                throw new IllegalArgumentException("transaction triples must be at least 1, not " + triples);
            }
            this.transactionTriples = triples;
            this.growing = growing;
            return this;
        }

        /** The loader. */
        public BatchLoader build() {
            return new BatchLoader(this);
        }
    }
}
