package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.store.TestGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad requests to the server: each gets a 4xx with a reason (never a 500, a stack trace or a hang),
 * the server goes on answering, and the store is unchanged.
 */
class BadRequestsTest {

    private static final Credentials WRITER = new Credentials("editor", "pw-for-tests");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TEN_MB_QUERY = "SELECT * { ?s ?p ?o } # " + "x".repeat(10 << 20);

    private static KnowledgeStore store;
    private static SparqlServer server;
    private static long triples;

    @BeforeAll
    static void start() {
        store = TestGraphs.twoReports();
        triples = store.tripleCount();
        server = SparqlServer.builder(store).port(0).allowUpdate(WRITER).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void storeUnchangedAndServerAnswering() throws Exception {
        assertEquals(triples, store.tripleCount(), "the store is unchanged");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(server.url() + "?query=ASK%7B%7D"))).statusCode());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder post(String url, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType).POST(body);
    }

    private static void assertClientError(HttpResponse<String> r, int status, String words) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), () -> "body lacks \"" + words + "\": " + r.body());
        assertFalse(r.body().contains("\tat org.") || r.body().contains("Exception:"), r.body());
    }

    @Test
    void malformedSparqlIsABadRequestWithTheParserMessage() throws Exception {
        assertClientError(send(post(server.url(), "application/sparql-query", HttpRequest.BodyPublishers.ofString("SELEC ?x { ?x ?p ?o }"))),
                400, "line 1");
        assertClientError(send(post(server.url(), "application/sparql-query", HttpRequest.BodyPublishers.ofString("SELECT ?x { ?x ?p "))),
                400, "Encountered");
        assertClientError(send(post(server.url(), "application/sparql-query", HttpRequest.BodyPublishers.ofString("  \n"))),
                400, "query string");
        // A GET without ?query= asks for a service description, which Fuseki does not give.
        assertClientError(send(HttpRequest.newBuilder(URI.create(server.url()))), 404, "Service Description");
        String auth = "Basic " + Base64.getEncoder().encodeToString("editor:pw-for-tests".getBytes(StandardCharsets.UTF_8));
        assertClientError(send(post(server.baseUrl() + "kg/update", "application/sparql-update",
                HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> ")).header("Authorization", auth)),
                400, "Encountered");
    }

    @Test
    void aQueryOfTenMegabytesIsRefusedUnread() throws Exception {
        assertRefusedUnread(post(server.url(), "application/sparql-query", HttpRequest.BodyPublishers.ofString(TEN_MB_QUERY)));
        assertRefusedUnread(post(server.url(), "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(
                "query=" + URLEncoder.encode(TEN_MB_QUERY, StandardCharsets.UTF_8))));
        // Without a length (chunked), the body is read up to the cap and no further.
        byte[] bytes = TEN_MB_QUERY.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
        assertRefusedUnread(post(server.url(), "application/sparql-query", chunked));
    }

    /**
     * The server answers 413 and closes the connection without reading the rest of the body; a client
     * still sending it may see the close before the answer ("header parser received no bytes"). Either
     * way nothing ran, which {@link #storeUnchangedAndServerAnswering} checks after the test.
     */
    private static void assertRefusedUnread(HttpRequest.Builder request) throws InterruptedException {
        HttpResponse<String> r;
        try {
            r = send(request);
        } catch (IOException closedWhileSending) {
            return;
        }
        assertClientError(r, 413, "is over this server");
    }

    @Test
    void aQueryStringOfTenMegabytesInTheUrlIsRefused() throws Exception {
        // Jetty answers 431 past 512 KB of headers and closes the connection; a client still sending
        // the rest of a 10 MB line may see only the close. Either way nothing is run.
        String url = server.url() + "?query=" + URLEncoder.encode(TEN_MB_QUERY, StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String path = url.substring(url.indexOf("/kg/"));
            try {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedWhileSending) {
                // The server refused the line before it was all sent.
            }
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(status.isEmpty() || status.matches("HTTP/1\\.1 4\\d\\d"), status);
        } catch (java.net.SocketException reset) {
            // Closed under our feet: refused, not run.
        }
    }

    @Test
    void unknownGraphNamesGiveEmptyAnswersOr404() throws Exception {
        String unknown = "https://w3id.org/gwrkg/id/report/999999-1900";
        HttpResponse<String> inGraph = send(post(server.url(), "application/sparql-query",
                HttpRequest.BodyPublishers.ofString("SELECT * { GRAPH <" + unknown + "> { ?s ?p ?o } }")).header("Accept", "text/csv"));
        assertEquals(200, inGraph.statusCode());
        assertEquals("s,p,o", inGraph.body().strip());
        HttpResponse<String> from = send(post(server.url(), "application/sparql-query",
                HttpRequest.BodyPublishers.ofString("SELECT * FROM <" + unknown + "> { ?s ?p ?o }")).header("Accept", "text/csv"));
        assertEquals(200, from.statusCode(), from.body());
        assertEquals("s,p,o", from.body().strip());
        assertClientError(send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/get?graph="
                + URLEncoder.encode(unknown, StandardCharsets.UTF_8)))), 404, "No such graph");
        assertClientError(send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/get?graph=not%20an%20IRI"))), 404, "No such graph");
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "nosuchdataset/sparql?query=ASK%7B%7D"))).statusCode());
    }
}
