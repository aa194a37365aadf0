package org.gwrkg.bench;

/**
 * Batch extraction and loading of the whole corpus with all threads, and with one, and the speed-up.
 *
 * @param parallel  with {@code --threads} extracting threads (all cores by default)
 * @param oneThread with one extracting thread
 * @param speedUp   {@code oneThread.seconds / parallel.seconds}
 * @param target    the speed-up aimed at on two cores
 */
public record BatchResult(BatchRun parallel, BatchRun oneThread, double speedUp, double target) {

    /** Issue 8: a speed-up of at least 1.7 on 2 cores. */
    public static final double TARGET = 1.7;

    static BatchResult of(BatchRun parallel, BatchRun oneThread) {
        return new BatchResult(parallel, oneThread, parallel.seconds() > 0 ? oneThread.seconds() / parallel.seconds() : 0, TARGET);
    }
}
