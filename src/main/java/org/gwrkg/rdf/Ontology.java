package org.gwrkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/**
 * The ontology ({@code ontology/gwr.ttl}) and the SHACL shapes ({@code ontology/shapes.ttl}), read
 * from the classpath, where the build puts the top-level {@code ontology/} folder.
 */
public final class Ontology {

    /** The graph the ontology is loaded into, the ontology's own IRI: {@value}. */
    public static final String GRAPH = GWR.ONTOLOGY_IRI;
    /** The graph the shapes are loaded into, the shapes' own IRI: {@value}. */
    public static final String SHAPES_GRAPH = "https://w3id.org/gwrkg/shapes";
    /** Classpath resource of the ontology. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/gwr.ttl";
    /** Classpath resource of the shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private Ontology() {
    }

    /** A fresh copy of the ontology. */
    public static Model ontology() {
        return load(ONTOLOGY_RESOURCE);
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

    private static Model load(String resource) {
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
