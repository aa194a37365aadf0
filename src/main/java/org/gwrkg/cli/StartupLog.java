package org.gwrkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What {@code serve --debug} says about its start-up: each step as it ends, in milliseconds since
 * the process started and on which thread, so that a slow start can be broken down without a
 * profiler. Silent otherwise.
 */
final class StartupLog {

    private static final StartupLog SILENT = new StartupLog(null, 0);

    private final PrintWriter err;
    private final long startMillis;

    private StartupLog(PrintWriter err, long startMillis) {
        this.err = err;
        this.startMillis = startMillis;
    }

    /** A log to {@code err} when {@code enabled}, else one that says nothing. */
    static StartupLog to(PrintWriter err, boolean enabled) {
        if (!enabled) {
            return SILENT;
        }
        // The process's start (to the clock tick) rather than the JVM's own uptime, which leaves out
        // the launcher; read only when asked for, since it costs a look at /proc.
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        return new StartupLog(err, start);
    }

    /**
     * Says that {@code step} has ended, with the CPU time this thread and the whole process (JIT
     * compilers and GC included) have used so far, where the system tells (Linux).
     */
    void step(String step) {
        if (err != null) {
            long ms = System.currentTimeMillis() - startMillis;
            String cpu = cpuMillis("/proc/thread-self/stat") + " ms this thread, "
                    + cpuMillis("/proc/self/stat") + " ms process";
            synchronized (err) {
                err.printf("gwrkg: start-up %6d ms  %s [%s; cpu %s]%n", ms, step, Thread.currentThread().getName(), cpu);
                err.flush();
            }
        }
    }

    // utime and stime, fields 14 and 15 of /proc's stat line, in clock ticks of (nearly always) 10 ms.
    private static String cpuMillis(String statFile) {
        try {
            String stat = Files.readString(Path.of(statFile));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.toString((Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10);
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
