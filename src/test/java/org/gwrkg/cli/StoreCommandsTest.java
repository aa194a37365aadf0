package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --store} and the commands that read a TDB2 store, on real store directories. */
class StoreCommandsTest {

    private static final Path PIDU = TestCorpus.DIR.resolve("sichuan/pidu-2024-report.txt");

    @TempDir
    Path dir;

    private static void assertUserError(Cli.Result r, String... words) {
        assertEquals(Main.EXIT_USAGE, r.code(), () -> "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("gwrkg: ") && !err.contains("Exception") && !err.contains("\tat "), err);
        for (String w : words) {
            assertTrue(err.contains(w), () -> "message lacks \"" + w + "\": " + err);
        }
    }

    /** Graph names and triple count: what must not change when a command fails. */
    private static String state(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            return kg.graphNames() + " " + kg.tripleCount();
        }
    }

    @Test
    void loadKeepsReportsAcrossRunsAndReplacesAReportLoadedAgain() {
        Path store = dir.resolve("kg");
        Cli.Result first = Cli.run("load", "--verbose", "--store", store.toString(), Cli.SEED.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("[1/1] committed https://w3id.org/gwrkg/id/report/500118-2024"), first.out());
        assertTrue(first.out().contains("Loaded 1 report ("), first.out());
        assertTrue(first.out().contains("1 report(s)"), first.out());
        try (var files = java.nio.file.Files.walk(store)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("stats.opt")),
                    "load leaves the optimiser's statistics in the store");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String afterSeed = state(store);

        Cli.Result second = Cli.run("load", "--store", store.toString(), TestCorpus.DIR.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("5 report(s)"), second.out());

        Cli.Result list = Cli.run("list", "--format", "csv", "--store", store.toString());
        assertEquals(0, list.code(), list.err());
        assertEquals(6, list.out().lines().count(), list.out());
        Cli.Result fromFiles = Cli.run("list", "--format", "csv", Cli.SEED.toString(), TestCorpus.DIR.toString());
        assertEquals(fromFiles.out(), list.out(), "the store answers as the files do");

        String five = state(store);
        assertEquals(0, Cli.run("load", "--store", store.toString(), Cli.SEED.toString()).code());
        assertEquals(five, state(store), "loading a report again replaces it: same graphs, same triples");
        assertFalse(afterSeed.equals(five));
    }

    @Test
    void withoutATerminalLoadPrintsTheSummaryAndNothingElse() {
        Path store = dir.resolve("kg");
        Cli.Result r = Cli.run("load", "--threads", "2", "--store", store.toString(), TestCorpus.DIR.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no progress bar on a pipe");
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("Loaded 4 reports \\(\\d+ chars, \\d+ triples\\) in [\\d.]+ s: .* chars/s, .* triples/s, 2 threads"),
                lines.get(0));
        long triples = Long.parseLong(lines.get(0).replaceAll(".* chars, (\\d+) triples.*", "$1"));
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            long inReports = kg.graphNames().stream().filter(g -> g.startsWith("https://w3id.org/gwrkg/id/report/"))
                    .mapToLong(kg::tripleCount).sum();
            assertEquals(inReports, triples, "the summary counts the triples of the report graphs");
        }
        assertEquals("Store " + store + ": 4 report(s)", lines.get(1));
        assertUserError(Cli.run("load", "--threads", "0", "--store", store.toString(), PIDU.toString()), "--threads 0");
        assertUserError(Cli.run("load", "--transaction-triples", "0", "--store", store.toString(), PIDU.toString()),
                "--transaction-triples 0");
    }

    @Test
    void queryAndTableReadTheStore() {
        Path store = dir.resolve("kg");
        assertEquals(0, Cli.run("load", "--store", store.toString(), PIDU.toString()).code());
        Cli.Result q = Cli.run("query", "--store", store.toString(), "--format", "csv",
                "PREFIX gwr: <https://w3id.org/gwrkg/ontology#> SELECT ?code { ?r a gwr:Report ; gwr:region/gwr:adminCode ?code }");
        assertEquals(0, q.code(), q.err());
        assertEquals("code\r\n510117\r\n", q.out());
        Cli.Result t = Cli.run("table", "metrics", "--store", store.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().lines().skip(1).allMatch(l -> l.startsWith("510117,郫都区,2024,")), t.out());
        assertTrue(t.out().lines().count() > 5, t.out());
    }

    @Test
    void aBadFileStopsTheLoadBeforeAnythingIsWritten() throws IOException {
        Path store = dir.resolve("kg");
        assertEquals(0, Cli.run("load", "--store", store.toString(), PIDU.toString()).code());
        String before = state(store);
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.copy(Cli.SEED, reports.resolve("a.txt"));
        Files.writeString(reports.resolve("b.txt"), "   \n\t\n");
        assertUserError(Cli.run("load", "--store", store.toString(), reports.toString()), "b.txt", "only whitespace");
        assertEquals(before, state(store), "the good report before it was not written either");
    }

    @Test
    void aBadFileLeavesNoNewStoreBehind() throws IOException {
        Path store = dir.resolve("new");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertUserError(Cli.run("load", "--store", store.toString(), empty.toString()), "is empty");
        assertFalse(Files.exists(store));
    }

    @Test
    void directoriesThatAreNoStoreAreRefusedAndLeftAsTheyWere() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "x");
        assertUserError(Cli.run("load", "--store", notes.toString(), PIDU.toString()), "not a TDB2 store", "todo.txt");
        try (Stream<Path> s = Files.list(notes)) {
            assertEquals(List.of(notes.resolve("todo.txt")), s.toList(), "no TDB2 files were added");
        }
        assertUserError(Cli.run("query", "--store", dir.resolve("missing").toString(), "ASK {}"), "no store there", "gwrkg load --store");
        assertUserError(Cli.run("list", "--store", Files.createDirectory(dir.resolve("empty")).toString()), "empty directory");
        assertUserError(Cli.run("list", "--store", PIDU.toString()), "is a file");
        assertUserError(Cli.run("list", "--store", dir.resolve("x").toString(), PIDU.toString()), "either --store or FILE");
    }

    @Test
    void aStoreHeldByAnotherProcessIsRefusedWithItsPid() throws Exception {
        Path store = dir.resolve("kg");
        assertEquals(0, Cli.run("load", "--store", store.toString(), PIDU.toString()).code());
        try (ChildJvm server = ChildJvm.start(List.of("-Xmx512m"), Map.of(), "serve", "--port", "0", "--store", store.toString())) {
            assertNotNull(server.awaitLine(l -> l.startsWith("SPARQL endpoint:"), Duration.ofMinutes(2)),
                    () -> "the server did not start: " + server.err());
            assertUserError(Cli.run("load", "--store", store.toString(), Cli.SEED.toString()),
                    "in use by another process (PID " + server.pid() + ")", "stop that one first");
            assertUserError(Cli.run("query", "--store", store.toString(), "ASK {}"), "in use by another process");
        }
    }
}
