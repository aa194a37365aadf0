package org.gwrkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Adds up the time one stage takes on the calling thread: wall time, which is what a user waits,
 * and the thread's CPU time, which other load on the machine barely changes, so that a wall time
 * far above the CPU time shows a busy machine rather than a slow stage.
 */
final class StageClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wallNanos;
    private long cpuNanos;
    private long units;

    /** Runs {@code work} on this thread, adding its times and the units of its result (characters, triples) to the totals. */
    <T> T time(Supplier<T> work, ToLongFunction<T> unitsOf) {
        long cpu0 = cpuNow();
        long wall0 = System.nanoTime();
        T result = work.get();
        wallNanos += System.nanoTime() - wall0;
        cpuNanos += cpuNow() - cpu0;
        units += unitsOf.applyAsLong(result);
        return result;
    }

    /** The totals so far as a throughput in {@code unit}. */
    Throughput throughput(String unit) {
        return Throughput.of(unit, units, wallNanos / 1e9, cpuNanos / 1e9);
    }

    /** The CPU time of the calling thread in ns; the wall clock where the JVM cannot tell (then CPU = wall). */
    static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
