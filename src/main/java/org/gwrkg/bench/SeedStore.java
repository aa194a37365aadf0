package org.gwrkg.bench;

import java.nio.file.Path;
import java.util.List;
import org.gwrkg.Pipeline;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;

/** The seed's reports in a TDB2 store, as {@code gwrkg load --store DIR seeds/} puts them, for timing queries on it. */
final class SeedStore {

    private SeedStore() {
    }

    /** Extracts {@code files} and loads them into a new store in {@code dir}, which is closed again. */
    static void build(List<Path> files, Path dir) {
        Pipeline pipeline = new Pipeline();
        try (KnowledgeStore kg = KnowledgeStore.open(dir, true)) {
            CorpusLoader.loadShared(kg);
            for (Path f : files) {
                CorpusLoader.loadReport(kg, pipeline.toRdf(pipeline.extract(f, ReportMetadata.EMPTY)));
            }
        }
    }
}
