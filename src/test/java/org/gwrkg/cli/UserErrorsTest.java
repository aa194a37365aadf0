package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user error: exit 2 and one line on stderr that names the problem, never a stack trace. */
class UserErrorsTest {

    @TempDir
    Path dir;

    /** The contract of a user error, with the words the message must contain. */
    private static void assertUserError(Cli.Result r, String... words) {
        assertEquals(Main.EXIT_USAGE, r.code(), () -> "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertFalse(err.isEmpty(), "no message on stderr");
        assertEquals(1, err.lines().count(), () -> "not one line: " + err);
        assertTrue(err.startsWith("gwrkg: "), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("at org."), err);
        for (String w : words) {
            assertTrue(err.contains(w), () -> "message lacks \"" + w + "\": " + err);
        }
    }

    @Test
    void missingFile() {
        assertUserError(Cli.run("extract", dir.resolve("nope.txt").toString()), "nope.txt", "no such file");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertUserError(Cli.run("extract", f.toString()), "empty.txt", "is empty");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[10] = 0;
        bytes[100] = 0;
        Path f = Files.write(dir.resolve("random.txt"), bytes);
        assertUserError(Cli.run("extract", f.toString()), "random.txt", "binary");
    }

    @Test
    void pdf() throws IOException {
        Path f = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7\n1 0 obj\n");
        assertUserError(Cli.run("extract", f.toString()), "report.pdf", "PDF");
    }

    @Test
    void malformedQuery() {
        assertUserError(Cli.run("query", "SELEC ?x"), "malformed SPARQL query", "line 1");
    }

    @Test
    void malformedGold() throws IOException {
        Path gold = Files.writeString(dir.resolve("bad.gold.json"), "{\"metrics\": [ {\"indicator\": ");
        assertUserError(Cli.run("eval", "--gold", gold.toString(), Cli.SEED.toString()), "bad.gold.json", "not valid JSON");
    }

    @Test
    void unknownRdfFormat() {
        assertUserError(Cli.run("extract", "--format", "rdfxml", Cli.SEED.toString()), "rdfxml", "ttl, trig, nt, nq or jsonld");
    }

    @Test
    void unknownQueryFormat() {
        assertUserError(Cli.run("query", "--format", "xml", "ASK {}"), "xml", "table, csv, json or tsv");
    }

    @Test
    void unknownOption() {
        assertUserError(Cli.run("extract", "--bogus", Cli.SEED.toString()), "--bogus");
    }

    @Test
    void directoryWithoutReports() throws IOException {
        Files.writeString(dir.resolve("notes.json"), "{}");
        assertUserError(Cli.run("extract", dir.toString()), "no report files");
    }

    @Test
    void failedExtractLeavesNoOutputFile() throws IOException {
        Path out = dir.resolve("out.nq");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertUserError(Cli.run("extract", "-o", out.toString(), empty.toString()), "is empty");
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the input is left, no temp file");
        }
    }

    @Test
    void portInUse() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            assertUserError(Cli.run("serve", "--port", String.valueOf(socket.getLocalPort()), Cli.SEED.toString()),
                    "cannot listen on 127.0.0.1:", "--port");
        }
    }

    @Test
    void writesWithoutCredentialsAreNotOpened() {
        // Checked before any extraction, and never asking for a password on the command line.
        assertUserError(Cli.run("serve", "--port", "0", "--allow-update", Cli.SEED.toString()),
                "--allow-update needs credentials", "--credentials FILE", "GWRKG_PASSWORD");
        assertUserError(Cli.run("serve", "--port", "0", "--credentials", "x", Cli.SEED.toString()),
                "--credentials is for --allow-update");
    }

    @Test
    void aCredentialsFileWithoutAPasswordIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("cred"), "editor\n");
        assertUserError(Cli.run("serve", "--port", "0", "--allow-update", "--credentials", f.toString(), Cli.SEED.toString()),
                "cred", "user:password");
    }

    @Test
    void limitsMustBeSensible() {
        assertUserError(Cli.run("serve", "--timeout", "0", Cli.SEED.toString()), "--timeout 0");
        assertUserError(Cli.run("serve", "--max-rows", "0", Cli.SEED.toString()), "--max-rows 0");
        assertUserError(Cli.run("serve", "--max-request-bytes", "10", Cli.SEED.toString()), "--max-request-bytes 10");
    }
}
