package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gwrkg.bench.CorpusGenerator;
import org.gwrkg.bench.GeneratedReport;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gwrkg bench run} on a tiny generated corpus (3 reports, one warm-up and two timed runs of
 * each query): what it writes, and that its counts agree with the corpus and the store. It asserts
 * no timing: figures from a shared test machine mean nothing; the benchmark is for measuring.
 */
class BenchRunCommandTest {

    private static final int REPORTS = 3;

    @TempDir
    static Path tmp;

    private static Cli.Result run;
    private static JsonNode json;
    private static Path store;

    @BeforeAll
    static void runOnce() throws IOException {
        store = tmp.resolve("kept-store");
        Path output = tmp.resolve("bench.json");
        run = Cli.run("bench", "run", "--reports", Integer.toString(REPORTS), "--warmup-seconds", "0", "--warmup", "1",
                "--runs", "2", "--store", store.toString(), "--work-dir", tmp.resolve("work").toString(), "-o", output.toString());
        assertEquals(0, run.code(), run.err());
        json = new ObjectMapper().readTree(output.toFile());
    }

    @Test
    void writesEverySection() {
        for (String section : List.of("started", "seconds", "machine", "loadAverageEnd", "corpus", "warmup", "extraction", "rdf",
                "tdb2Load", "queries", "serveStart", "heap")) {
            assertTrue(json.has(section), "section " + section + " in " + json.fieldNames());
        }
        assertEquals("time", json.at("/warmup/bound").asText());
        assertTrue(json.at("/warmup/reports").asInt() >= 1, "a warm-up of 0 s still runs one report");
        assertTrue(json.at("/heap/peakHeapBytes").asLong() > 0);
        assertEquals(Runtime.getRuntime().maxMemory(), json.at("/heap/maxHeapBytes").asLong(), "-Xmx of this JVM");
        assertTrue(json.at("/machine/cores").asInt() >= 1);
    }

    @Test
    void printsTheTableAndSaysWhereTheFiguresAre() {
        assertTrue(run.out().contains("extraction / HanLP"), run.out());
        assertTrue(run.out().contains("01-headline-figures.rq"), run.out());
        assertTrue(run.out().contains("Figures: "), run.out());
        assertTrue(run.err().contains("bench: "), "progress on stderr: " + run.err());
    }

    @Test
    void charactersAreThoseOfTheGeneratedReports() {
        List<GeneratedReport> reports = CorpusGenerator.builder().reports(REPORTS).seed(CorpusGenerator.DEFAULT_SEED).build()
                .stream().toList();
        long chars = reports.stream().mapToLong(GeneratedReport::chars).sum();
        assertEquals(REPORTS, json.at("/corpus/reports").asInt());
        assertEquals(chars, json.at("/corpus/chars").asLong());
        assertEquals(chars, json.at("/extraction/extraction/units").asLong());
        assertEquals(chars, json.at("/extraction/hanlp/units").asLong(), "HanLP timed on the same reports");
        assertEquals(REPORTS, json.at("/extraction/reports").asInt());
        long sentenceChars = json.at("/extraction/sentenceChars").asLong();
        assertTrue(sentenceChars > chars / 2 && sentenceChars <= chars, "the sentences are most of the text: " + sentenceChars);
    }

    @Test
    void ratioIsExtractionOverHanlp() {
        JsonNode x = json.at("/extraction");
        for (String clock : List.of("extraction", "hanlp")) {
            JsonNode t = x.get(clock);
            assertEquals(t.get("units").asDouble() / t.get("seconds").asDouble(), t.get("perSecond").asDouble(), 1e-6 * t.get("perSecond").asDouble());
            assertEquals(t.get("units").asDouble() / t.get("cpuSeconds").asDouble(), t.get("perCpuSecond").asDouble(),
                    1e-6 * t.get("perCpuSecond").asDouble());
        }
        double ratio = x.at("/extraction/perSecond").asDouble() / x.at("/hanlp/perSecond").asDouble();
        assertEquals(ratio, x.get("ratio").asDouble(), 1e-9 * ratio);
        double cpuRatio = x.at("/extraction/perCpuSecond").asDouble() / x.at("/hanlp/perCpuSecond").asDouble();
        assertEquals(cpuRatio, x.get("cpuRatio").asDouble(), 1e-9 * cpuRatio);
        assertEquals(0.40, x.get("target").asDouble());
    }

