package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.table.TableFormat;
import org.gwrkg.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg list}: the reports loaded from the files given, one line each, with region code,
 * region, period and the numbers of observations, entities and relations in each report's graph.
 * It reads them from the store's dataset, as it will from a persistent store.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the reports loaded from the files given: region, period and counts of observations, entities and relations.")
final class ListCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "table", paramLabel = "F", description = "table, csv or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--store", paramLabel = "DIR", description = "List the reports of this TDB2 store (made by gwrkg load) instead of report files.")
    Path store;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Reports to load (default: seeds/, unless --store).")
    List<Path> inputs;

    @Override
    public Integer call() {
        TableFormat fmt = TableFormat.of(format);
        if (fmt == null) {
            throw new UserException("--format " + format + ": unknown format; use table, csv or tsv");
        }
        try (KnowledgeStore kg = Sources.open(store, inputs, "FILE")) {
            fmt.write(Tables.reports(kg.unionView()), out());
        }
        return 0;
    }
}
