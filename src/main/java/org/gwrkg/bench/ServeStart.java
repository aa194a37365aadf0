package org.gwrkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Times {@code gwrkg serve} from launch to its first answer that needs the seed's data, the way a
 * researcher starts it: the jar this benchmark runs from is launched with {@code java -jar} as a
 * child process on a free port, with the seed's reports, and {@code /kg/sparql} is polled every
 * 20 ms with {@link #QUERY} until it answers {@code true} (the same query and polling as
 * {@code scripts/bench/serve-start.sh}). Each launch is stopped once it has answered.
 */
final class ServeStart {

    /** True only once the seed's observations are loaded, so a server still starting cannot pass. */
    static final String QUERY = "PREFIX qb: <http://purl.org/linked-data/cube#> ASK { ?o a qb:Observation }";

    private static final long POLL_MS = 20;
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
     * @param jar      the gwrkg jar to launch
     * @param seeds    the seed report files or folders given to serve
     * @param launches how many launches to time
     */
    ServeStartResult measure(Path jar, List<Path> seeds, int launches) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        List<String> command = null;
        for (int i = 0; i < launches; i++) {
            int port = freePort();
            command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "serve", "--port", Integer.toString(port)));
            for (Path s : seeds) {
                command.add(s.toString());
            }
            double[] times = launch(command, port);
            ms.add(times[0]);
            cpuMs.add(times[1]);
        }
        double[] all = ms.stream().mapToDouble(Double::doubleValue).toArray();
        return new ServeStartResult(String.join(" ", command), QUERY, launches, Stats.median(all), ms, cpuMs,
                ServeStartResult.TARGET_MS, null);
    }

    /** Launch to first answer and the server's CPU time by then, in ms. */
    private double[] launch(List<String> command, int port) {
        URI url = URI.create("http://127.0.0.1:" + port + "/kg/sparql?query="
                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
        HttpRequest ask = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2))
                .header("Accept", "application/sparql-results+json").GET().build();
        long start = System.nanoTime();
        Process server;
        try {
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new BenchException("cannot launch " + command.get(0) + " -jar " + command.get(2) + " (" + e.getMessage() + ")", e);
        }
        try {
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (answers(ask)) {
                    double wall = (System.nanoTime() - start) / 1e6;
                    double cpu = server.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                    return new double[] {wall, cpu};
                }
                if (!server.isAlive()) {
                    throw new BenchException("gwrkg serve exited with code " + server.exitValue()
                            + " before answering; run " + String.join(" ", command) + " to see why");
                }
                Thread.sleep(POLL_MS);
            }
            throw new BenchException("gwrkg serve did not answer within " + GIVE_UP.toSeconds() + " s of launch: "
                    + String.join(" ", command));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while timing serve's start", e);
        } finally {
            stop(server);
        }
    }

    private boolean answers(HttpRequest ask) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(ask, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().replace(" ", "").contains("\"boolean\":true");
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new BenchException("no free port to launch serve on (" + e.getMessage() + ")", e);
        }
    }
}
