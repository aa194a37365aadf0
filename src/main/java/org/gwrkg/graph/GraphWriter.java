package org.gwrkg.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gwrkg.table.Table;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a relation graph in one of the {@link GraphFormat}s. Nodes are numbered {@code n0, n1, …}
 * in the graph's order, edges {@code e0, e1, …}; each carries its attributes (node: label, type,
 * region, iri, years, degree; edge: relation, weight, evidence, years). GraphML and DOT go through
 * JGraphT's writers; GEXF is written here because JGraphT's writer has no spells, which let Gephi's
 * timeline play the years; CSV is two tables, nodes and edges. Given {@link GraphMeasures}, nodes
 * also carry betweenness, pagerank and component, so Gephi or igraph can size and colour by them.
 */
public final class GraphWriter {

    private static final String GEXF_NS = "http://gexf.net/1.3";

    private final Graph<GraphNode, GraphEdge> g;
    private final Map<GraphNode, String> ids = new HashMap<>();
    private final Map<GraphEdge, String> edgeIds = new HashMap<>();
    private final Map<String, Map<String, String>> measures;

    public GraphWriter(Graph<GraphNode, GraphEdge> g) {
        this(g, null);
    }

    /** A writer whose nodes also carry {@code measures} (of the same graph); null for none. */
    public GraphWriter(Graph<GraphNode, GraphEdge> g, GraphMeasures measures) {
        this.g = g;
        this.measures = measures == null ? null : measures.nodeValues();
        for (GraphNode n : g.vertexSet()) {
            ids.put(n, "n" + ids.size());
        }
        for (GraphEdge e : g.edgeSet()) {
            edgeIds.put(e, "e" + edgeIds.size());
        }
    }

    /** The text of the graph in {@code format}; for CSV, use {@link #nodeTable()} and {@link #edgeTable()}. */
    public String write(GraphFormat format) {
        StringWriter out = new StringWriter();
        switch (format) {
            case GEXF -> gexf(out);
            case GRAPHML -> graphml(out);
            case DOT -> dot(out);
            case CYJS -> out.write(cyjs());
            case CSV -> throw new IllegalArgumentException("CSV is two files: nodeTable() and edgeTable()");
            default -> throw new IllegalArgumentException(format.name());
        }
        return out.toString();
    }

    /** One row per node: id, label, type, region, iri, years, degree (then the measures, if given). */
    public Table nodeTable() {
        List<List<String>> rows = new ArrayList<>();
        for (GraphNode n : g.vertexSet()) {
            List<String> row = new ArrayList<>(List.of(ids.get(n)));
            row.addAll(nodeAttributes(n).values());
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("id", "label", "type", "region", "iri", "years", "degree"));
        columns.addAll(measureNames());
        return new Table(columns, rows);
    }

    /** One row per edge: id, source, target, relation, weight, evidence, years. */
    public Table edgeTable() {
        List<List<String>> rows = new ArrayList<>();
        for (GraphEdge e : g.edgeSet()) {
            List<String> row = new ArrayList<>(List.of(edgeIds.get(e), ids.get(g.getEdgeSource(e)), ids.get(g.getEdgeTarget(e))));
            row.addAll(edgeAttributes(e).values());
            rows.add(row);
        }
        return new Table(List.of("id", "source", "target", "relation", "weight", "evidence", "years"), rows);
    }

