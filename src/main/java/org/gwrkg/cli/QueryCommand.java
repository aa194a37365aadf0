package org.gwrkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.gwrkg.rdf.JsonLdContext;
import org.gwrkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwrkg query}: runs one SPARQL query over the same graph {@code serve} would serve, without
 * a server, and prints the answer as a table, CSV, TSV or JSON.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a SPARQL query on the reports without a server.",
                "SELECT prints a table (or csv, tsv, json); ASK prints true or false; CONSTRUCT and DESCRIBE print Turtle (json: JSON-LD with plain keys)."})
final class QueryCommand extends BaseCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("table", "csv", "json", "tsv");

    // One value per --data (repeat it, or separate with commas): with 1..* the query text itself
    // would be swallowed as one more data path.
    @Option(names = "--data", split = ",", paramLabel = "FILE|DIR",
            description = "Reports to query; repeat or separate with commas (default: seeds/, unless --store).")
    List<Path> data;

    @Option(names = "--store", paramLabel = "DIR", description = "Query this TDB2 store (made by gwrkg load) instead of report files.")
    Path store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "F", description = "table, csv, json or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(index = "0", paramLabel = "QUERY|FILE.rq", description = "The query text, or a file whose name ends in .rq.")
    String queryArg;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(fmt)) {
            throw new UserException("--format " + format + ": unknown format; use table, csv, json or tsv");
        }
        // Parse before extracting: a typo in the query should fail in milliseconds, not after the pipeline.
        Query query = QueryFactory.create(queryText());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (KnowledgeStore kg = Sources.open(store, data, "--data")) {
            Dataset ds = kg.unionView();
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    answer(query, qe, fmt, b);
                }
            });
        }
        out().print(b.toString(StandardCharsets.UTF_8));
        out().flush();
        return 0;
    }

    private String queryText() throws IOException {
        if (queryArg.strip().toLowerCase(Locale.ROOT).endsWith(".rq")) {
            Path file = Path.of(queryArg.strip());
            if (!Files.isRegularFile(file)) {
                throw new UserException(file + ": no such query file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (queryArg.isBlank()) {
            throw new UserException("the query is empty; give SPARQL text or a .rq file");
        }
        return queryArg;
    }

    private static void answer(Query query, QueryExecution qe, String fmt, ByteArrayOutputStream b) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (fmt) {
                case "csv" -> ResultSetFormatter.outputAsCSV(b, rs);
                case "tsv" -> ResultSetFormatter.outputAsTSV(b, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(b, rs);
                default -> ResultSetFormatter.out(b, rs, query.getPrefixMapping());
            }
        } else if (query.isAskType()) {
            boolean yes = qe.execAsk();
            switch (fmt) {
                case "csv" -> ResultSetFormatter.outputAsCSV(b, yes);
                case "tsv" -> ResultSetFormatter.outputAsTSV(b, yes);
                case "json" -> ResultSetFormatter.outputAsJSON(b, yes);
                default -> b.writeBytes((yes + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            if ("json".equals(fmt)) {
                JsonLdContext.writeCompact(DatasetFactory.wrap(m), b);
            } else {
                RDFDataMgr.write(b, m, RDFFormat.TURTLE_PRETTY);
            }
        }
    }
}
