package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gwrkg.batch.BatchLoader;
import org.gwrkg.batch.ParallelExtractor;
import org.gwrkg.extract.Extraction;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;

/**
 * Runs the pipeline over the report files of a command line, and builds the in-memory store that
 * {@code serve}, {@code query}, {@code list} and {@code table} share, so all see exactly the same graph.
 *
 * @param files       the report files, in the order read
 * @param extractions one per file, in file order
 * @param graphs      the named graph of each extraction, in the same order
 */
record Reports(List<Path> files, List<Extraction> extractions, List<ReportGraph> graphs) {

    /** Extracts every report under {@code paths} on this thread; the first bad file stops it with its message. */
    static Reports extract(List<Path> paths, ReportMetadata overrides) {
        return extract(paths, overrides, 1);
    }

    /**
     * Extracts every report under {@code paths} with {@code threads} threads, keeping input order; the
     * first bad file in that order stops it with its message.
     */
    static Reports extract(List<Path> paths, ReportMetadata overrides, int threads) {
        List<Path> files = ReportFiles.expand(paths);
        List<Extraction> extractions = new ArrayList<>();
        List<ReportGraph> graphs = new ArrayList<>();
        for (ParallelExtractor.Extracted x : ParallelExtractor.extract(files, overrides, threads)) {
            extractions.add(x.extraction());
            graphs.add(x.graph());
        }
        return new Reports(List.copyOf(files), List.copyOf(extractions), List.copyOf(graphs));
    }

    /**
     * The report graphs, each of a different report. Two files that are the same report (same region
     * and year) are a user error wherever graphs are written or loaded, since one graph would
     * otherwise merge them or silently replace one with the other.
     */
    List<ReportGraph> distinctGraphs() {
        Map<String, Path> fileOfGraph = new HashMap<>();
        for (int i = 0; i < graphs.size(); i++) {
            Path earlier = fileOfGraph.putIfAbsent(graphs.get(i).graphName(), files.get(i));
            if (earlier != null) {
                throw BatchLoader.sameReport(files.get(i), earlier, graphs.get(i).graphName());
            }
        }
        return graphs;
    }

    /**
     * A store in memory holding each report in its named graph, and the ontology and regions in theirs;
     * two files of one report are refused before anything is put in.
     */
    KnowledgeStore toStore() {
        List<ReportGraph> distinct = distinctGraphs();
        KnowledgeStore store = KnowledgeStore.inMemory();
        CorpusLoader.loadShared(store);
        distinct.forEach(g -> CorpusLoader.loadReport(store, g));
        return store;
    }
}
