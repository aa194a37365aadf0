package org.gwrkg.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gwrkg.Pipeline;
import org.gwrkg.read.ReportReader;

/** The extracting threads of a batch, each with its own {@link Pipeline}. */
final class Workers {

    // The stages were written for one thread: a pipeline per thread needs no proof that they share safely.
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Pipeline::new);
    // Reading alone needs no HanLP, whose dictionaries take a while to load: a bad file is told at once.
    private static final ThreadLocal<ReportReader> READER = ThreadLocal.withInitial(ReportReader::new);

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Workers() {
    }

    /** The report reader of the calling thread. */
    static ReportReader reader() {
        return READER.get();
    }

    /** The pipeline of the calling thread. */
    static Pipeline pipeline() {
        return PIPELINE.get();
    }

    /**
     * A pool of {@code threads} daemon threads: a failed batch stops waiting for them, and the threads
     * still extracting must not keep the JVM from exiting.
     */
    static ExecutorService pool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gwrkg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The result of a task, or its failure thrown as it was. */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a report", e);
        }
    }

    /** The failure of a worker, thrown again on the calling thread as it was, so its message reaches the user. */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    /**
     * CPU time of the calling thread in nanoseconds (0 where the JVM does not measure it): unlike wall
     * time, it does not grow when other processes share the machine.
     */
    static long cpuNanos() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0;
    }


}
