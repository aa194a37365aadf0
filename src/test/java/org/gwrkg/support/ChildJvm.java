package org.gwrkg.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code gwrkg} run as a real child process ({@code java -cp <test class path> org.gwrkg.cli.Main}),
 * for what an in-process run cannot show: a kill -9, a heap limit, a lock held by another process.
 * Its output lines are collected as they come; it is killed if still running when closed.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> outLines = new LinkedBlockingQueue<>();
    private final List<String> out = new ArrayList<>();
    private final StringBuffer err = new StringBuffer();

    private ChildJvm(Process process) {
        this.process = process;
        daemon(() -> pump(process, true));
        daemon(() -> pump(process, false));
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "child-jvm-output");
        t.setDaemon(true);
        t.start();
    }

    /** Starts gwrkg with {@code jvmOptions} (e.g. -Xmx1g) and {@code args}, in the project directory. */
    public static ChildJvm start(List<String> jvmOptions, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.gwrkg.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return new ChildJvm(pb.start());
    }

    private void pump(Process p, boolean stdout) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                stdout ? p.getInputStream() : p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (stdout) {
                    synchronized (out) {
                        out.add(line);
                    }
                    outLines.add(line);
                } else {
                    err.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // The process died; what it printed so far is kept.
        }
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /** Waits for a stdout line matching {@code wanted}; null if the process ended or time ran out first. */
    public String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = outLines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
            if (line == null && !process.isAlive() && outLines.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /** Waits for the process to end; its exit code, or -1 if still running after {@code timeout}. */
    public int waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** SIGKILL (destroyForcibly on Linux): the process gets no chance to clean up. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Every stdout line so far. */
    public List<String> out() {
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    /** Stderr so far. */
    public String err() {
        return err.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
