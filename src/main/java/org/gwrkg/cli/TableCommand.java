package org.gwrkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.table.Table;
import org.gwrkg.table.TableFormat;
import org.gwrkg.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg table metrics|entities}: a tidy table of the reports' facts, one row per observation
 * or per entity of each report, as CSV or TSV, the form pandas and R read directly.
 */
@Command(name = "table", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a tidy table of the reports' facts as CSV (default) or TSV.",
                "metrics: one row per observation (region code, region, period, indicator and its notation, wording, "
                        + "measure, value, unit, raw, qualifiers, sentence, report).",
                "entities: one row per entity of each report (type, name, mentions, first sentence)."})
final class TableCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "metrics or entities.")
    String kind;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE|DIR", description = "Reports to read (default: seeds/, unless --store).")
    List<Path> inputs;

    @Option(names = "--store", paramLabel = "DIR", description = "Read this TDB2 store (made by gwrkg load) instead of report files.")
    Path store;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "F", description = "csv (RFC 4180) or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout; replaced only once complete.")
    Path output;

    @Override
    public Integer call() {
        Function<Dataset, Table> table = switch (kind) {
            case "metrics" -> Tables::metrics;
            case "entities" -> Tables::entities;
            default -> throw new UserException("table " + kind + ": unknown table; use metrics or entities");
        };
        TableFormat fmt = TableFormat.of(format);
        if (fmt != TableFormat.CSV && fmt != TableFormat.TSV) {
            throw new UserException("--format " + format + ": unknown format; use csv or tsv");
        }
        Table t;
        try (KnowledgeStore kg = Sources.open(store, inputs, "FILE")) {
            t = table.apply(kg.unionView());
        }
        if (output == null) {
            fmt.write(t, out());
        } else {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            fmt.write(t, new PrintWriter(new OutputStreamWriter(b, StandardCharsets.UTF_8)));
            AtomicFile.write(output, b.toByteArray());
        }
        return 0;
    }
}
