package org.gwrkg.cli;

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
        // Check the store before the slow extraction, so a wrong directory fails at once; TDB2 only
        // creates its files at the first write, after extraction.
        try (KnowledgeStore kg = KnowledgeStore.open(store, true)) {
            Reports reports = Reports.extract(inputs, ReportMetadata.EMPTY);
            out().println("Extracted " + reports.graphs().size() + " report(s); writing them to " + store);
            reports.loadInto(kg, out());
            out().println("Store " + store + ": " + StoreSummary.of(kg));
            out().flush();
        }
        return 0;
    }
}