    private Map<String, String> nodeAttributes(GraphNode n) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("label", n.label());
        a.put("type", n.type());
        a.put("region", n.region());
        a.put("iri", n.iri());
        a.put("years", years(n.years()));
        a.put("degree", Integer.toString(g.degreeOf(n)));
        if (measures != null) {
            a.putAll(measures.get(n.iri()));
        }
        return a;
    }

    private List<String> measureNames() {
        return measures == null ? List.of() : GraphMeasures.NODE_VALUES;
    }

    private static boolean integer(String name) {
        return name.equals("degree") || name.equals("weight") || name.equals("component");
    }

    private static boolean real(String name) {
        return name.equals("betweenness") || name.equals("pagerank");
    }

    private static Map<String, String> edgeAttributes(GraphEdge e) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("relation", e.relation());
        a.put("weight", Integer.toString(e.weight()));
        a.put("evidence", e.evidence());
        a.put("years", years(e.years()));
        return a;
    }

    private static String years(SortedSet<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static Map<String, Attribute> attributes(Map<String, String> values) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, integer(k) ? DefaultAttribute.createAttribute(Integer.valueOf(v))
                : real(k) ? DefaultAttribute.createAttribute(Double.valueOf(v)) : DefaultAttribute.createAttribute(v)));
        return out;
    }

    private void graphml(Writer out) {
        GraphMLExporter<GraphNode, GraphEdge> x = new GraphMLExporter<>(ids::get);
        x.setEdgeIdProvider(edgeIds::get);
        for (String k : List.of("label", "type", "region", "iri", "years")) {
            x.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        x.registerAttribute("degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        for (String k : measureNames()) {
            x.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE,
                    integer(k) ? AttributeType.INT : AttributeType.DOUBLE);
        }
        for (String k : List.of("relation", "evidence", "years")) {
            x.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        // JGraphT writes the weight under its reserved key "weight", which igraph and networkx read.
        x.setExportEdgeWeights(true);
        x.setVertexAttributeProvider(n -> attributes(nodeAttributes(n)));
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = attributes(edgeAttributes(e));
            a.remove("weight");
            return a;
        });
        x.exportGraph(g, out);
    }

    private void dot(Writer out) {
        DOTExporter<GraphNode, GraphEdge> x = new DOTExporter<>(ids::get);
        x.setVertexAttributeProvider(n -> attributes(nodeAttributes(n)));
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = attributes(edgeAttributes(e));
            a.put("label", DefaultAttribute.createAttribute(e.relation()));
            return a;
        });
        x.exportGraph(g, out);
    }

    private String cyjs() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (GraphNode n : g.vertexSet()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", ids.get(n));
            nodeAttributes(n).forEach((k, v) -> {
                if (integer(k)) {
                    d.put(k, Integer.parseInt(v));
                } else if (real(k)) {
                    d.put(k, Double.parseDouble(v));
                } else {
                    d.put(k, v);
                }
            });
        }
        ArrayNode edges = elements.putArray("edges");
        for (GraphEdge e : g.edgeSet()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", edgeIds.get(e));
            d.put("source", ids.get(g.getEdgeSource(e)));
            d.put("target", ids.get(g.getEdgeTarget(e)));
            edgeAttributes(e).forEach((k, v) -> d.put(k, v));
            d.put("weight", e.weight());
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void gexf(Writer out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(GEXF_NS);
            x.writeAttribute("version", "1.3");
            x.writeStartElement("graph");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("timeformat", "integer");
            List<String> nodeNames = new ArrayList<>(List.of("type", "region", "iri", "years", "degree"));
            nodeNames.addAll(measureNames());
            declare(x, "node", nodeNames);
            declare(x, "edge", List.of("relation", "evidence", "years"));
            x.writeStartElement("nodes");
            for (GraphNode n : g.vertexSet()) {
                x.writeStartElement("node");
                x.writeAttribute("id", ids.get(n));
                x.writeAttribute("label", n.label());
                Map<String, String> a = nodeAttributes(n);
                a.remove("label");
                values(x, a);
                spells(x, n.years());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            for (GraphEdge e : g.edgeSet()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", edgeIds.get(e));
                x.writeAttribute("source", ids.get(g.getEdgeSource(e)));
                x.writeAttribute("target", ids.get(g.getEdgeTarget(e)));
                x.writeAttribute("label", e.relation());
                x.writeAttribute("weight", Integer.toString(e.weight()));
                Map<String, String> a = edgeAttributes(e);
                a.remove("weight");
                values(x, a);
                spells(x, e.years());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void declare(XMLStreamWriter x, String cls, List<String> names) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        for (String name : names) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", name);
            x.writeAttribute("title", name);
            x.writeAttribute("type", integer(name) ? "integer" : real(name) ? "double" : "string");
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, Map<String, String> a) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (Map.Entry<String, String> v : a.entrySet()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", v.getKey());
            x.writeAttribute("value", v.getValue());
        }
        x.writeEndElement();
    }

    /** One spell per year, so Gephi's timeline shows the node or edge in the years a report names it. */
    private static void spells(XMLStreamWriter x, SortedSet<Integer> years) throws XMLStreamException {
        if (years.isEmpty()) {
            return;
        }
        x.writeStartElement("spells");
        for (Integer y : years) {
            x.writeEmptyElement("spell");
            x.writeAttribute("start", y.toString());
            x.writeAttribute("end", y.toString());
        }
        x.writeEndElement();
    }
}
