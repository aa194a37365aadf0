package org.gwrkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.gwrkg.table.Table;
import org.gwrkg.table.Tables;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The relation graph of a dataset: entities as nodes, relations and co-occurrence in one sentence
 * as edges, read through SPARQL shipped beside this class (and {@code gwrkg table entities}'
 * query for the nodes), so it is built the same from report files or a persistent store. Give it
 * the view whose default graph is the union of all graphs ({@code KnowledgeStore.unionView()}).
 * A relation stated again (in another sentence or year) adds to one edge's weight.
 *
 * A user's SELECT query may replace the shipped edge queries ({@link #build(Dataset, GraphFilter, Query)}).
 *
 * <pre>{@code
 * Graph<GraphNode, GraphEdge> g = RelationGraph.build(store.unionView(), GraphFilter.all());
 * }</pre>
 */
public final class RelationGraph {

    private static final Query EDGES = load("edges.rq");
    private static final Query COOCCURRENCE = load("cooccurrence.rq");
    private static final Query INDICATORS = load("indicators.rq");
    private static final Query FIGURES = load("figures.rq");

    /** The variables a user's edge query must bind. */
    public static final List<String> QUERY_VARS = List.of("from", "to", "relation");

    private RelationGraph() {
    }

    /** Builds the graph of {@code ds} that {@code filter} lets through. */
    public static Graph<GraphNode, GraphEdge> build(Dataset ds, GraphFilter filter) {
        Graph<GraphNode, GraphEdge> g = new DirectedWeightedPseudograph<>(GraphEdge.class);
        Map<String, GraphNode> nodes = new HashMap<>();
        Table entities = Tables.entities(ds);
        for (int i = 0; i < entities.rows().size(); i++) {
            Integer year = year(entities.cell(i, "period"));
            String type = entities.cell(i, "type");
            if (!filter.keepsType(type)
                    || !filter.keepsReport(entities.cell(i, "region"), entities.cell(i, "regionCode"), year)) {
                continue;
            }
            int row = i;
            GraphNode n = nodes.computeIfAbsent(entities.cell(i, "entity"), iri -> new GraphNode(iri, type,
                    entities.cell(row, "name"), entities.cell(row, "region")));
            n.addYear(year);
            g.addVertex(n);
        }
        Map<List<String>, GraphEdge> edges = new LinkedHashMap<>();
        addEdges(g, nodes, edges, Tables.select(ds, EDGES), filter, null);
        if (filter.cooccurrence() && filter.keepsRelation(GraphEdge.COOCCURS)) {
            addEdges(g, nodes, edges, Tables.select(ds, COOCCURRENCE), filter, GraphEdge.COOCCURS);
        }
        if (filter.indicators()) {
            addIndicators(g, nodes, edges, Tables.select(ds, INDICATORS), filter);
        }
        // The graph's own weight, so writers and measures that read weights see the counts.
        edges.values().forEach(e -> g.setEdgeWeight(e, e.weight()));
        return g;
    }