    @Test
    void triplesLoadedAreThoseInTheKeptStore() {
        long rdf = json.at("/rdf/units").asLong();
        assertEquals(rdf, json.at("/tdb2Load/throughput/units").asLong(), "every mapped triple loaded");
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            assertEquals(kg.tripleCount(), json.at("/tdb2Load/storeTriples").asLong());
            List<String> reports = kg.graphNames().stream().filter(g -> g.contains("/id/report/")).toList();
            assertEquals(REPORTS, reports.size(), "one graph per report: " + reports);
            assertEquals(rdf, reports.stream().mapToLong(kg::tripleCount).sum(), "the report graphs hold what was mapped");
        }
        assertTrue(json.at("/tdb2Load/store/apparentBytes").asLong() > 0);
    }

    @Test
    void oneLatencyEntryPerQueryFileOnEachStoreButTheFederatedOnes() throws IOException {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("queries"))) {
            s.filter(p -> p.toString().endsWith(".rq")).map(p -> Path.of("queries").relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith("federated/")).sorted().forEach(expected::add);
        }
        assertTrue(expected.size() >= 15, "the research and corpus queries: " + expected);
        for (String store : List.of("seed", "corpus")) {
            List<String> names = new ArrayList<>();
            for (JsonNode q : json.at("/queries/" + store)) {
                names.add(q.get("query").asText());
                assertNull(q.get("error"), store + " " + q);
                assertEquals(2, q.get("runs").asInt());
                assertTrue(q.get("minMs").asDouble() <= q.get("medianMs").asDouble()
                        && q.get("medianMs").asDouble() <= q.get("p99Ms").asDouble(), q.toString());
                assertEquals(q.get("maxMs").asDouble(), q.get("p99Ms").asDouble(), "p99 of two runs is the slower: " + q);
            }
            assertEquals(expected, names.stream().sorted().toList(), store);
        }
        assertTrue(json.at("/queries/skipped").asText().contains("federated"));
        assertTrue(json.at("/queries/seed/0/rows").asLong() > 0, "the seed's headline figures: " + json.at("/queries/seed/0"));
    }

    @Test
    void serveLaunchIsSkippedWithANoteWhenNotRunningFromAJar() {
        JsonNode serve = json.get("serveStart");
        assertTrue(serve.get("skipped").asText().contains("jar"), serve.toString());
        assertFalse(serve.has("medianMs"));
        assertEquals(2500, serve.get("targetMs").asDouble());
    }

    @Test
    void aMissingCorpusIsOneLineAndExit2() {
        Cli.Result r = Cli.run("bench", "run", "--corpus", tmp.resolve("nowhere").toString(), "-o", tmp.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gwrkg: --corpus ") && r.err().contains("no such folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aCorpusWithoutReportsIsOneLineAndExit2() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-corpus"));
        Cli.Result r = Cli.run("bench", "run", "--corpus", empty.toString(), "-o", tmp.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no report files"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aStoreDirectoryThatIsNotEmptyIsRefusedBeforeMeasuring() throws IOException {
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run("bench", "run", "--reports", "1", "--store", full.toString(), "-o", tmp.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("mine", Files.readString(full.resolve("notes.txt")));
        assertFalse(Files.exists(tmp.resolve("x.json")), "no figures written");
    }

    @Test
    void aCorpusAndReportsTogetherAreRefused() {
        Cli.Result r = Cli.run("bench", "run", "--corpus", "seeds", "--reports", "2");
        assertEquals(2, r.code());
        assertNotNull(r.err());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }
}
