package org.gwrkg.bench;

import java.util.List;

/**
 * Latency of the research queries as {@code gwrkg serve --store} answers them.
 *
 * @param engine         how they were asked
 * @param warmups        untimed runs of each query first
 * @param runs           timed runs of each
 * @param skipped        what was left out, and why
 * @param targetMedianMs the median aimed at on the 1,000-report store
 * @param seed           each query on the seed's store
 * @param corpus         each query on the corpus's store
 */
public record LatencyResult(String engine, int warmups, int runs, String skipped, double targetMedianMs,
                            List<QueryTiming> seed, List<QueryTiming> corpus) {

    /** Issue 8: every query at a median under 300 ms on the 1,000-report store. */
    public static final double TARGET_MEDIAN_MS = 300;

    public LatencyResult {
        seed = List.copyOf(seed);
        corpus = List.copyOf(corpus);
    }
}
