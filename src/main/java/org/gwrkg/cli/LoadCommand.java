package org.gwrkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg load --store DIR FILE|DIR...}: adds reports to a persistent TDB2 store, or replaces
 * those already there (same region code and year). Every file is read and extracted before the
 * store is touched, so a bad file leaves the store as it was; each report is then written in its
 * own transaction, so a crash keeps every report committed before it and none of the one in hand.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Add reports to a persistent TDB2 store, or replace them (same region code and year).",
                "All files are extracted first: a bad file stops the load before anything is written.",
                "Each report is then committed on its own: a crash keeps every report committed before it."})
final class LoadCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store directory; a new or empty directory becomes a new store.")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Report files, or directories searched for .txt, .md, .html, .htm.")
    List<Path> inputs;

    @Override
    public Integer call() {
        try (KnowledgeStore kg = load(store, inputs, out())) {
            out().println("Store " + store + ": " + StoreSummary.of(kg));
            out().flush();
        }
        return 0;
    }

    /**
     * Extracts the reports under {@code inputs} and writes them to the store {@code dir}, saying on
     * {@code out} what it writes; returns the store, open. A wrong directory, or a store another
     * process holds, fails before the slow extraction; a new store is created only once every file
     * has been extracted, so a bad file leaves no store behind, nor changes an existing one.
     */
    static KnowledgeStore load(Path dir, List<Path> inputs, PrintWriter out) {
        KnowledgeStore held = KnowledgeStore.check(dir, true) ? KnowledgeStore.open(dir, true) : null;
        Reports reports;
        try {
            reports = Reports.extract(inputs, ReportMetadata.EMPTY);
            reports.distinctGraphs();
        } catch (RuntimeException e) {
            if (held != null) {
                held.close();
            }
            throw e;
        }
        KnowledgeStore kg = held != null ? held : KnowledgeStore.open(dir, true);
        out.println("Extracted " + reports.graphs().size() + " report(s); writing them to " + dir);
        reports.loadInto(kg, out);
        return kg;
    }
}
