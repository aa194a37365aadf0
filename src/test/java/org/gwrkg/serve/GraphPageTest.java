package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.graph.Figure;
import org.gwrkg.graph.GraphEdge;
import org.gwrkg.graph.GraphFilter;
import org.gwrkg.graph.GraphNode;
import org.gwrkg.graph.RelationGraph;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.support.HeadlessChromium;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relation graph page in a real browser (Debian's Chromium, headless): it draws every node of
 * the store's graph from this server alone, and a click on a node lists its relations with their
 * sentences.
 */
class GraphPageTest {

    @TempDir
    Path profile;

    @Test
    void thePageDrawsTheGraphAndAClickShowsANodesEvidence() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        if (chromium.isEmpty()) {
            assertFalse("true".equals(System.getenv("CI")), "chromium is missing on CI: .ci/run should have installed it");
            Assumptions.abort("chromium is not installed (apt-get install chromium): the graph page test is skipped");
        }
        KnowledgeStore store = KnowledgeStore.inMemory();
        CorpusLoader.loadShared(store);
        for (ReportGraph g : TestCorpus.graphs()) {
            CorpusLoader.loadReport(store, g);
        }
        Graph<GraphNode, GraphEdge> expected = RelationGraph.build(store.unionView(), GraphFilter.all());
        SparqlServer server = SparqlServer.builder(store).port(0).build().start();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get(), profile)) {
            browser.call("Network.enable", Map.of());
            browser.call("Page.enable", Map.of());
            browser.call("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 900,
                    "deviceScaleFactor", 1, "mobile", false));
            browser.call("Page.navigate", Map.of("url", server.baseUrl() + "graph"));
            assertTrue(browser.waitFor("window.gwrkgGraph && gwrkgGraph.drawn", Duration.ofSeconds(60)),
                    "the graph was not drawn: " + browser.eval("document.body.innerText"));
            assertEquals(expected.vertexSet().size(), browser.eval("gwrkgGraph.cy.nodes().length").asInt());
            assertEquals(expected.edgeSet().size(), browser.eval("gwrkgGraph.cy.edges().length").asInt());
            System.out.println("graph page drawn " + browser.eval("Math.round(performance.now())").asInt()
                    + " ms after navigation start, " + expected.vertexSet().size() + " nodes");

            // Click, as a person would, on the node with most relations that has a stated sentence.
            JsonNode at = browser.eval("(() => { const cy = gwrkgGraph.cy;"
                    + " const n = cy.nodes().filter(n => n.connectedEdges().some(e => e.data('evidence'))).max(n => n.degree()).ele;"
                    + " cy.center(n); const p = n.renderedPosition(); const r = cy.container().getBoundingClientRect();"
                    + " return {x: p.x + r.left, y: p.y + r.top, label: n.data('label')}; })()");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                browser.call("Input.dispatchMouseEvent", Map.of("type", type, "x", at.get("x").asDouble(),
                        "y", at.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
            assertTrue(browser.waitFor("document.querySelectorAll('#evidence li').length > 0", Duration.ofSeconds(10)),
                    "a click showed nothing: " + browser.eval("document.getElementById('info').innerText"));
            String info = browser.eval("document.getElementById('info').innerText").asText();
            assertTrue(info.startsWith(at.get("label").asText()), info);
            GraphNode clicked = expected.vertexSet().stream().filter(n -> n.label().equals(at.get("label").asText()))
                    .max(java.util.Comparator.comparingInt(expected::degreeOf)).orElseThrow();
            String sentence = expected.edgesOf(clicked).stream().map(GraphEdge::evidence).filter(s -> !s.isEmpty())
                    .findFirst().orElseThrow();
            assertTrue(info.contains(sentence), "the clicked node's sentences are shown: " + info);

            // Click a node with figures (observations about it): they are listed with indicator and value.
            Map<String, List<Figure>> figures = RelationGraph.figures(store.unionView());
            assertFalse(figures.isEmpty(), "the test corpus has figures about an entity");
            JsonNode fig = browser.eval("(() => { const cy = gwrkgGraph.cy;"
                    + " const n = cy.nodes().filter(n => (n.data('figures') || []).length > 0).max(n => n.degree()).ele;"
                    + " cy.center(n); const p = n.renderedPosition(); const r = cy.container().getBoundingClientRect();"
                    + " return {x: p.x + r.left, y: p.y + r.top, iri: n.data('iri'), label: n.data('label')}; })()");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                browser.call("Input.dispatchMouseEvent", Map.of("type", type, "x", fig.get("x").asDouble(),
                        "y", fig.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
            assertTrue(browser.waitFor("document.querySelectorAll('#figures li').length > 0", Duration.ofSeconds(10)),
                    "a click on a node with figures showed none: " + browser.eval("document.getElementById('info').innerText"));
            String shown = browser.eval("document.getElementById('info').innerText").asText();
            assertTrue(shown.startsWith(fig.get("label").asText()), shown);
            List<Figure> its = figures.get(fig.get("iri").asText());
            assertEquals(its.size(), browser.eval("document.querySelectorAll('#figures li').length").asInt());
            for (Figure f : its) {
                assertTrue(shown.contains(f.indicator() + " " + f.value()), "figure " + f + " is shown: " + shown);
            }

            JsonNode png = browser.call("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/graph-page.png"), Base64.getDecoder().decode(png.path("data").asText()));

            List<String> urls = browser.events().stream()
                    .filter(e -> "Network.requestWillBeSent".equals(e.path("method").asText()))
                    .map(e -> e.at("/params/request/url").asText())
                    .toList();
            for (String url : urls) {
                assertTrue(url.startsWith(server.baseUrl()) || url.startsWith("data:"), "the page fetched " + url + " from elsewhere");
            }
        } finally {
            server.stop();
        }
    }
}
