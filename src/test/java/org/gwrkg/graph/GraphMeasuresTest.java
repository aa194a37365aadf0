package org.gwrkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gwrkg.table.Table;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;

class GraphMeasuresTest {

    private static GraphNode node(String name) {
        return new GraphNode("urn:x:" + name, "Organization", name, "某区");
    }

    /** A star (a hub with three partners) and a separate pair: the hub leads, two components. */
    @Test
    void hubOfAStarLeadsAndComponentsAreCounted() {
        Graph<GraphNode, GraphEdge> g = new DirectedWeightedPseudograph<>(GraphEdge.class);
        GraphNode hub = node("中心");
        g.addVertex(hub);
        for (String s : new String[] {"甲", "乙", "丙"}) {
            GraphNode n = node(s);
            g.addVertex(n);
            g.addEdge(n, hub, new GraphEdge("partner", ""));
        }
        GraphNode a = node("丁");
        GraphNode b = node("戊");
        g.addVertex(a);
        g.addVertex(b);
        g.addEdge(a, b, new GraphEdge("cooccurs", ""));

        GraphMeasures m = GraphMeasures.of(g);
        Table t = m.table();
        assertEquals(2, m.components());
        assertEquals("中心", t.cell(0, "label"), "the hub has the highest PageRank");
        assertEquals("3", t.cell(0, "degree"));
        assertEquals("1", t.cell(0, "component"), "the largest component is numbered 1");
        assertTrue(Double.parseDouble(t.cell(0, "betweenness")) > 0, "paths between partners go through the hub");
        for (int i = 1; i < t.rows().size(); i++) {
            assertEquals(0.0, Double.parseDouble(t.cell(i, "betweenness")), t.cell(i, "label"));
        }
    }
}
