package org.gwrkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@code gwrkg serve} on the seed from launch to its first answer with the project's own
 * harness, {@value #SCRIPT}, so that the benchmark and the start-up work measure the same way:
 * it launches the command it is given, polls {@code /kg/sparql} every 20 ms with a query that is
 * true only once the seed's observations are loaded, and prints each launch's time and the
 * server's CPU time by then. The command given is the launcher {@code bin/gwrkg}, as the README
 * tells users to start serve, on the jar this benchmark runs from ({@code GWRKG_JAR}) and its Java
 * ({@code JAVA_HOME}); its first launch records the launcher's class data archive and is not timed.
 * Without a launcher, the jar itself: {@code java -jar JAR serve SEED...}. Always on a free port.
 */
final class ServeStart {

    /** The harness, relative to the gwrkg checkout the benchmark runs in. */
    static final String SCRIPT = "scripts/bench/serve-start.sh";

    /** The launcher, relative to the checkout. */
    static final String LAUNCHER = "bin/gwrkg";

    /** How the harness prints one launch: {@code run 1: 1843 ms (cpu 3120 ms)}. */
    private static final Pattern RUN = Pattern.compile("(?m)^run (\\d+): (\\d+) ms \\(cpu (\\d+) ms\\)$");

    /** The jar this code runs from, if it runs from one (not from {@code target/classes}, as in tests). */
    static Optional<Path> runningJar() {
        CodeSource source = ServeStart.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param script   the harness
     * @param launcher {@code bin/gwrkg}, or null to launch the jar with {@code java -jar}
     * @param jar      the gwrkg jar to launch
     * @param seeds    the seed report files given to serve
     * @param launches how many launches to time
     */
    ServeStartResult measure(Path script, Path launcher, Path jar, List<Path> seeds, int launches) {
        List<String> serve = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        String java = System.getProperty("java.home");
        if (launcher != null) {
            serve.addAll(List.of(launcher.toAbsolutePath().toString(), "serve"));
            env.put("GWRKG_JAR", jar.toAbsolutePath().toString());
            env.put("JAVA_HOME", java);
        } else {
            serve.addAll(List.of(Path.of(java, "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString(), "serve"));
        }
        // The harness works from the checkout's root: absolute paths whatever the current folder.
        seeds.forEach(s -> serve.add(s.toAbsolutePath().toString()));
        // The launcher's first launch records its archive: run once more, and leave that one out.
        int skipped = launcher != null ? 1 : 0;
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), Integer.toString(launches + skipped), "--"));
        command.addAll(serve);
        int port = freePort();
        String output = run(command, port, env);
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        Matcher m = RUN.matcher(output);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) > skipped) {
                ms.add(Double.parseDouble(m.group(2)));
                cpuMs.add(Double.parseDouble(m.group(3)));
            }
        }
        String launched = (launcher != null ? "GWRKG_JAR=" + jar.toAbsolutePath() + " " : "") + String.join(" ", serve) + " --port " + port
                + (skipped > 0 ? " (first launch, which records the archive, not timed)" : "");
        if (ms.size() != launches) {
            String last = output.strip().lines().reduce((a, b) -> b).orElse("no output");
            return ServeStartResult.failed(launched, SCRIPT + " timed " + ms.size() + " of " + launches + " launches: " + last);
        }
        double[] all = ms.stream().mapToDouble(Double::doubleValue).toArray();
        return new ServeStartResult(launched, SCRIPT, launches, Stats.median(all), ms, cpuMs, ServeStartResult.TARGET_MS, null);
    }

    /** Runs the harness to its end (it gives up on a launch after 60 s); its output, stdout and stderr together. */
    private static String run(List<String> command, int port, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("BENCH_PORT", Integer.toString(port));
        Process harness;
        try {
            harness = pb.start();
        } catch (IOException e) {
            throw new BenchException("cannot run " + SCRIPT + " with bash (" + e.getMessage() + "); skip serve's start with --launches 0", e);
        }
        try (InputStream in = harness.getInputStream()) {
            String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            harness.waitFor();
            return output;
        } catch (IOException e) {
            stop(harness);
            throw new BenchException("cannot read " + SCRIPT + "'s output (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            stop(harness);
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while timing serve's start", e);
        }
    }

    /** Stops the harness and the server it launched, which would otherwise outlive it. */
    private static void stop(Process harness) {
        harness.descendants().forEach(ProcessHandle::destroy);
        harness.destroy();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new BenchException("no free port to launch serve on (" + e.getMessage() + ")", e);
        }
    }
}
