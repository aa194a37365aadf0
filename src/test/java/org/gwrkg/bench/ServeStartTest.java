package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the benchmark drives the serve start-up harness: what it launches and how it reads the
 * harness's lines, with a stand-in harness that records its arguments instead of launching serve.
 */
class ServeStartTest {

    @TempDir
    Path tmp;

    @Test
    void launchesTheJarOnTheSeedsOnAFreePortAndTakesTheMedian() throws IOException {
        Path args = tmp.resolve("args.txt");
        Path harness = harness("""
                printf '%s\\n' "$@" > ARGS
                echo "port $BENCH_PORT" >> ARGS
                echo "load at start: load average: 0.1"
                echo "run 1: 2100 ms (cpu 3000 ms)"
                echo "run 2: 1700 ms (cpu 2600 ms)"
                echo "run 3: 1900 ms (cpu 2900 ms)"
                echo "median 1900 ms, min 1700 ms, max 2100 ms over 3 runs"
                """.replace("ARGS", args.toString()));
        Path jar = Files.writeString(tmp.resolve("gwrkg.jar"), "stand-in");
        ServeStartResult r = new ServeStart().measure(harness, null, jar, List.of(Path.of("seeds/yongchuan-2025-government-work-report.txt")), 3);

        assertNull(r.skipped(), String.valueOf(r.skipped()));
        assertEquals(List.of(2100.0, 1700.0, 1900.0), r.ms());
        assertEquals(List.of(3000.0, 2600.0, 2900.0), r.cpuMs());
        assertEquals(1900.0, r.medianMs());
        List<String> given = Files.readAllLines(args);
        assertEquals("3", given.get(0), "launches");
        assertEquals("--", given.get(1));
        assertTrue(given.get(2).endsWith("/bin/java"), given.toString());
        assertEquals(List.of("-jar", jar.toAbsolutePath().toString(), "serve",
                Path.of("seeds/yongchuan-2025-government-work-report.txt").toAbsolutePath().toString()), given.subList(3, 7),
                "absolute paths, since the harness works from the checkout's root");
        int port = Integer.parseInt(given.get(7).replace("port ", ""));
        assertTrue(port > 0 && r.command().endsWith("--port " + port), r.command());
    }

    @Test
    void launchesTheLauncherOnTheJarAndLeavesOutItsFirstLaunch() throws IOException {
        Path args = tmp.resolve("args.txt");
        Path harness = harness("""
                printf '%s\\n' "$@" > ARGS
                echo "jar $GWRKG_JAR" >> ARGS
                echo "run 1: 9000 ms (cpu 9000 ms)"
                echo "run 2: 1700 ms (cpu 2600 ms)"
                echo "run 3: 1900 ms (cpu 2900 ms)"
                """.replace("ARGS", args.toString()));
        Path jar = Files.writeString(tmp.resolve("gwrkg.jar"), "stand-in");
        Path launcher = Files.writeString(tmp.resolve("gwrkg"), "stand-in");
        ServeStartResult r = new ServeStart().measure(harness, launcher, jar, List.of(), 2);

        assertEquals(List.of(1700.0, 1900.0), r.ms(), "the first launch records the archive and is not timed");
        assertEquals(1800.0, r.medianMs());
        List<String> given = Files.readAllLines(args);
        assertEquals(List.of("3", "--", launcher.toAbsolutePath().toString(), "serve"), given.subList(0, 4), "one launch more");
        assertEquals("jar " + jar.toAbsolutePath(), given.get(given.size() - 1));
    }

    @Test
    void aHarnessThatGivesUpIsReportedWithItsLastLine() throws IOException {
        Path harness = harness("""
                echo "run 1: 2100 ms (cpu 3000 ms)"
                echo "run 2: no answer (server exited or 60 s passed)" >&2
                exit 1
                """);
        Path jar = Files.writeString(tmp.resolve("gwrkg.jar"), "stand-in");
        ServeStartResult r = new ServeStart().measure(harness, null, jar, List.of(), 2);
        assertNull(r.medianMs());
        assertTrue(r.skipped().contains("1 of 2") && r.skipped().contains("no answer"), r.skipped());
    }

    private Path harness(String body) throws IOException {
        return Files.writeString(tmp.resolve("harness.sh"), "#!/usr/bin/env bash\n" + body);
    }
}
