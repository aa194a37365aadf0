package org.gwrkg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gwrkg.table.Table;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * Network measures of a relation graph, computed by JGraphT: degree, betweenness and PageRank per
 * node, and the connected components. The graph is taken as undirected and unweighted for
 * betweenness (an edge's weight counts statements, it is not a distance) and undirected for
 * PageRank (a co-occurrence has no direction), so a node's standing does not hang on which way
 * round a relation is written.
 *
 * @param table one row per node, highest PageRank first: label, type, region, degree,
 *              betweenness, pagerank, component (numbered from 1, largest first), iri
 * @param components the number of connected components
 */
public record GraphMeasures(Table table, int components) {

    /** The measures a writer adds to a node's attributes, in this order. */
    public static final List<String> NODE_VALUES = List.of("betweenness", "pagerank", "component");

    /** Each node's betweenness, pagerank and component as written in {@link #table()}, by IRI. */
    public Map<String, Map<String, String>> nodeValues() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> v = new LinkedHashMap<>();
            for (String k : NODE_VALUES) {
                v.put(k, table.cell(i, k));
            }
            out.put(table.cell(i, "iri"), v);
        }
        return out;
    }

    /** Measures {@code g}. */
    public static GraphMeasures of(Graph<GraphNode, GraphEdge> g) {
        Graph<GraphNode, GraphEdge> undirected = new AsUndirectedGraph<>(g);
        Map<GraphNode, Double> betweenness = new BetweennessCentrality<>(new AsUnweightedGraph<>(undirected), true).getScores();
        Map<GraphNode, Double> pageRank = new PageRank<>(undirected).getScores();
        List<Set<GraphNode>> sets = new ArrayList<>(new ConnectivityInspector<>(g).connectedSets());
        sets.sort(Comparator.comparingInt((Set<GraphNode> s) -> -s.size()));
        Map<GraphNode, Integer> component = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (GraphNode n : sets.get(i)) {
                component.put(n, i + 1);
            }
        }
        List<GraphNode> nodes = new ArrayList<>(g.vertexSet());
        nodes.sort(Comparator.comparingDouble((GraphNode n) -> -pageRank.get(n)).thenComparing(GraphNode::iri));
        List<List<String>> rows = new ArrayList<>();
        for (GraphNode n : nodes) {
            rows.add(List.of(n.label(), n.type(), n.region(), Integer.toString(g.degreeOf(n)),
                    String.format(Locale.ROOT, "%.4f", betweenness.get(n)),
                    String.format(Locale.ROOT, "%.5f", pageRank.get(n)),
                    Integer.toString(component.get(n)), n.iri()));
        }
        return new GraphMeasures(new Table(List.of("label", "type", "region", "degree", "betweenness", "pagerank",
                "component", "iri"), rows), sets.size());
    }
}
