package org.gwrkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Peak heap from the JVM's memory pools ({@link MemoryPoolMXBean}), between {@link #reset()} and {@link #read()}. */
final class HeapUsage {

    private HeapUsage() {
    }

    /** Starts the peaks again from the current usage. */
    static void reset() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The peaks since the last reset (or the JVM's start). */
    static HeapResult read() {
        Map<String, Long> peaks = new TreeMap<>();
        for (MemoryPoolMXBean pool : heapPools()) {
            peaks.put(pool.getName(), pool.getPeakUsage().getUsed());
        }
        long total = peaks.values().stream().mapToLong(Long::longValue).sum();
        return new HeapResult(Runtime.getRuntime().maxMemory(), total, peaks);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }
}
