package org.gwrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.Iris;
import org.gwrkg.rdf.RegionGraph;
import org.gwrkg.support.ChildJvm;
import org.gwrkg.support.SyntheticReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code gwrkg load} in a child JVM, killed with SIGKILL while it writes a large report: an
 * existing store must open afterwards with every report committed before it, whole, and nothing of the
 * one being written; a new store must not be there at all, and the next load removes what was left.
 */
class KillDuringLoadTest {

    private static final Pattern COMMITTED = Pattern.compile("committed (\\S+): (\\d+) triples");
    private static final String BIG_CODE = "500101";

    @TempDir
    Path dir;

    @Test
    void aLoadKilledMidTransactionLeavesEarlierReportsWholeAndNoneOfTheRest() throws Exception {
        Path store = dir.resolve("kg");
        Path big = SyntheticReports.write(Files.createDirectory(dir.resolve("big")), "big-report", BIG_CODE, "2024", 1500, 7);
        String bigGraph = Iris.report(BIG_CODE + "-2024");
        // An existing store: a new one is written by the bulk loader beside its place, which a kill
        // leaves empty (the test below); loads into an existing one go in transactions.
        try (KnowledgeStore kg = KnowledgeStore.open(store, true)) {
            CorpusLoader.loadShared(kg);
        }
        // Each report in a transaction of its own, so that the small ones are committed before the large
        // one is written; --verbose says which report is written and which committed.
        List<String> args = new ArrayList<>(List.of("load", "--verbose", "--transaction-triples", "1", "--store",
                store.toString()));
        TestCorpus.files().forEach(f -> args.add(f.toString()));
        args.add(big.toString());

        Map<String, Long> committed = new LinkedHashMap<>();
        try (ChildJvm load = ChildJvm.start(List.of("-Xmx1g"), Map.of(), args.toArray(String[]::new))) {
            assertNotNull(load.awaitLine(l -> l.contains("writing " + bigGraph), Duration.ofMinutes(3)),
                    () -> "the load never reached the large report: " + load.out() + load.err());
            // The write transaction is under way once the store's files grow past what the earlier
            // reports left: bytes of the large report are on disk, uncommitted. Kill then.
            long before = size(store);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (size(store) <= before && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(size(store) > before, "the store's files never grew during the large report's transaction");
            load.kill9();
            assertFalse(load.out().stream().anyMatch(l -> l.contains("committed " + bigGraph)),
                    () -> "the large report was committed before the kill, the test proves nothing: " + load.out());
            for (String line : load.out()) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    committed.put(m.group(1), Long.parseLong(m.group(2)));
                }
            }
        }
        assertEquals(TestCorpus.files().size(), committed.size(), "every report before the large one was committed");

        long start = System.nanoTime();
        try (KnowledgeStore reopened = KnowledgeStore.open(store, false)) {
            List<String> graphs = reopened.graphNames();
            long reopenMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Reopening the store after SIGKILL (TDB2 recovery, first read): " + reopenMillis + " ms");

            committed.forEach((graph, triples) -> assertEquals(triples, reopened.tripleCount(graph), graph + " whole"));
            assertFalse(graphs.contains(bigGraph), "nothing of the report being written");
            assertEquals(0, reopened.tripleCount(bigGraph));
            long bigRegion = Txn.calculateRead(reopened.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(reopened.dataset()).query(
                        "SELECT (COUNT(*) AS ?n) { GRAPH <" + RegionGraph.GRAPH + "> { <" + Iris.region(BIG_CODE) + "> ?p ?o } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(0, bigRegion, "the region added in the same transaction is not there either");
            // The store takes new writes after recovery.
            reopened.putGraph("https://w3id.org/gwrkg/id/report/after-crash", TestGraphs.observations("z", 2));
            assertEquals(4, reopened.tripleCount("https://w3id.org/gwrkg/id/report/after-crash"));
        }
    }

    @Test
    void aNewStoreKilledMidLoadLeavesNoStoreAndTheNextLoadClearsUp() throws Exception {
        Path store = dir.resolve("kg");
        Path big = SyntheticReports.write(Files.createDirectory(dir.resolve("big")), "big-report", BIG_CODE, "2024", 1500, 7);
        String bigGraph = Iris.report(BIG_CODE + "-2024");
        List<String> args = new ArrayList<>(List.of("load", "--verbose", "--store", store.toString()));
        TestCorpus.files().forEach(f -> args.add(f.toString()));
        args.add(big.toString());

        try (ChildJvm load = ChildJvm.start(List.of("-Xmx1g"), Map.of(), args.toArray(String[]::new))) {
            assertNotNull(load.awaitLine(l -> l.contains("writing " + bigGraph), Duration.ofMinutes(3)),
                    () -> "the load never reached the large report: " + load.out() + load.err());
            load.kill9();
        }
        assertFalse(Files.exists(store), "a killed load of a new store leaves none at its path");
        assertTrue(Files.exists(StoreBuild.workingDirectory(store)), "only its unfinished working directory");

        List<String> again = List.of("load", "--store", store.toString(), TestCorpus.files().get(0).toString());
        try (ChildJvm load = ChildJvm.start(List.of("-Xmx1g"), Map.of(), again.toArray(String[]::new))) {
            assertEquals(0, load.waitFor(Duration.ofMinutes(3)), () -> load.out() + load.err());
            assertTrue(load.out().stream().anyMatch(l -> l.startsWith("Removed " + StoreBuild.workingDirectory(store))),
                    () -> "the leftover is removed, and said so: " + load.out());
        }
        assertFalse(Files.exists(StoreBuild.workingDirectory(store)));
        try (KnowledgeStore reopened = KnowledgeStore.open(store, false)) {
            assertEquals(1, reopened.graphNames().stream().filter(g -> g.startsWith(Iris.report(""))).count());
        }
    }

    private static long size(Path store) {
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
