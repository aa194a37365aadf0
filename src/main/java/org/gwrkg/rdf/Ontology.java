package org.gwrkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/**
 * The ontology ({@code ontology/gwr.ttl}), its vocabularies ({@code indicators.ttl},
 * {@code sectors.ttl}, {@code units.ttl}) and the SHACL shapes ({@code shapes.ttl}), read from the
 * classpath, where the build puts the top-level {@code ontology/} folder.
 *
 * <p>Each goes into a named graph of its own, once, beside the reports' graphs ({@link #graphs()});
 * a report's graph only points to the concepts and units it uses.
 */
public final class Ontology {

    /** The graph the ontology is loaded into, the ontology's own IRI: {@value}. */
    public static final String GRAPH = GWR.ONTOLOGY_IRI;
    /** The graph of the indicators vocabulary, the IRI of its standard scheme: {@value}. */
    public static final String INDICATORS_GRAPH = GWR.VOCAB + "indicators";
    /** The graph of the sectors vocabulary (and of the classifications it links to): {@value}. */
    public static final String SECTORS_GRAPH = GWR.VOCAB + "sectors";
    /** The graph of the units vocabulary: {@value}. */
    public static final String UNITS_GRAPH = GWR.VOCAB + "units";
    /** The graph the shapes are loaded into, the shapes' own IRI: {@value}. */
    public static final String SHAPES_GRAPH = "https://w3id.org/gwrkg/shapes";
    /** Classpath resource of the ontology. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/gwr.ttl";
    /** Classpath resource of the indicators. */
    public static final String INDICATORS_RESOURCE = "/ontology/indicators.ttl";
    /** Classpath resource of the sectors. */
    public static final String SECTORS_RESOURCE = "/ontology/sectors.ttl";
    /** Classpath resource of the units. */
    public static final String UNITS_RESOURCE = "/ontology/units.ttl";
    /** Classpath resource of the shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private Ontology() {
    }

    /** A fresh copy of the ontology. */
    public static Model ontology() {
        return load(ONTOLOGY_RESOURCE);
    }

    /** A fresh copy of the indicators vocabulary. */
    public static Model indicators() {
        return load(INDICATORS_RESOURCE);
    }

    /** A fresh copy of the sectors vocabulary. */
    public static Model sectors() {
        return load(SECTORS_RESOURCE);
    }

    /** A fresh copy of the units vocabulary. */
    public static Model units() {
        return load(UNITS_RESOURCE);
    }

    /**
     * Fresh copies of the ontology and each vocabulary, by the name of the graph each goes into,
     * in a fixed order: ontology, indicators, sectors, units.
     */
    public static Map<String, Model> graphs() {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(GRAPH, ontology());
        graphs.put(INDICATORS_GRAPH, indicators());
        graphs.put(SECTORS_GRAPH, sectors());
        graphs.put(UNITS_GRAPH, units());
        return graphs;
    }

    /** The ontology and all vocabularies in one model, for validating or reasoning over them together. */
    public static Model all() {
        Model m = ModelFactory.createDefaultModel();
        graphs().values().forEach(m::add);
        return m;
    }

    /** A fresh copy of the shapes graph. */
    public static Model shapesModel() {
        return load(SHAPES_RESOURCE);
    }

    /** The shapes, parsed for validation. */
    public static Shapes shapes() {
        Graph g = shapesModel().getGraph();
        return Shapes.parse(g);
    }

    // Each file is parsed once per process and handed out as copies: serve needs the vocabularies
    // three times (matching wordings, units, the store's graphs), and at start-up parsing Turtle
    // costs far more than copying a few thousand triples.
    private static final Map<String, Model> PARSED = new ConcurrentHashMap<>();

    private static Model load(String resource) {
        Model parsed = PARSED.computeIfAbsent(resource, Ontology::parse);
        Model copy = ModelFactory.createDefaultModel();
        copy.setNsPrefixes(parsed.getNsPrefixMap());
        copy.add(parsed);
        return copy;
    }

    private static Model parse(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: was the jar built with ontology/?");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(GWR.ONTOLOGY_IRI).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
