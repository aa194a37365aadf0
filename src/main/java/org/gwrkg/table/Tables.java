package org.gwrkg.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The tables gwrkg derives from a dataset, each a SPARQL query shipped beside this class
 * ({@code reports.rq}, {@code metrics.rq}, {@code entities.rq}), so they read any dataset: the
 * in-memory store built from report files, or a persistent store. Give them the view whose
 * default graph is the union of all graphs ({@code KnowledgeStore.unionView()}), so that
 * vocabularies in their own graphs are seen.
 *
 * <pre>{@code
 * Table t = Tables.metrics(store.unionView());
 * t.cell(0, "indicatorText");   // 地区生产总值
 * }</pre>
 */
public final class Tables {

    private static final Query REPORTS = load("reports.rq");
    private static final Query METRICS = load("metrics.rq");
    private static final Query ENTITIES = load("entities.rq");

    private Tables() {
    }

    /** One row per report: region code and name, period, counts of observations, entities, relations. */
    public static Table reports(Dataset ds) {
        return select(ds, REPORTS);
    }

    /** One row per observation (see {@code metrics.rq} for the columns). */
    public static Table metrics(Dataset ds) {
        return select(ds, METRICS);
    }

    /** One row per entity of each report (see {@code entities.rq} for the columns). */
    public static Table entities(Dataset ds) {
        return select(ds, ENTITIES);
    }

    /** Runs a SELECT query over {@code ds} in a read transaction, one row per solution, IRIs and literals as text. */
    public static Table select(Dataset ds, Query query) {
        List<String> columns = query.getResultVars();
        List<List<String>> rows = Txn.calculateRead(ds, () -> {
            List<List<String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> row = new ArrayList<>(columns.size());
                    for (String c : columns) {
                        row.add(cell(s.get(c)));
                    }
                    out.add(row);
                }
            }
            return out;
        });
        return new Table(columns, rows);
    }

    private static String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static Query load(String resource) {
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: org/gwrkg/table/" + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
