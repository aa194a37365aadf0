package org.gwrkg.store;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.gwrkg.rdf.Ontology;
import org.gwrkg.rdf.RegionGraph;
import org.gwrkg.rdf.ReportGraph;

/**
 * Puts a corpus into a {@link KnowledgeStore}: each report into its own named graph, named by its
 * report key (region code and year), and the shared graphs once: the ontology, the vocabularies
 * (indicators, sectors, units), and the regions graph, which gains the region of each report (and
 * the units above it) the first time one names it.
 * Loading a report again replaces its graph, so loading the same reports twice leaves the store as
 * it was. Each call is one write transaction: in a TDB2 store a report is there whole after a
 * crash, or not at all, and a concurrent query sees it whole or not at all.
 * {@link StoreBuild#putReport} puts a report the same way into a new store written by the bulk loader.
 *
 * <pre>{@code
 * CorpusLoader.loadShared(store);
 * for (ReportGraph g : graphs) {
 *     CorpusLoader.loadReport(store, g);
 * }
 * }</pre>
 */
public final class CorpusLoader {

    private CorpusLoader() {
    }

    /**
     * Puts the ontology and each vocabulary ({@link Ontology#graphs()}) that the store does not hold
     * yet; graphs already there stay as they are.
     */
    public static void loadShared(KnowledgeStore store) {
        List<String> present = store.graphNames();
        store.write(() -> Ontology.graphs().forEach((name, model) -> {
            if (!present.contains(name)) {
                store.putGraph(name, model);
            }
        }));
    }

    /**
     * Puts the report into its graph, replacing whatever an earlier load of it put there, and adds its
     * region to the regions graph.
     */
    public static void loadReport(KnowledgeStore store, ReportGraph graph) {
        Model region = RegionGraph.of(graph);
        store.write(() -> putReport(store, graph, region));
    }

    /**
     * What {@link #loadReport} does, in the caller's write transaction, so that a batch can put several
     * reports in one ({@link KnowledgeStore#write}); {@code region} is {@link RegionGraph#of} the graph,
     * which the caller may compute beforehand, on another thread.
     */
    public static void putReport(KnowledgeStore store, ReportGraph graph, Model region) {
        store.putGraph(graph.graphName(), graph.model());
        store.addToGraph(RegionGraph.GRAPH, region);
    }
}
