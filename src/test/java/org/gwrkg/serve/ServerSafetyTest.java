package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's defences over real HTTP, on the test corpus in a TDB2 store: writes only with the
 * password, CORS only for the origin given, queries cut off in time and capped in rows.
 */
class ServerSafetyTest {

    private static final Credentials WRITER = new Credentials("editor", "correct horse battery staple");
    private static final String GRAPH = "https://w3id.org/gwrkg/id/report/added-by-update";
    private static final String INSERT = "INSERT DATA { GRAPH <" + GRAPH + "> { <https://example.org/x/s> <https://example.org/x/p> \"o\" } }";
    private static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static SparqlServer open;
    private static SparqlServer guarded;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = KnowledgeStore.open(dir.resolve("kg"), true);
        CorpusLoader.loadShared(store);
        for (ReportGraph g : TestCorpus.graphs()) {
            CorpusLoader.loadReport(store, g);
        }
        open = SparqlServer.builder(store).port(0).timeout(TIMEOUT).maxRows(25).build().start();
        guarded = SparqlServer.builder(store).port(0).allowUpdate(WRITER).cors("https://lab.example.org").build().start();
    }

    @AfterAll
    static void stop() {
        open.stop();
        guarded.stop();
        store.close();
    }

    private static String base(SparqlServer s) {
        return s.baseUrl() + "kg/";
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder update(String body) {
        return HttpRequest.newBuilder(URI.create(base(guarded) + "update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder query(SparqlServer s, String q) {
        return HttpRequest.newBuilder(URI.create(s.url()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(q, StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesNeedThePasswordAndReadsStayOpen() throws Exception {
        long before = store.tripleCount();
        HttpResponse<String> anonymous = send(update(INSERT));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, send(update(INSERT).header("Authorization", basic(WRITER.user(), "wrong"))).statusCode());
        assertEquals(401, send(update(INSERT).header("Authorization", basic("other", WRITER.password()))).statusCode());
        HttpRequest.Builder gspPut = HttpRequest.newBuilder(URI.create(base(guarded) + "data?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/x/s> <https://example.org/x/p> \"gsp\" ."));
        assertEquals(401, send(gspPut).statusCode());
        assertEquals(before, store.tripleCount(), "nothing written without the password");

        assertEquals(200, send(query(guarded, COUNT_ALL)).statusCode(), "reads need no password");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base(guarded) + "get?graph="
                + URLEncoder.encode(TestCorpus.graphs().get(0).graphName(), StandardCharsets.UTF_8)))).statusCode());

        assertEquals(204, send(update(INSERT).header("Authorization", basic(WRITER.user(), WRITER.password()))).statusCode());
        assertEquals(before + 1, store.tripleCount());
        HttpResponse<String> put = send(gspPut.header("Authorization", basic(WRITER.user(), WRITER.password())));
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201, put.statusCode() + " " + put.body());
        assertTrue(send(query(guarded, "SELECT ?o { GRAPH <" + GRAPH + "> { ?s ?p ?o } }")).body().contains("gsp"));

        // The default graph is the union: a write there is a client error with a reason, not a 500.
        HttpResponse<String> toDefault = send(update("INSERT DATA { <https://example.org/x/s> <https://example.org/x/p> 1 }")
                .header("Authorization", basic(WRITER.user(), WRITER.password())));
        assertEquals(400, toDefault.statusCode());
        assertTrue(toDefault.body().contains("write into a named graph"), toDefault.body());

        assertEquals(204, send(HttpRequest.newBuilder(URI.create(base(guarded) + "data?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8)))
                .header("Authorization", basic(WRITER.user(), WRITER.password())).DELETE()).statusCode());
        assertEquals(before, store.tripleCount());
    }

    @Test
    void aReadOnlyServerHasNoWriteEndpointsAtAll() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base(open) + "update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", basic(WRITER.user(), WRITER.password()))
                .POST(HttpRequest.BodyPublishers.ofString(INSERT)));
        assertEquals(404, r.statusCode(), r.body());
    }

    @Test
    void corsHeadersOnlyWhereAskedAndOnlyForTheOrigin() throws Exception {
        HttpRequest.Builder fromLab = query(open, "ASK {}").header("Origin", "https://lab.example.org");
        assertTrue(send(fromLab).headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "off by default");
        HttpResponse<String> allowed = send(query(guarded, "ASK {}").header("Origin", "https://lab.example.org"));
        assertEquals("https://lab.example.org", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> other = send(query(guarded, "ASK {}").header("Origin", "https://elsewhere.example"));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(guarded.url()))
                .header("Origin", "https://lab.example.org")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), preflight.headers().toString());
    }

    @Test
    void aQueryThatCannotFinishIsCutOffWhileOthersAreAnswered() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = HTTP.sendAsync(query(open, crossProduct).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        // Another connection, while the cross product runs.
        HttpClient other = HttpClient.newHttpClient();
        long simpleStart = System.nanoTime();
        HttpResponse<String> simple = other.send(query(open, "SELECT (COUNT(*) AS ?n) { ?r a <https://w3id.org/gwrkg/ontology#Report> }").build(),
                HttpResponse.BodyHandlers.ofString());
        long simpleMillis = (System.nanoTime() - simpleStart) / 1_000_000;
        assertEquals(200, simple.statusCode());
        assertEquals("n\r\n5\r\n", simple.body());
        assertFalse(slow.isDone(), "the cross product was still running when the simple query was answered");
        assertTrue(simpleMillis < 1500, "the simple query took " + simpleMillis + " ms");

        HttpResponse<String> cut = slow.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("timed out"), cut.body());
        assertTrue(millis >= TIMEOUT.toMillis() && millis < TIMEOUT.toMillis() + 3000, "cut off after " + millis + " ms");
        assertEquals(200, send(query(open, "ASK {}")).statusCode(), "and the server answers after it");
    }

    @Test
    void selectRowsAreCappedAndTheResponseSaysSo() throws Exception {
        HttpResponse<String> capped = send(query(open, "SELECT * { ?s ?p ?o }"));
        assertEquals(200, capped.statusCode());
        assertEquals(1 + 25, capped.body().lines().count());
        assertEquals("25", capped.headers().firstValue(BoundedQuery.HEADER).orElse(""));
        HttpResponse<String> small = send(query(open, "SELECT * { ?s ?p ?o } LIMIT 3"));
        assertEquals(1 + 3, small.body().lines().count());
        assertTrue(small.headers().firstValue(BoundedQuery.HEADER).isEmpty(), "a query within the cap is not marked");
    }

    @Test
    void serviceCallsAreRefusedUnlessAllowed() throws Exception {
        // An address no one answers on: the point is that the server never tries.
        HttpResponse<String> r = send(query(open, "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 600, r.statusCode() + " " + r.body());
        assertTrue(r.body().toLowerCase().contains("service"), r.body());
    }

    @Test
    void credentialsComeFromAFileOrTheEnvironmentNeverEmpty(@TempDir Path tmp) throws IOException {
        Path file = java.nio.file.Files.writeString(tmp.resolve("cred"), "# who may write\n\n  alice : s3cret:x \n");
        assertEquals(new Credentials("alice", "s3cret:x"), Credentials.fromFile(file));
        assertFalse(Credentials.fromFile(file).toString().contains("s3cret"), "the password stays out of logs");
        assertEquals(new Credentials("admin", "pw"), Credentials.fromEnvironment(java.util.Map.of("GWRKG_PASSWORD", "pw")).orElseThrow());
        assertEquals("bob", Credentials.fromEnvironment(java.util.Map.of("GWRKG_PASSWORD", "pw", "GWRKG_USER", "bob")).orElseThrow().user());
        assertTrue(Credentials.fromEnvironment(java.util.Map.of("GWRKG_PASSWORD", "")).isEmpty());
        for (String bad : List.of("", "# only a comment\n", "nopassword\n", "alice:\n", ":pw\n")) {
            Path f = java.nio.file.Files.writeString(tmp.resolve("bad"), bad);
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Credentials.fromFile(f), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }
}
