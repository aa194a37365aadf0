package org.gwrkg.bench;

import java.util.List;

/**
 * How batch extraction and loading time and store size grow with the number of reports: each
 * point a corpus generated with the same seed, loaded with all threads into a fresh store.
 *
 * @param points one per corpus size, smallest first
 * @param plot   the PNG drawn from them, beside the JSON
 */
public record ScalingResult(List<Point> points, String plot) {

    public ScalingResult {
        points = List.copyOf(points);
    }

    /**
     * One corpus size.
     *
     * @param reports       reports
     * @param chars         their characters
     * @param triples       triples loaded
     * @param seconds       batch extraction and loading, wall time
     * @param store         the store on disk
     * @param peakHeapBytes peak heap during the load
     */
    public record Point(int reports, long chars, long triples, double seconds, DiskSize store, long peakHeapBytes) {
    }
}