    /**
     * The graph whose edges are the rows of {@code edgeQuery}, a SELECT run on {@code ds} that binds
     * {@code ?from ?to ?relation} (see {@link #QUERY_VARS}) and may bind {@code ?weight} (an integer,
     * default 1), {@code ?sentence} and {@code ?year}. Rows with the same from, to and relation add up
     * to one edge. Nodes are the IRIs the edges touch, with type, label, region and years of the
     * entity they name; an IRI that is no entity has an empty type and its IRI as label. The filter's
     * types, relations and year apply; its region applies to entities; no co-occurrence edges are added.
     */
    public static Graph<GraphNode, GraphEdge> build(Dataset ds, GraphFilter filter, Query edgeQuery) {
        Graph<GraphNode, GraphEdge> g = new DirectedWeightedPseudograph<>(GraphEdge.class);
        Map<String, GraphNode> entities = new HashMap<>();
        Map<String, Boolean> kept = new HashMap<>();
        Table et = Tables.entities(ds);
        for (int i = 0; i < et.rows().size(); i++) {
            Integer year = year(et.cell(i, "period"));
            String type = et.cell(i, "type");
            int row = i;
            GraphNode n = entities.computeIfAbsent(et.cell(i, "entity"), iri -> new GraphNode(iri, type,
                    et.cell(row, "name"), et.cell(row, "region")));
            boolean keeps = filter.keepsType(type)
                    && filter.keepsReport(et.cell(i, "region"), et.cell(i, "regionCode"), year);
            if (keeps) {
                n.addYear(year);
            }
            kept.merge(n.iri(), keeps, Boolean::logicalOr);
        }
        Table t = Tables.select(ds, edgeQuery);
        Map<List<String>, GraphEdge> edges = new LinkedHashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            String rel = t.cell(i, "relation");
            Integer year = year(optional(t, i, "year"));
            if (!filter.keepsRelation(rel) || filter.period() != null && !filter.period().equals(year)) {
                continue;
            }
            GraphNode s = touched(entities, kept, t.cell(i, "from"), filter);
            GraphNode o = touched(entities, kept, t.cell(i, "to"), filter);
            if (s == null || o == null || s.equals(o)) {
                continue;
            }
            g.addVertex(s);
            g.addVertex(o);
            int row = i;
            GraphEdge e = edges.computeIfAbsent(List.of(s.iri(), o.iri(), rel), k -> {
                GraphEdge created = new GraphEdge(rel, optional(t, row, "sentence"));
                g.addEdge(s, o, created);
                return created;
            });
            String w = optional(t, i, "weight");
            e.count(year, w.matches("\\d+") ? Integer.parseInt(w) : 1);
        }
        edges.values().forEach(e -> g.setEdgeWeight(e, e.weight()));
        return g;
    }

    /** The node of an IRI a user's edge touches, or null when the filter leaves its entity out. */
    private static GraphNode touched(Map<String, GraphNode> entities, Map<String, Boolean> kept, String iri,
                                     GraphFilter filter) {
        if (iri.isEmpty()) {
            return null;
        }
        GraphNode n = entities.get(iri);
        if (n == null) {
            n = new GraphNode(iri, "", iri, "");
            entities.put(iri, n);
            kept.put(iri, filter.keepsType(""));
        }
        return kept.get(iri) ? n : null;
    }

    private static String optional(Table t, int row, String column) {
        return t.columns().contains(column) ? t.cell(row, column) : "";
    }

    private static void addEdges(Graph<GraphNode, GraphEdge> g, Map<String, GraphNode> nodes,
                                 Map<List<String>, GraphEdge> edges, Table t, GraphFilter filter, String relation) {
        for (int i = 0; i < t.rows().size(); i++) {
            String rel = relation != null ? relation : t.cell(i, "relation");
            Integer year = year(t.cell(i, "period"));
            GraphNode s = nodes.get(t.cell(i, "source"));
            GraphNode o = nodes.get(t.cell(i, "target"));
            if (s == null || o == null || s.equals(o) || !filter.keepsRelation(rel)
                    || !filter.keepsReport(t.cell(i, "region"), t.cell(i, "regionCode"), year)) {
                continue;
            }
            int row = i;
            GraphEdge e = edges.computeIfAbsent(List.of(s.iri(), o.iri(), rel), k -> {
                GraphEdge created = new GraphEdge(rel, t.cell(row, "sentence"));
                g.addEdge(s, o, created);
                return created;
            });
            e.count(year);
        }
    }

    /** The figures about each entity of {@code ds}, by the entity's IRI, by year then indicator. */
    public static Map<String, List<Figure>> figures(Dataset ds) {
        Map<String, List<Figure>> figures = new HashMap<>();
        Table t = Tables.select(ds, FIGURES);
        for (int i = 0; i < t.rows().size(); i++) {
            figures.computeIfAbsent(t.cell(i, "source"), k -> new ArrayList<>()).add(new Figure(
                    t.cell(i, "indicator"), t.cell(i, "value"), t.cell(i, "unit"), t.cell(i, "year")));
        }
        return figures;
    }

    /** Indicator nodes of the kept entities' figures; one observation adds one to the edge's weight. */
    private static void addIndicators(Graph<GraphNode, GraphEdge> g, Map<String, GraphNode> nodes,
                                      Map<List<String>, GraphEdge> edges, Table t, GraphFilter filter) {
        for (int i = 0; i < t.rows().size(); i++) {
            Integer year = year(t.cell(i, "period"));
            GraphNode s = nodes.get(t.cell(i, "source"));
            if (s == null || GraphEdge.INDICATOR.equals(s.type())
                    || !filter.keepsReport(t.cell(i, "region"), t.cell(i, "regionCode"), year)) {
                continue;
            }
            int row = i;
            // An indicator is one concept across reports and regions, so it carries no region.
            GraphNode ind = nodes.computeIfAbsent(t.cell(i, "target"),
                    iri -> new GraphNode(iri, GraphEdge.INDICATOR, t.cell(row, "label"), ""));
            ind.addYear(year);
            g.addVertex(ind);
            GraphEdge e = edges.computeIfAbsent(List.of(s.iri(), ind.iri(), GraphEdge.MEASURED_BY), k -> {
                GraphEdge created = new GraphEdge(GraphEdge.MEASURED_BY, t.cell(row, "sentence"));
                g.addEdge(s, ind, created);
                return created;
            });
            e.count(year);
        }
    }

    private static Integer year(String period) {
        return period.matches("\\d{4}") ? Integer.valueOf(period) : null;
    }

    private static Query load(String resource) {
        try (InputStream in = RelationGraph.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: org/gwrkg/graph/" + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
