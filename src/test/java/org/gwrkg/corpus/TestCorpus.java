package org.gwrkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gwrkg.Pipeline;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;

/**
 * The test corpus: the seed plus the synthetic reports of other real districts under
 * {@code src/test/resources/corpus/} (龙岗区 for two years, 郏县, 郫都区), extracted once per test
 * run and loaded as the CLI loads them.
 */
public final class TestCorpus {

    /** The folder of the synthetic reports. */
    public static final Path DIR = Path.of("src/test/resources/corpus");
    /** The seed's folder. */
    public static final Path SEEDS = Path.of("seeds");

    private static List<ReportGraph> graphs;

    private TestCorpus() {
    }

    /** The report files of the corpus, sorted: the seed's and the synthetic ones. */
    public static List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(SEEDS, DIR)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(f -> f.toString().matches(".*\\.(txt|md|html)$")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The graphs of all reports, extracted on first use. */
    public static synchronized List<ReportGraph> graphs() {
        if (graphs == null) {
            graphs = extract(files());
        }
        return graphs;
    }

    /** The graphs of the given report files, freshly extracted. */
    public static List<ReportGraph> extract(List<Path> files) {
        Pipeline pipeline = new Pipeline();
        return files.stream().map(f -> pipeline.toRdf(pipeline.extract(f, ReportMetadata.EMPTY))).toList();
    }

    /** A new store holding the shared graphs and the given report graphs. */
    public static KnowledgeStore store(List<ReportGraph> reports) {
        KnowledgeStore store = KnowledgeStore.inMemory();
        CorpusLoader.loadShared(store);
        reports.forEach(g -> CorpusLoader.loadReport(store, g));
        return store;
    }

    /** A new store of the whole corpus. */
    public static KnowledgeStore store() {
        return store(graphs());
    }
}
