package org.gwrkg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.gwrkg.graph.Figure;
import org.gwrkg.graph.GraphFilter;
import org.gwrkg.graph.GraphFormat;
import org.gwrkg.graph.GraphWriter;
import org.gwrkg.graph.RelationGraph;
import org.gwrkg.store.KnowledgeStore;

/**
 * The relation graph page at {@code /graph}: cytoscape.js (vendored under
 * {@code org/gwrkg/serve/graph/}, MIT, licence beside it) drawing {@code /graph/graph.json}, the
 * store's relation graph as Cytoscape JSON with each node's figures, built at each request so that it follows writes; and the
 * landing page at {@code /}, linking the graph, the query page and the endpoint.
 */
final class GraphPage extends HttpServlet {

    /** Where the page and its files are mapped. */
    static final String PATH = "/graph/*";
    /** The page without a trailing slash. */
    static final String PAGE = "/graph";
    /** The landing page, linking the graph, the query page and the endpoint. */
    static final String LANDING = "";

    private static final String BASE = "/org/gwrkg/serve/graph/";
    private static final Map<String, String> FILES = Map.of(
            "graph.html", "text/html;charset=utf-8",
            "index.html", "text/html;charset=utf-8",
            "graph.js", "text/javascript;charset=utf-8",
            "cytoscape.min.js", "text/javascript;charset=utf-8",
            "cytoscape-LICENSE.txt", "text/plain;charset=utf-8");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient KnowledgeStore store;

    GraphPage(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String name = !request.getServletPath().startsWith(PAGE) ? "index.html"
                : info == null || "/".equals(info) ? "graph.html" : info.substring(1);
        byte[] body;
        String type;
        if ("graph.json".equals(name)) {
            body = graphJson();
            type = "application/json;charset=utf-8";
        } else {
            type = FILES.get(name);
            body = type == null ? null : resource(name);
        }
        if (body == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The store's relation graph as Cytoscape JSON, each node with its {@code figures} (indicator, value,
     * unit, year), so that a click on the page shows them without another request.
     */
    private byte[] graphJson() throws IOException {
        Dataset ds = store.unionView();
        JsonNode root = JSON.readTree(new GraphWriter(RelationGraph.build(ds, GraphFilter.all())).write(GraphFormat.CYJS));
        Map<String, List<Figure>> figures = RelationGraph.figures(ds);
        for (JsonNode node : root.path("elements").path("nodes")) {
            ObjectNode data = (ObjectNode) node.path("data");
            ArrayNode out = data.putArray("figures");
            for (Figure f : figures.getOrDefault(data.path("iri").asText(), List.of())) {
                out.addObject().put("indicator", f.indicator()).put("value", f.value()).put("unit", f.unit())
                        .put("year", f.year());
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GraphPage.class.getResourceAsStream(BASE + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
