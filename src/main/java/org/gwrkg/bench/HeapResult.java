package org.gwrkg.bench;

import java.util.Map;

/**
 * The heap the benchmark's JVM used over the run.
 *
 * @param maxHeapBytes  the most it may use ({@code -Xmx}, or the JVM's default share of memory)
 * @param peakHeapBytes the sum of the peak usages of the heap's memory pools (eden, survivor, old):
 *                      an upper bound of the true peak, since the pools peak at different moments
 * @param poolPeaks     each heap pool's peak, bytes
 */
public record HeapResult(long maxHeapBytes, long peakHeapBytes, Map<String, Long> poolPeaks) {
    public HeapResult {
        poolPeaks = Map.copyOf(poolPeaks);
    }
}
