package org.gwrkg.queries;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Runs a query file of {@code queries/} on a dataset and gives its rows as plain maps, so that the
 * query tests compare strings: a literal by its lexical form, an IRI as itself; and checks that a
 * query file is well formed.
 *
 * <pre>{@code
 * List<Map<String, String>> rows = QueryRows.select(Path.of("queries/01-headline-figures.rq"), ds);
 * }</pre>
 */
final class QueryRows {

    private QueryRows() {
    }

    static List<Map<String, String>> select(Path queryFile, Dataset ds) {
        try {
            return select(Files.readString(queryFile), ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> select(String q, Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, string(s.get(v))));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /**
     * Checks what every shipped query promises: a name NN-short-name.rq, at least two opening comment
     * lines saying what it answers, and SPARQL that parses.
     */
    static void assertWellFormed(Path f) throws IOException {
        String name = f.getFileName().toString();
        assertTrue(name.matches("\\d\\d-[a-z0-9]+(-[a-z0-9]+)*\\.rq"), name + " is not named NN-short-name.rq");
        String q = Files.readString(f);
        long comments = q.lines().takeWhile(l -> l.startsWith("#")).count();
        assertTrue(comments >= 2, name + " opens with only " + comments + " comment line(s) saying what it answers");
        try {
            QueryFactory.create(q);
        } catch (RuntimeException e) {
            fail(name + " does not parse: " + e.getMessage());
        }
    }

    private static String string(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
