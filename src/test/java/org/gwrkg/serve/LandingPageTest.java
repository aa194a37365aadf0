package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/** The landing page links the graph, the query page and the endpoint, and every link it has answers. */
class LandingPageTest {

    @Test
    void everyLinkOfTheLandingPageAnswers() throws Exception {
        KnowledgeStore store = KnowledgeStore.inMemory();
        CorpusLoader.loadShared(store);
        SparqlServer server = SparqlServer.builder(store).port(0).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            Matcher m = Pattern.compile("href=\"(/[^\"]*)\"").matcher(home.body());
            List<String> links = m.results().map(r -> r.group(1)).toList();
            assertTrue(links.containsAll(List.of("/graph", "/query", "/kg/sparql")), links.toString());
            for (String link : links) {
                URI u = URI.create(server.baseUrl() + link.substring(1) + (link.equals("/kg/sparql") ? "?query=ASK%7B%7D" : ""));
                assertEquals(200, http.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), link);
            }
        } finally {
            server.stop();
        }
    }
}
