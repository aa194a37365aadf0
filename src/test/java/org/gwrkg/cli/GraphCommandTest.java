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
    /** The node of highest degree and its degree, which every format must carry. */
    private static String hub;
    private static int hubDegree;

    @TempDir
    Path dir;

    @BeforeAll
    static void expected() {
        Graph<GraphNode, GraphEdge> g = RelationGraph.build(TestCorpus.store().unionView(),
                new GraphFilter(null, null, "440307", null, true));
        nodes = g.vertexSet().size();
        edges = g.edgeSet().size();
        GraphNode h = g.vertexSet().stream().max(java.util.Comparator.comparingInt(g::degreeOf)).orElseThrow();
        hub = h.iri();
        hubDegree = g.degreeOf(h);
        assertTrue(hubDegree > 1, "the hub has more than one edge, so a degree of 1 or 0 cannot pass by chance");
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

    /** The GEXF attvalues of each node, by the node's iri. */
    private static java.util.Map<String, java.util.Map<String, String>> gexfValues(Document d) {
        java.util.Map<String, java.util.Map<String, String>> out = new java.util.HashMap<>();
        var ns = d.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < ns.getLength(); i++) {
            java.util.Map<String, String> v = new java.util.HashMap<>();
            var avs = ((Element) ns.item(i)).getElementsByTagNameNS("*", "attvalue");
            for (int j = 0; j < avs.getLength(); j++) {
                Element av = (Element) avs.item(j);
                v.put(av.getAttribute("for"), av.getAttribute("value"));
            }
            out.put(v.get("iri"), v);
        }
        return out;
    }

    @Test
    void gexfHasTheNodesEdgesAndYearsAsSpells() throws Exception {
        Document d = xml(export("gexf", "g.gexf"));
        assertEquals(Integer.toString(hubDegree), gexfValues(d).get(hub).get("degree"));
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
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        var ks = d.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < ks.getLength(); i++) {
            Element k = (Element) ks.item(i);
            if (k.getAttribute("for").equals("node")) {
                keys.put(k.getAttribute("attr.name"), k.getAttribute("id"));
            }
        }
        String degree = null;
        var ns = d.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < ns.getLength(); i++) {
            java.util.Map<String, String> v = new java.util.HashMap<>();
            var ds = ((Element) ns.item(i)).getElementsByTagNameNS("*", "data");
            for (int j = 0; j < ds.getLength(); j++) {
                Element e = (Element) ds.item(j);
                v.put(e.getAttribute("key"), e.getTextContent());
            }
            if (hub.equals(v.get(keys.get("iri")))) {
                degree = v.get(keys.get("degree"));
            }
        }
        assertEquals(Integer.toString(hubDegree), degree);
    }

    @Test
    void cyjsHasTheElementsCytoscapeReads() throws IOException {
        JsonNode j = new ObjectMapper().readTree(export("cyjs", "g.cyjs").toFile());
        assertEquals(nodes, j.at("/elements/nodes").size());
        assertEquals(edges, j.at("/elements/edges").size());
        JsonNode e = j.at("/elements/edges/0/data");
        assertTrue(e.get("weight").asInt() >= 1 && !e.get("relation").asText().isEmpty(), e.toString());
        Integer degree = null;
        for (JsonNode n : j.at("/elements/nodes")) {
            if (n.at("/data/iri").asText().equals(hub)) {
                degree = n.at("/data/degree").asInt();
            }
        }
        assertEquals(hubDegree, degree);
    }

    @Test
    void dotIsReadBackByJGraphTsDotParser() {
        Path f = export("dot", "g.dot");
        Graph<String, Object> g = new DirectedPseudograph<>(null, Object::new, false);
        DOTImporter<String, Object> imp = new DOTImporter<>();
        imp.setVertexFactory(id -> id);
        java.util.Map<String, java.util.Map<String, String>> attrs = new java.util.HashMap<>();
        imp.addVertexAttributeConsumer((p, a) ->
                attrs.computeIfAbsent(p.getFirst(), k -> new java.util.HashMap<>()).put(p.getSecond(), a.getValue()));
        imp.importGraph(g, f.toFile());
        String degree = attrs.values().stream().filter(a -> hub.equals(a.get("iri"))).map(a -> a.get("degree"))
                .findFirst().orElse(null);
        assertEquals(Integer.toString(hubDegree), degree);
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
        String row = n.stream().filter(l -> l.contains("," + hub + ",")).findFirst().orElseThrow();
        assertEquals(Integer.toString(hubDegree), row.substring(row.lastIndexOf(',') + 1));
    }

    @Test
    void measuresArePrintedAndWrittenForEveryNode() throws Exception {
        Path out = dir.resolve("m.gexf");
        Cli.Result r = Cli.run("graph", "--measures", "--format", "gexf", "-o", out.toString(), LONGGANG.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("connected components") && r.out().contains("label,type,region,degree,betweenness,pagerank"),
                r.out());
        List<String> rows = Files.readAllLines(dir.resolve("m-measures.csv"), StandardCharsets.UTF_8);
        assertEquals(nodes, rows.size() - 1);
        java.util.Map<String, java.util.Map<String, String>> values = gexfValues(xml(out));
        assertEquals(nodes, values.size());
        assertTrue(values.values().stream().allMatch(v -> v.get("pagerank") != null && v.get("betweenness") != null
                && v.get("component").matches("[1-9]\\d*")), "every node of the export carries its measures");
        // The hub's PageRank in the export is the one in the measures file.
        String hubRow = rows.stream().filter(l -> l.endsWith("," + hub)).findFirst().orElseThrow();
        assertTrue(hubRow.contains("," + values.get(hub).get("pagerank") + ","), hubRow);
    }

    @Test
    void unknownFormatOrTypeIsAOneLineMessage() {
        Cli.Result r = Cli.run("graph", "--format", "svg", "-o", dir.resolve("x").toString(), LONGGANG.toString());
        assertTrue(r.code() != 0 && r.err().contains("--format svg"), r.err());
        Cli.Result t = Cli.run("graph", "--format", "gexf", "--types", "Person", "-o", dir.resolve("x").toString(),
                LONGGANG.toString());
        assertTrue(t.code() != 0 && t.err().contains("--types Person"), t.err());
    }

    private static final String SECTORS = """
            PREFIX gwr: <https://w3id.org/gwrkg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?from ?to ?relation (COUNT(*) AS ?weight)
            WHERE { ?st rdf:subject ?from ; rdf:predicate ?p ; rdf:object ?to . ?to a gwr:Sector .
                    BIND ("toSector" AS ?relation) }
            GROUP BY ?from ?to ?relation
            """;

    @Test
    void aUserQueryIsTheEdgeSourceAndItsNodesWhatTheEdgesTouch() throws IOException {
        Path q = dir.resolve("sectors.rq");
        Files.writeString(q, SECTORS, StandardCharsets.UTF_8);
        Path out = dir.resolve("q.csv");
        Cli.Result r = Cli.run("graph", "--query", q.toString(), "--format", "csv", "-o", out.toString(), LONGGANG.toString());
        assertEquals(0, r.code(), r.err());
        List<String> n = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> e = Files.readAllLines(dir.resolve("q-edges.csv"), StandardCharsets.UTF_8);
        assertTrue(e.size() > 1, "龙岗区's reports put something in a sector");
        java.util.Set<String> touched = new java.util.HashSet<>();
        java.util.Set<String> sectors = new java.util.HashSet<>();
        for (String row : e.subList(1, e.size())) {
            String[] c = row.split(",", 5);
            assertEquals("toSector", c[3], row);
            touched.add(c[1]);
            touched.add(c[2]);
            sectors.add(c[2]);
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String row : n.subList(1, n.size())) {
            String id = row.substring(0, row.indexOf(','));
            ids.add(id);
            if (sectors.contains(id)) {
                assertTrue(row.contains(",Sector,"), "a target's type is looked up: " + row);
            }
        }
        assertEquals(touched, ids, "the nodes are exactly what the edges touch");
        assertTrue(nodes > ids.size(), "the shipped queries give more nodes than this one");
    }

    @Test
    void aMissingBrokenOrIncompleteQueryIsAOneLineMessage() throws IOException {
        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "SELECT ?from WHERE {", StandardCharsets.UTF_8);
        Path incomplete = dir.resolve("incomplete.rq");
        Files.writeString(incomplete, "SELECT ?from ?to WHERE { ?from ?p ?to }", StandardCharsets.UTF_8);
        for (Path q : List.of(dir.resolve("missing.rq"), broken, incomplete)) {
            Cli.Result r = Cli.run("graph", "--query", q.toString(), "--format", "gexf", "-o", dir.resolve("x").toString(),
                    LONGGANG.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("gwrkg: --query " + q) && r.err().strip().lines().count() == 1, r.err());
        }
    }
}
