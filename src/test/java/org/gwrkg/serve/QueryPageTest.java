package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.support.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query page in a real browser (Debian's Chromium, headless): it loads from this server alone,
 * offers the shipped queries, runs one, and shows its rows.
 */
class QueryPageTest {

    private static final String QUERY = "corpus/01-indicator-across-districts.rq";

    @TempDir
    Path profile;

    @Test
    void thePageRunsAShippedQueryAndShowsItsRowsWithoutLeavingTheServer() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        if (chromium.isEmpty()) {
            // CI installs it (.ci/run); there a missing browser is a failure, not a skip.
            assertFalse("true".equals(System.getenv("CI")), "chromium is missing on CI: .ci/run should have installed it");
            Assumptions.abort("chromium is not installed (apt-get install chromium): the query page test is skipped");
        }
        KnowledgeStore store = KnowledgeStore.inMemory();
        CorpusLoader.loadShared(store);
        for (ReportGraph g : TestCorpus.graphs()) {
            CorpusLoader.loadReport(store, g);
        }
        SparqlServer server = SparqlServer.builder(store).port(0).build().start();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get(), profile)) {
            browser.call("Network.enable", Map.of());
            browser.call("Page.enable", Map.of());
            browser.call("Page.navigate", Map.of("url", server.baseUrl() + "query"));
            assertTrue(browser.waitFor("window.gwrkg && document.querySelectorAll('#queries option').length > 1", Duration.ofSeconds(30)),
                    "the page did not start: " + browser.eval("document.body.innerText"));

            JsonNode options = browser.eval("[...document.querySelectorAll('#queries option')].map(o => o.textContent)");
            assertTrue(options.toString().contains(QUERY) && options.toString().contains("07-figures-that-fell.rq"),
                    options.toString());
            assertTrue(browser.eval("gwrkg.yasgui.getTab().getYasqe().getValue()").asText().contains("PREFIX gwr:"),
                    "the editor starts with gwrkg's prefixes");

            // Pick the query as a person would, then press the editor's run button.
            browser.eval("(() => { const s = document.getElementById('queries');"
                    + " s.value = String(gwrkg.queries.findIndex(q => q.name === '" + QUERY + "'));"
                    + " s.dispatchEvent(new Event('change')); })()");
            assertTrue(browser.eval("gwrkg.yasgui.getTab().getYasqe().getValue()").asText()
                    .contains(Files.readString(Path.of("queries", QUERY)).lines().filter(l -> l.startsWith("SELECT")).findFirst().orElseThrow()));
            browser.eval("document.querySelector('.yasqe_queryButton').click()");
            String rows = "document.querySelectorAll('.yasr .dataTable tbody tr')";
            assertTrue(browser.waitFor(rows + ".length > 0 && !" + rows + "[0].classList.contains('dataTables_empty')", Duration.ofSeconds(30)),
                    "no rows shown: " + browser.eval("document.querySelector('.yasr') && document.querySelector('.yasr').innerText"));

            int expected = selectRows(server, Files.readString(Path.of("queries", QUERY)));
            assertEquals(expected, browser.eval(rows + ".length").asInt(), "the page shows every row the endpoint gives");
            String shown = browser.eval("document.querySelector('.yasr').innerText").asText();
            assertTrue(shown.contains("郏县") && shown.contains("6.2"), "郏县's GDP growth of 6.2% is among the rows: " + shown);

            JsonNode png = browser.call("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/query-page.png"), Base64.getDecoder().decode(png.path("data").asText()));

            List<String> urls = browser.events().stream()
                    .filter(e -> "Network.requestWillBeSent".equals(e.path("method").asText()))
                    .map(e -> e.at("/params/request/url").asText())
                    .toList();
            assertTrue(urls.size() >= 5, urls.toString());
            for (String url : urls) {
                assertTrue(url.startsWith(server.baseUrl()) || url.startsWith("data:"), "the page fetched " + url + " from elsewhere");
            }
        } finally {
            server.stop();
        }
    }

    private static int selectRows(SparqlServer server, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return (int) r.body().lines().count() - 1;
    }
}
