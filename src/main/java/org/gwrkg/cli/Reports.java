package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gwrkg.Pipeline;
import org.gwrkg.extract.Extraction;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;

/**
 * Runs the pipeline over the report files of a command line, and builds the in-memory store that
 * {@code serve}, {@code query}, {@code list} and {@code table} share, so all see exactly the same graph.
 *
 * @param extractions one per file, in file order
 * @param graphs      the named graph of each extraction, in the same order
 */
record Reports(List<Extraction> extractions, List<ReportGraph> graphs) {

    /**
     * Extracts every report under {@code paths}; the first bad file stops it with its message, and
     * so do two files that are the same report (same region and year), since one would silently
     * replace the other.
     */
    static Reports extract(List<Path> paths, ReportMetadata overrides) {
        Pipeline pipeline = new Pipeline();
        List<Extraction> extractions = new ArrayList<>();
        List<ReportGraph> graphs = new ArrayList<>();
        Map<String, Path> fileOfGraph = new HashMap<>();
        for (Path file : ReportFiles.expand(paths)) {
            Extraction x = pipeline.extract(file, overrides);
            ReportGraph g = pipeline.toRdf(x);
            Path earlier = fileOfGraph.putIfAbsent(g.graphName(), file);
            if (earlier != null) {
                throw new UserException(file + " and " + earlier + " are both the report " + g.graphName()
                        + " (same region code and year): give only one of them, or correct regionCode or period"
                        + " in the sidecar of the other");
            }
            extractions.add(x);
            graphs.add(g);
        }
        return new Reports(List.copyOf(extractions), List.copyOf(graphs));
    }

    /** A store holding each report in its named graph, and the ontology and regions in theirs. */
    KnowledgeStore toStore() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        CorpusLoader.loadShared(store);
        for (ReportGraph g : graphs) {
            CorpusLoader.loadReport(store, g);
        }
        return store;
    }
}
