package org.gwrkg.bench;

import java.nio.file.Path;
import java.util.List;
import org.gwrkg.batch.BatchLoader;
import org.gwrkg.batch.LoadSummary;

/**
 * Times batch extraction and loading ({@link BatchLoader}, what {@code gwrkg load} runs) of a
 * corpus into a fresh TDB2 store, quietly (no progress bar), with its peak heap.
 */
final class BatchBench {

    private final HeapUsage heap;

    BatchBench(HeapUsage heap) {
        this.heap = heap;
    }

    /**
     * Loads {@code files} into a new store in {@code dir}, which is closed afterwards.
     *
     * @param chars the corpus's characters, for the throughput
     */
    BatchRun load(List<Path> files, long chars, Path dir, int threads) {
        heap.startSection();
        LoadSummary summary = BatchLoader.builder().threads(threads).build().load(files, dir);
        return BatchRun.of(summary, chars, DiskSize.of(dir), heap.sectionPeak());
    }
}
