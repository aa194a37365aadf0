package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.graph.GraphEdge;
import org.gwrkg.graph.GraphFilter;
import org.gwrkg.graph.GraphNode;
import org.gwrkg.graph.RelationGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code gwrkg graph}: each format read back by a reader that is not the writer, counts compared with the model. */
class GraphCommandTest {

    private static final Path LONGGANG = TestCorpus.DIR.resolve("guangdong");
    private static int nodes;
    private static int edges;

    @TempDir
    Path dir;

    @BeforeAll
    static void expected() {
        Graph<GraphNode, GraphEdge> g = RelationGraph.build(TestCorpus.store().unionView(),
                new GraphFilter(null, null, "440307", null, true));
        nodes = g.vertexSet().size();
        edges = g.edgeSet().size();
        assertTrue(nodes > 5 && edges > 5, "the two reports of 龙岗区 make a graph worth exporting");
    }

    private Path export(String format, String name) {
        Path out = dir.resolve(name);
        Cli.Result r = Cli.run("graph", "--format", format, "-o", out.toString(), LONGGANG.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(nodes + " nodes, " + edges + " edges"), r.err());
        return out;
    }

    private static Document xml(Path f) throws Exception {
        DocumentBuilderFactory f1 = DocumentBuilderFactory.newInstance();
        f1.setNamespaceAware(true);
        return f1.newDocumentBuilder().parse(f.toFile());
    }

    @Test
    void gexfHasTheNodesEdgesAndYearsAsSpells() throws Exception {
        Document d = xml(export("gexf", "g.gexf"));
        assertEquals(nodes, d.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(edges, d.getElementsByTagNameNS("*", "edge").getLength());
        Element graph = (Element) d.getElementsByTagNameNS("*", "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        List<String> years = new java.util.ArrayList<>();
        var spells = d.getElementsByTagNameNS("*", "spell");
        for (int i = 0; i < spells.getLength(); i++) {
            years.add(((Element) spells.item(i)).getAttribute("start"));
        }
        assertTrue(years.containsAll(List.of("2024", "2025")) || years.containsAll(List.of("2023", "2024")),
                "龙岗区's two reports give two years: " + new java.util.TreeSet<>(years));
    }

    @Test
    void graphmlHasTheNodesAndEdgesWithAttributes() throws Exception {
        Document d = xml(export("graphml", "g.graphml"));
        assertEquals(nodes, d.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(edges, d.getElementsByTagNameNS("*", "edge").getLength());
        assertTrue(d.getElementsByTagNameNS("*", "key").getLength() >= 9, "attributes are declared");
    }

    @Test
    void cyjsHasTheElementsCytoscapeReads() throws IOException {
        JsonNode j = new ObjectMapper().readTree(export("cyjs", "g.cyjs").toFile());
        assertEquals(nodes, j.at("/elements/nodes").size());
        assertEquals(edges, j.at("/elements/edges").size());
        JsonNode e = j.at("/elements/edges/0/data");
        assertTrue(e.get("weight").asInt() >= 1 && !e.get("relation").asText().isEmpty(), e.toString());
    }

    @Test
    void dotIsReadBackByJGraphTsDotParser() {
        Path f = export("dot", "g.dot");
        Graph<String, Object> g = new DirectedPseudograph<>(null, Object::new, false);
        DOTImporter<String, Object> imp = new DOTImporter<>();
        imp.setVertexFactory(id -> id);
        imp.importGraph(g, f.toFile());
        assertEquals(nodes, g.vertexSet().size());
        assertEquals(edges, g.edgeSet().size());
    }

    @Test
    void csvIsANodeFileAndAnEdgeFile() throws IOException {
        Path f = export("csv", "g.csv");
        List<String> n = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String> e = Files.readAllLines(dir.resolve("g-edges.csv"), StandardCharsets.UTF_8);
        // Sentences hold no line breaks, so one line is one record.
        assertEquals("id,label,type,region,iri,years,degree", n.get(0));
        assertEquals(nodes, n.size() - 1);
        assertEquals(edges, e.size() - 1);
    }

    @Test
    void measuresArePrintedAndWrittenForEveryNode() throws IOException {
        Path out = dir.resolve("m.gexf");
        Cli.Result r = Cli.run("graph", "--measures", "--format", "gexf", "-o", out.toString(), LONGGANG.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("connected components") && r.out().contains("label,type,region,degree,betweenness,pagerank"),
                r.out());
        List<String> rows = Files.readAllLines(dir.resolve("m-measures.csv"), StandardCharsets.UTF_8);
        assertEquals(nodes, rows.size() - 1);
    }

    @Test
    void unknownFormatOrTypeIsAOneLineMessage() {
        Cli.Result r = Cli.run("graph", "--format", "svg", "-o", dir.resolve("x").toString(), LONGGANG.toString());
        assertTrue(r.code() != 0 && r.err().contains("--format svg"), r.err());
        Cli.Result t = Cli.run("graph", "--format", "gexf", "--types", "Person", "-o", dir.resolve("x").toString(),
                LONGGANG.toString());
        assertTrue(t.code() != 0 && t.err().contains("--types Person"), t.err());
    }
}
