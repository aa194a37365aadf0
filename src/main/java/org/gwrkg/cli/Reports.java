package org.gwrkg.cli;

import java.io.PrintWriter;
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
 * @param files       the report files, in the order read
 * @param extractions one per file, in file order
 * @param graphs      the named graph of each extraction, in the same order
 */
record Reports(List<Path> files, List<Extraction> extractions, List<ReportGraph> graphs) {

    /** Extracts every report under {@code paths}; the first bad file stops it with its message. */
    static Reports extract(List<Path> paths, ReportMetadata overrides) {
        Pipeline pipeline = new Pipeline();
        List<Path> files = ReportFiles.expand(paths);
        List<Extraction> extractions = new ArrayList<>();
        List<ReportGraph> graphs = new ArrayList<>();
        for (Path file : files) {
            Extraction x = pipeline.extract(file, overrides);
            extractions.add(x);
            graphs.add(pipeline.toRdf(x));
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
                throw new UserException(files.get(i) + " and " + earlier + " are both the report "
                        + graphs.get(i).graphName() + " (same region code and year): give only one of them,"
                        + " or correct regionCode or period in the sidecar of the other");
            }
        }
        return graphs;
    }

    /** A store holding each report in its named graph, and the ontology and regions in theirs. */
    KnowledgeStore toStore() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        loadInto(store, null);
        return store;
    }

    /**
     * Puts the ontology and vocabularies (where missing) and then each report into {@code store}, one
     * write transaction per report, so that an interruption keeps every report committed before it.
     * Every file has been read and extracted already, so a bad file has stopped the command before
     * anything is written.
     *
     * @param progress where to say which report is written and when it is committed; null for silence
     */
    void loadInto(KnowledgeStore store, PrintWriter progress) {
        List<ReportGraph> distinct = distinctGraphs();
        CorpusLoader.loadShared(store);
        for (int i = 0; i < distinct.size(); i++) {
            ReportGraph g = distinct.get(i);
            String step = "[" + (i + 1) + "/" + distinct.size() + "] ";
            say(progress, step + "writing " + g.graphName() + " from " + files.get(i));
            CorpusLoader.loadReport(store, g);
            say(progress, step + "committed " + g.graphName() + ": " + g.model().size() + " triples");
        }
    }

    private static void say(PrintWriter progress, String line) {
        if (progress != null) {
            progress.println(line);
            progress.flush();
        }
    }
}
