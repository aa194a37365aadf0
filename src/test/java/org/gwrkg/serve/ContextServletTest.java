package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gwrkg.rdf.JsonLdContext;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

class ContextServletTest {

    @Test
    void serverPublishesTheJsonLdContext() throws Exception {
        SparqlServer server = SparqlServer.builder(KnowledgeStore.inMemory()).port(0).build().start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/context.jsonld")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"), r.headers().toString());
            assertEquals(JsonLdContext.text(), r.body());
        } finally {
            server.stop();
        }
    }
}
