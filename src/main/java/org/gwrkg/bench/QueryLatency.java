package org.gwrkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gwrkg.bench.ResearchQueries.QueryFile;
import org.gwrkg.serve.SparqlServer;
import org.gwrkg.store.KnowledgeStore;

/**
 * Times research queries the way a researcher meets them: each store is opened as
 * {@code gwrkg serve --store} opens it and served by the same {@link SparqlServer} (union default
 * graph on TDB2's engine, the row cap and the 30 s timeout), on a free port of 127.0.0.1, and each
 * query is POSTed to {@code /kg/sparql} asking for SPARQL JSON results; a run lasts from sending
 * the request until the whole response is read, so it includes the HTTP round trip on the loopback
 * and the writing of the results, which the user waits for too.
 */
final class QueryLatency {

    static final String ENGINE = "HTTP POST to gwrkg's SparqlServer over the TDB2 store (as serve --store), "
            + "SPARQL JSON results read to the end";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int warmups;
    private final int runs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    QueryLatency(int warmups, int runs) {
        this.warmups = warmups;
        this.runs = runs;
    }

    /** Every query on the TDB2 store in {@code storeDir} (closed again when done). */
    List<QueryTiming> measure(Path storeDir, List<QueryFile> queries) {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir, false)) {
            SparqlServer server = SparqlServer.builder(store).port(0).build().start();
            try {
                URI endpoint = URI.create(server.url());
                List<QueryTiming> timings = new ArrayList<>();
                for (QueryFile q : queries) {
                    timings.add(time(endpoint, q));
                }
                return timings;
            } finally {
                server.stop();
            }
        }
    }

    private QueryTiming time(URI endpoint, QueryFile q) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                .build();
        double[] ms = new double[runs];
        String body = null;
        for (int i = -warmups; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return QueryTiming.failed(q.name(), "no answer: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return QueryTiming.failed(q.name(), "interrupted");
            }
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                return QueryTiming.failed(q.name(), "HTTP " + response.statusCode() + ": "
                        + response.body().lines().findFirst().orElse("").strip());
            }
            if (i >= 0) {
                ms[i] = elapsed;
            }
            body = response.body();
        }
        return new QueryTiming(q.name(), runs, Stats.median(ms), Stats.percentile(ms, 99),
                Stats.percentile(ms, 0), Stats.percentile(ms, 100), rows(body), null);
    }

    /** The rows of a SELECT's JSON results, 1 for an ASK. */
    private static long rows(String body) {
        try {
            JsonNode results = JSON.readTree(body);
            JsonNode bindings = results.path("results").path("bindings");
            return bindings.isArray() ? bindings.size() : results.has("boolean") ? 1 : 0;
        } catch (IOException e) {
            throw new IllegalStateException("the server's JSON results do not parse: " + e.getMessage(), e);
        }
    }
}
