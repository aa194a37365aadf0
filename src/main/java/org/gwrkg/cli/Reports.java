package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gwrkg.Pipeline;
import org.gwrkg.extract.Extraction;
import org.gwrkg.rdf.Ontology;
import org.gwrkg.rdf.RdfWriter;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.KnowledgeStore;

/**
 * Runs the pipeline over the report files of a command line, and builds the in-memory store that
 * {@code serve} and {@code query} share, so both see exactly the same graph.
 *
 * @param extractions one per file, in file order
 * @param graphs      the named graph of each extraction, in the same order
 */
record Reports(List<Extraction> extractions, List<ReportGraph> graphs) {

    /** Extracts every report under {@code paths}; the first bad file stops it with its message. */
    static Reports extract(List<Path> paths, ReportMetadata overrides) {
        Pipeline pipeline = new Pipeline();
        List<Extraction> extractions = new ArrayList<>();
        List<ReportGraph> graphs = new ArrayList<>();
        for (Path file : ReportFiles.expand(paths)) {
            Extraction x = pipeline.extract(file, overrides);
            extractions.add(x);
            graphs.add(pipeline.toRdf(x));
        }
        return new Reports(List.copyOf(extractions), List.copyOf(graphs));
    }

    /**
     * A store holding each report in its named graph, and the ontology and each vocabulary in a graph
     * of its own ({@link Ontology#graphs()}), once.
     * Two files mapping to the same report IRI are merged, as {@link RdfWriter#dataset} does, rather
     * than the later one silently replacing the earlier.
     */
    KnowledgeStore toStore() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        var ds = RdfWriter.dataset(graphs, false);
        ds.listModelNames().forEachRemaining(name -> store.putGraph(name.getURI(), ds.getNamedModel(name)));
        Ontology.graphs().forEach(store::putGraph);
        return store;
    }
}
