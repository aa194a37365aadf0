package org.gwrkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Peak heap from the JVM's memory pools ({@link MemoryPoolMXBean}): over the whole run, and over a
 * section of it (a batch load). Starting a section resets the pools' peaks, so the peaks seen so
 * far are kept here first.
 */
final class HeapUsage {

    private final Map<String, Long> overall = new TreeMap<>();

    /** Starts watching: the peaks from now on. */
    HeapUsage() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Starts a section: its peak, {@link #sectionPeak()}, counts from now. */
    void startSection() {
        keepPeaks();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The peak since {@link #startSection()}: the sum of the pools' peaks, an upper bound. */
    long sectionPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The peaks since watching began. */
    HeapResult overall() {
        keepPeaks();
        return new HeapResult(Runtime.getRuntime().maxMemory(), overall.values().stream().mapToLong(Long::longValue).sum(), overall);
    }

    private void keepPeaks() {
        for (MemoryPoolMXBean pool : heapPools()) {
            overall.merge(pool.getName(), pool.getPeakUsage().getUsed(), Math::max);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }
}
