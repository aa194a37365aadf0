package org.gwrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
    private static Path plot;

    @BeforeAll
    static void runOnce() throws IOException {
        store = tmp.resolve("kept-store");
        Path output = tmp.resolve("bench.json");
        run = Cli.run("bench", "run", "--reports", Integer.toString(REPORTS), "--warmup-seconds", "0", "--warmup", "1",
                "--runs", "2", "--scale", "2,1", "--store", store.toString(), "--work-dir", tmp.resolve("work").toString(), "-o", output.toString());
        assertEquals(0, run.code(), run.err());
        json = new ObjectMapper().readTree(output.toFile());
        plot = tmp.resolve("bench-scaling.png");
    }

    @Test
    void writesEverySection() {
        for (String section : List.of("started", "seconds", "machine", "loadAverageEnd", "corpus", "warmup", "extraction", "rdf",
                "tdb2Load", "batch", "queries", "serveStart", "heap", "scaling")) {
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
    void batchLoadsTheWholeCorpusWithAllThreadsAndWithOne() {
        JsonNode batch = json.get("batch");
        long rdf = json.at("/rdf/units").asLong();
        long chars = json.at("/corpus/chars").asLong();
        for (String run : List.of("parallel", "oneThread")) {
            JsonNode r = batch.get(run);
            assertEquals(REPORTS, r.get("reports").asInt(), run);
            assertEquals(rdf, r.get("triples").asLong(), run + ": the same triples as the single-threaded mapping");
            assertEquals(chars / r.get("seconds").asDouble(), r.get("charsPerSecond").asDouble(), 1e-6 * r.get("charsPerSecond").asDouble());
            assertTrue(r.at("/store/apparentBytes").asLong() > 0, run);
            assertTrue(r.get("peakHeapBytes").asLong() > 0, run);
        }
        assertEquals(Runtime.getRuntime().availableProcessors(), batch.at("/parallel/threads").asInt(), "all cores by default");
        assertEquals(1, batch.at("/oneThread/threads").asInt());
        double speedUp = batch.at("/oneThread/seconds").asDouble() / batch.at("/parallel/seconds").asDouble();
        assertEquals(speedUp, batch.get("speedUp").asDouble(), 1e-9 * speedUp);
        assertEquals(1.7, batch.get("target").asDouble());
    }

    @Test
    void scalingHasAPointPerSizeAndAPlotBesideTheJson() throws IOException {
        JsonNode points = json.at("/scaling/points");
        assertEquals(2, points.size());
        for (int i = 0; i < 2; i++) {
            int n = i + 1;
            JsonNode p = points.get(i);
            assertEquals(n, p.get("reports").asInt(), "smallest first: " + points);
            long chars = CorpusGenerator.builder().reports(n).seed(CorpusGenerator.DEFAULT_SEED).build().stream()
                    .mapToLong(GeneratedReport::chars).sum();
            assertEquals(chars, p.get("chars").asLong(), "the corpus of " + n + " generated with the run's seed");
            assertTrue(p.get("triples").asLong() > 0 && p.get("seconds").asDouble() > 0, p.toString());
        }
        assertTrue(points.get(1).get("triples").asLong() > points.get(0).get("triples").asLong());
        assertEquals(plot.toString(), json.at("/scaling/plot").asText());
        BufferedImage png = ImageIO.read(plot.toFile());
        assertNotNull(png, "a PNG at " + plot);
        assertTrue(png.getWidth() >= 400 && png.getHeight() >= 300, png.getWidth() + "x" + png.getHeight());
        assertTrue(run.out().contains("scaling"), run.out());
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
