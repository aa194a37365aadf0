package org.gwrkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gwrkg.batch.Batch;
import org.gwrkg.batch.BatchListener;
import org.gwrkg.batch.BatchLoader;
import org.gwrkg.batch.LoadSummary;
import org.gwrkg.batch.LoadedReport;
import org.gwrkg.batch.ReportInput;
import org.gwrkg.batch.TerminalProgress;
import org.gwrkg.read.ReportException;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.store.StoreBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg load --store DIR FILE|DIR...}: adds reports to a persistent TDB2 store, or replaces
 * those already there (same region code and year), with {@link BatchLoader}: every file is read and
 * checked before the store is touched, so a bad file leaves the store as it was; then several threads
 * extract while one writes. A new store is written by TDB2's bulk loader beside its place and moved
 * there once complete, so a failed or killed load leaves none (the next load removes what it left); an
 * existing store gets each report whole in a transaction with the others ready at that moment, so a
 * crash keeps every report committed before it and none of those in hand. A progress bar shows on a
 * terminal; a summary line ends the load.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Add reports to a persistent TDB2 store, or replace them (same region code and year).",
                "Every file is read and checked first: a bad file stops the load before anything is written.",
                "Then several threads extract while one writes. A new store is written in bulk beside DIR",
                "and moved there once complete: a failed or killed load leaves none. An existing store",
                "gets each report whole in a transaction: a crash keeps every report committed before it.",
                "Progress shows on a terminal."})
final class LoadCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store directory; a new or empty directory becomes a new store.")
    Path store;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads extracting (default: one per processor but one, here ${DEFAULT-VALUE}); one more writes.")
    int threads = BatchLoader.defaultThreads();

    @Option(names = "--transaction-triples", paramLabel = "N",
            description = {"Into an existing store: commit every N triples; 1 commits each report on its own (slower, and the store grows much larger).",
                    "Default: 250,000 and half what the load wrote before, so that a long load takes few transactions."})
    Long transactionTriples;

    @Option(names = {"-v", "--verbose"},
            description = "Print a line as each report is written and as it is committed (instead of a progress bar), and where the time went.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Report files, or directories searched for .txt, .md, .html, .htm.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (transactionTriples != null && transactionTriples < 1) {
            throw new UserException("--transaction-triples " + transactionTriples + ": give at least 1");
        }
        BatchLoader.Builder loader = builder(threads, verbose ? out() : null);
        if (transactionTriples != null) {
            loader.transactionTriples(transactionTriples);
        }
        try (KnowledgeStore kg = load(store, inputs, loader.build(), verbose, out())) {
            // Not the store's triples: counting them reads the whole store (a minute for 1,000 reports).
            out().println("Store " + store + ": " + StoreSummary.reports(kg));
            out().flush();
        }
        return 0;
    }

    /**
     * A loader with {@code threads} threads that writes a line per report on {@code log}, or, when that
     * is null, draws a progress bar if at a terminal (lines and a redrawn bar would garble each other).
     */
    static BatchLoader.Builder builder(int threads, PrintWriter log) {
        if (threads < 1) {
            throw new UserException("--threads " + threads + ": give at least 1");
        }
        return BatchLoader.builder().threads(threads)
                .listener(log != null ? new ReportLog(log) : TerminalProgress.onConsole());
    }

    /** {@link #load(Path, List, BatchLoader, boolean, PrintWriter)} with the default threads and progress at a terminal. */
    static KnowledgeStore load(Path dir, List<Path> inputs, PrintWriter out) {
        return load(dir, inputs, builder(BatchLoader.defaultThreads(), null).build(), false, out);
    }

    /**
     * Loads the reports under {@code inputs} into the store {@code dir} with {@code loader}, prints the
     * summary line on {@code out} (and with {@code details} where the time went), and returns the store, open. A wrong directory, or a store another
     * process holds, fails before the files are read; a new store is created only once every file has
     * been read and checked, so a bad file leaves no store behind, nor changes an existing one.
     */
    static KnowledgeStore load(Path dir, List<Path> inputs, BatchLoader loader, boolean details, PrintWriter out) {
        KnowledgeStore held = KnowledgeStore.check(dir, true) ? KnowledgeStore.open(dir, true) : null;
        Batch batch;
        try {
            if (held == null) {
                StoreBuild.removeLeftover(dir).ifPresent(left -> out.println("Removed " + left
                        + ": the unfinished store of an earlier load of " + dir + " that did not end"));
            }
            batch = loader.read(ReportFiles.expand(inputs));
        } catch (RuntimeException e) {
            if (held != null) {
                held.close();
            }
            throw e;
        }
        if (held == null) {
            LoadSummary summary = loadNew(dir, batch, loader);
            print(summary, details, out);
            return KnowledgeStore.open(dir, false);
        }
        try {
            print(loader.load(batch, held), details, out);
            return held;
        } catch (RuntimeException | Error e) {
            held.close();
            throw e;
        }
    }

    /** A new store, written whole beside {@code dir} and moved there: a failure leaves nothing at {@code dir}. */
    private static LoadSummary loadNew(Path dir, Batch batch, BatchLoader loader) {
        try {
            return loader.load(batch, dir);
        } catch (ReportException e) {
            throw new ReportException(e.getMessage() + " (no store was created at " + dir + ")", e);
        }
    }

    private static void print(LoadSummary summary, boolean details, PrintWriter out) {
        out.println(summary.line());
        if (details) {
            out.println("Time: " + summary.details());
        }
        out.flush();
    }

    /** With {@code --verbose}: which report is written, from which file, and when it is committed. */
    private static final class ReportLog implements BatchListener {
        private final PrintWriter log;
        private int total;
        private int writing;
        private int committed;

        ReportLog(PrintWriter log) {
            this.log = log;
        }

        @Override
        public void loadingStarted(int reports, long chars, int threads) {
            total = reports;
        }

        @Override
        public void writing(ReportInput report) {
            say("[" + ++writing + "/" + total + "] writing " + report.graphName() + " from " + report.file());
        }

        @Override
        public void committed(List<LoadedReport> reports) {
            for (LoadedReport r : reports) {
                say("[" + ++committed + "/" + total + "] committed " + r.input().graphName() + ": " + r.triples() + " triples");
            }
        }

        private void say(String line) {
            log.println(line);
            log.flush();
        }
    }
}
