package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.store.TestGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP, as a researcher's client would use it. */
class SparqlServerTest {

    private static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String INSERT = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        store = TestGraphs.twoReports();
        server = SparqlServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String url, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String query, String accept) throws IOException, InterruptedException {
        URI uri = URI.create(server.url() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long count(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = JSON.readTree(response.body());
        return json.at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void theUrlNamesTheChosenPortOnLoopback() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/kg/sparql", server.url());
    }

    @Test
    void aPostedQueryWithoutGraphCountsEveryNamedGraph() throws Exception {
        HttpResponse<String> response = post(server.url(), "application/sparql-query", COUNT_ALL,
                "application/sparql-results+json");
        assertEquals(6 + 4, count(response));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
    }

    @Test
    void graphStillSeparatesTheReports() throws Exception {
        HttpResponse<String> response = get("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                "application/sparql-results+json");
        JsonNode rows = JSON.readTree(response.body()).at("/results/bindings");
        assertEquals(2, rows.size());
        assertEquals(TestGraphs.REPORT_A, rows.get(0).at("/g/value").asText());
        assertEquals(6, rows.get(0).at("/n/value").asLong());
        assertEquals(4, rows.get(1).at("/n/value").asLong());
    }

    @Test
    void getWithQueryParameterWorks() throws Exception {
        assertEquals(10, count(get(COUNT_ALL, "application/sparql-results+json")));
    }

    @Test
    void theAcceptHeaderChoosesTheResultFormat() throws Exception {
        assertTrue(get(COUNT_ALL, "text/csv").body().startsWith("n\r\n10"));
        assertTrue(get(COUNT_ALL, "text/tab-separated-values").body().startsWith("?n\n10"));
        assertTrue(get(COUNT_ALL, "application/sparql-results+xml").body().contains("<sparql"));
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String base = server.url().replace("/sparql", "");
        assertRefused(post(server.url(), "application/sparql-update", INSERT, "*/*"));
        assertRefused(post(base + "/update", "application/sparql-update", INSERT, "*/*"));
        assertRefused(post(base, "application/sparql-update", INSERT, "*/*"));
        assertRefused(post(server.url(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), "*/*"));
        // No graph store protocol writes either.
        assertRefused(post(base + "?default", "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .", "*/*"));
        assertRefused(post(base + "/data?default", "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .", "*/*"));
        assertEquals(10, store.tripleCount());
    }

    private static void assertRefused(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, response.uri() + " gave " + status + ": " + response.body());
    }

    @Test
    void aMalformedQueryIsABadRequest() throws Exception {
        HttpResponse<String> response = post(server.url(), "application/sparql-query", "SELECT WHERE {",
                "application/sparql-results+json");
        assertEquals(400, response.statusCode());
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
        }
        Optional<InetAddress> outward = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        if (outward.isPresent()) {
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(outward.get(), server.port()), 2000);
                }
            });
        }
    }
}
