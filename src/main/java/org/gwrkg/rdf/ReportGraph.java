package org.gwrkg.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * The facts of one report as RDF, and the name of the graph they go into (the report's IRI).
 *
 * @param graphName the named graph's IRI, the same as the report's
 * @param model     the triples
 */
public record ReportGraph(String graphName, Model model) {
}
