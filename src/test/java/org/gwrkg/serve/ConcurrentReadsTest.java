package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.store.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over HTTP while reports are written to the TDB2 store underneath: each query sees the
 * store as it was before a write or after it, never in between (TDB2's MVCC).
 */
class ConcurrentReadsTest {

    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    private static final String REPLACED = "https://w3id.org/gwrkg/id/report/replaced";
    private static final int GRAPHS = 12;
    private static final int OBSERVATIONS = 500;

    @TempDir
    Path dir;

    @Test
    void readersSeeEachWriteWholeOrNotAtAll() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("kg"), true)) {
            store.putGraph(REPLACED, TestGraphs.observations("old", 500));
            SparqlServer server = SparqlServer.builder(store).port(0).build().start();
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            AtomicBoolean writing = new AtomicBoolean(true);
            Set<Integer> graphCountsSeen = ConcurrentHashMap.newKeySet();
            ExecutorService readers = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int r = 0; r < 4; r++) {
                    results.add(readers.submit(() -> {
                        int queries = 0;
                        int lastGraphs = 0;
                        do {
                            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                                    .header("Content-Type", "application/sparql-query")
                                    .header("Accept", "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString(PER_GRAPH, StandardCharsets.UTF_8)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            assertEquals(200, resp.statusCode(), resp.body());
                            Map<String, Long> counts = new HashMap<>();
                            for (JsonNode row : json.readTree(resp.body()).at("/results/bindings")) {
                                counts.put(row.at("/g/value").asText(), row.at("/n/value").asLong());
                            }
                            counts.forEach((g, n) -> {
                                Set<Long> whole = g.equals(REPLACED) ? Set.of(2L * 500, 2L * 700) : Set.of(2L * OBSERVATIONS);
                                assertTrue(whole.contains(n), g + " seen half written: " + n + " triples");
                            });
                            assertTrue(counts.size() >= lastGraphs, "a committed graph vanished");
                            lastGraphs = counts.size();
                            graphCountsSeen.add(counts.size());
                            queries++;
                        } while (writing.get());
                        return queries;
                    }));
                }
                for (int i = 0; i < GRAPHS; i++) {
                    store.putGraph("https://w3id.org/gwrkg/id/report/g" + i, TestGraphs.observations("g" + i, OBSERVATIONS));
                    if (i == GRAPHS / 2) {
                        store.putGraph(REPLACED, TestGraphs.observations("new", 700));
                    }
                }
                writing.set(false);
                int queries = 0;
                for (Future<Integer> f : results) {
                    queries += f.get();
                }
                assertTrue(graphCountsSeen.size() > 3,
                        "the queries ran while the graphs were written (saw " + graphCountsSeen + " graph counts in " + queries + " queries)");
            } finally {
                writing.set(false);
                readers.shutdownNow();
                server.stop();
            }
        }
    }
}
