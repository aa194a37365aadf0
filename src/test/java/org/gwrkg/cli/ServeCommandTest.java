package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code serve} end to end: the command runs in a background thread on a free port, and queries
 * go to it over real HTTP, as a researcher's SPARQL client would send them.
 */
class ServeCommandTest {

    private static final String PREFIX = "PREFIX gwr: <https://w3id.org/gwrkg/ontology#>\n";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ServeCommand serve;
    private static Thread thread;
    private static String endpoint;
    private static final AtomicReference<Cli.Result> RESULT = new AtomicReference<>();

    @BeforeAll
    static void start() throws InterruptedException {
        CommandLine cmd = Main.commandLine();
        serve = cmd.getSubcommands().get("serve").getCommand();
        thread = new Thread(() -> RESULT.set(Cli.run(cmd, "serve", "--port", "0", Cli.SEED.toString())), "serve");
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (serve.server() == null && thread.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertNotNull(serve.server(), () -> "serve did not start: " + RESULT.get());
        endpoint = serve.server().url();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null && serve.server() != null) {
            serve.server().stop();
        }
        thread.join(10_000);
    }

    private static JsonNode post(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        return new ObjectMapper().readTree(resp.body());
    }

    @Test
    void regionHasItsAdminCode() throws Exception {
        JsonNode json = post(PREFIX + "SELECT ?code WHERE { ?report gwr:region ?r . ?r gwr:adminCode ?code }");
        JsonNode rows = json.at("/results/bindings");
        assertEquals(1, rows.size(), json.toString());
        assertEquals("500118", rows.get(0).at("/code/value").asText());
    }

    @Test
    void manyObservations() throws Exception {
        JsonNode json = post(PREFIX + "SELECT (COUNT(?o) AS ?n) WHERE { ?o a gwr:Observation }");
        int n = json.at("/results/bindings/0/n/value").asInt();
        assertTrue(n > 100, "observations: " + n);
    }

    @Test
    void getWithQueryParameter() throws Exception {
        String q = PREFIX + "ASK { ?r gwr:adminCode \"500118\" }";
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(new ObjectMapper().readTree(resp.body()).get("boolean").asBoolean(), resp.body());
    }

    @Test
    void ontologyIsLoaded() throws Exception {
        JsonNode json = post("ASK { GRAPH <https://w3id.org/gwrkg/ontology> { ?s ?p ?o } }");
        assertTrue(json.get("boolean").asBoolean(), json.toString());
    }

    @Test
    void vocabulariesAreLoadedOnceInGraphsOfTheirOwn() throws Exception {
        for (String g : List.of("indicators", "sectors", "units")) {
            JsonNode json = post("ASK { GRAPH <https://w3id.org/gwrkg/vocab/" + g + "> { ?s ?p ?o } }");
            assertTrue(json.get("boolean").asBoolean(), g + ": " + json);
        }
        // The union default graph sees them: the seed's GDP figure reaches the concept's English label.
        JsonNode gdp = post(PREFIX + "ASK { ?o gwr:indicator/<http://www.w3.org/2004/02/skos/core#prefLabel> "
                + "\"gross regional product (GDP)\"@en }");
        assertTrue(gdp.get("boolean").asBoolean(), gdp.toString());
        // A concept's English label is in the indicators graph only, not copied into the report's.
        JsonNode copies = post("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?c "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"gross regional product (GDP)\"@en } }");
        assertEquals("1", copies.at("/results/bindings/0/n/value").asText(), copies.toString());
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int status = HTTP.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400, "update answered " + status);
    }
}
