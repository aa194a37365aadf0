package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.gwrkg.support.LauncherProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gwrkg}, run on a stand-in jar ({@link LauncherProbe}) that prints the JVM options it got:
 * the first run of a command records a class archive, later runs map it, a failed or help run leaves
 * none, and an in-memory server gets C1 alone.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin/gwrkg");

    @TempDir
    Path dir;

    private Path jar;
    private Path archives;

    /** What a launch did. */
    private record Run(int code, List<String> jvmOptions, String err) {
        boolean has(String optionStart) {
            return jvmOptions.stream().anyMatch(o -> o.startsWith(optionStart));
        }
    }

    @BeforeEach
    void probeJar() throws IOException, InterruptedException {
        assumeTrue(baseArchiveWorks(), "this JVM has no class data sharing base archive");
        jar = dir.resolve("probe.jar");
        archives = dir.resolve("cds");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream in = LauncherProbe.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    @Test
    void theFirstRunRecordsAnArchiveThatLaterRunsMap() throws Exception {
        Run first = run(List.of(), "extract", "x.txt");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.has("-XX:ArchiveClassesAtExit="), first.jvmOptions().toString());
        assertTrue(first.err().contains("first extract run"), first.err());
        assertEquals(1, archives("extract-").size(), () -> "archives: " + list());

        Run second = run(List.of(), "extract", "y.txt");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.has("-XX:SharedArchiveFile=" + archives("extract-").get(0)), second.jvmOptions().toString());
        assertFalse(second.has("-XX:ArchiveClassesAtExit="), second.jvmOptions().toString());
        assertEquals("", second.err());
    }

    @Test
    void aFailedRunOrHelpLeavesNoArchiveAndTheExitCodeIsKept() throws Exception {
        Run failed = run(List.of(), "fail");
        assertEquals(2, failed.code(), failed.err());
        Run help = run(List.of(), "load", "--help");
        assertEquals(0, help.code(), help.err());
        assertFalse(help.has("-XX:ArchiveClassesAtExit="), help.jvmOptions().toString());
        assertEquals(List.of(), list());
        assertTrue(run(List.of(), "fail").has("-XX:ArchiveClassesAtExit="), "a failed first run is tried again");
    }

    @Test
    void aServerStoppedDuringItsFirstRunStillLeavesAnArchive() throws Exception {
        Process p = start(List.of(), "wait");
        String line;
        do {
            line = readLine(p.getInputStream());
        } while (line != null && !line.equals("ready"));
        p.destroy();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not end");
        assertEquals(143, p.exitValue());
        assertEquals(1, archives("wait-").size(), () -> "archives: " + list());
    }

    @Test
    void anInMemoryServerGetsC1AloneAndAStoreServerC2Too() throws Exception {
        assertTrue(run(List.of(), "serve", "--port", "0").has("-XX:TieredStopAtLevel=1"));
        assertFalse(run(List.of(), "serve", "--store", "kg").has("-XX:TieredStopAtLevel"));
        assertFalse(run(List.of(), "extract", "x.txt").has("-XX:TieredStopAtLevel"));
        // GWRKG_JAVA_OPTS come after, so a user's choice wins.
        Run mine = run(List.of("GWRKG_JAVA_OPTS=-XX:TieredStopAtLevel=4 -Xmx300m"), "serve");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx300m"),
                mine.jvmOptions().stream().filter(o -> o.startsWith("-XX:Tiered") || o.startsWith("-Xmx")).toList());
    }

    @Test
    void cdsOffIsPlainJavaJar() throws Exception {
        Run r = run(List.of("GWRKG_CDS=off"), "extract", "x.txt");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.has("-XX:ArchiveClassesAtExit") || r.has("-XX:SharedArchiveFile"), r.jvmOptions().toString());
        assertEquals(List.of(), list());
    }

    private Run run(List<String> env, String... args) throws Exception {
        Process p = start(env, args);
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not end");
        List<String> options = new String(out, StandardCharsets.UTF_8).lines().takeWhile(l -> !l.equals("ready")).toList();
        return new Run(p.exitValue(), options, err);
    }

    private Process start(List<String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("GWRKG_JAR", jar.toString());
        pb.environment().put("GWRKG_CDS_DIR", archives.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("GWRKG_JAVA_OPTS");
        pb.environment().remove("GWRKG_CDS");
        for (String e : env) {
            pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        return pb.start();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            b.append((char) c);
        }
        return c == -1 && b.isEmpty() ? null : b.toString();
    }

    private List<Path> archives(String prefix) {
        return list().stream().filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jsa")).toList();
    }

    private List<Path> list() {
        if (!Files.isDirectory(archives)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(archives)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean baseArchiveWorks() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on", "-version")
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
