package org.gwrkg.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.gwrkg.Pipeline;
import org.gwrkg.rdf.Iris;
import org.gwrkg.read.ReportException;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.KnowledgeStore;
import org.gwrkg.store.StoreBuild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BatchLoader} on TDB2 stores: what a parallel load writes, what stops it, what it reports. */
class BatchLoaderTest {

    private static final int REPORTS = 14;

    @TempDir
    Path dir;

    private List<Path> files;

    @BeforeEach
    void corpus() throws IOException {
        files = BatchCorpus.write(Files.createDirectory(dir.resolve("reports")), REPORTS);
    }

    /** Every quad of the store as sorted N-Quads: graphs are equal exactly when these are (no blank nodes). */
    private static String nquads(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            Txn.executeRead(kg.dataset(), () -> RDFDataMgr.write(b, kg.dataset(), Lang.NQUADS));
            List<String> lines = new ArrayList<>(b.toString(StandardCharsets.UTF_8).lines().toList());
            Collections.sort(lines);
            return String.join("\n", lines);
        }
    }

    private LoadSummary load(Path store, List<Path> inputs, BatchLoader loader) {
        try (KnowledgeStore kg = KnowledgeStore.open(store, true)) {
            return loader.load(inputs, kg);
        }
    }

    @Test
    void threadsAndInputOrderDoNotChangeWhatIsStored() {
        Path one = dir.resolve("one");
        LoadSummary sequential = load(one, files, BatchLoader.builder().threads(1).build());
        Path three = dir.resolve("three");
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        // Small transactions, so that reports ready together share one and others do not.
        LoadSummary parallel = load(three, reversed, BatchLoader.builder().threads(3).transactionTriples(2000).build());

        String expected = nquads(one);
        assertTrue(expected.lines().count() > 10_000, "a store of some size: " + expected.lines().count());
        assertEquals(expected, nquads(three));
        assertEquals(sequential.triples(), parallel.triples());
        assertEquals(REPORTS, parallel.reports());
        assertEquals(3, parallel.threads());
    }

    @Test
    void eachReportOnItsOwnGivesOneTransactionPerReport() {
        LoadSummary s = load(dir.resolve("kg"), files, BatchLoader.builder().threads(2).transactionTriples(1).build());
        assertEquals(REPORTS, s.transactions());
    }

    @Test
    void transactionsGrowWithTheLoad() {
        List<List<LoadedReport>> transactions = new ArrayList<>();
        BatchLoader loader = BatchLoader.builder().threads(2).growingTransactions(3000).listener(new BatchListener() {
            @Override
            public void committed(List<LoadedReport> reports) {
                transactions.add(reports);
            }
        }).build();
        LoadSummary s = load(dir.resolve("kg"), files, loader);
        assertEquals(s.transactions(), transactions.size());
        assertTrue(transactions.size() > 1 && transactions.size() < REPORTS, "transactions: " + transactions.size());
        long before = 0;
        for (int i = 0; i < transactions.size(); i++) {
            long in = transactions.get(i).stream().mapToLong(LoadedReport::triples).sum();
            long withoutLast = in - transactions.get(i).get(transactions.get(i).size() - 1).triples();
            if (i < transactions.size() - 1) {
                assertTrue(in >= Math.max(3000, before / 2), "transaction " + i + " holds " + in + " after " + before);
            }
            assertTrue(withoutLast < Math.max(3000, before / 2), "transaction " + i + " went on after it was full");
            before += in;
        }
        assertEquals(REPORTS, transactions.stream().mapToInt(List::size).sum());
    }

    @Test
    void aSmallBatchIsOneTransaction() {
        assertEquals(1, load(dir.resolve("kg"), files, BatchLoader.builder().threads(2).build()).transactions());
    }

    @Test
    void theSummaryCountsWhatTheStoreHolds() {
        Path store = dir.resolve("kg");
        LoadSummary s = load(store, files, BatchLoader.builder().threads(2).build());
        Pipeline pipeline = new Pipeline();
        long chars = files.stream().mapToLong(f -> pipeline.read(f, ReportMetadata.EMPTY).text().length()).sum();
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            List<String> reports = kg.graphNames().stream().filter(g -> g.startsWith(Iris.report(""))).toList();
            assertEquals(reports.size(), s.reports());
            assertEquals(reports.stream().mapToLong(kg::tripleCount).sum(), s.triples());
        }
        assertEquals(chars, s.chars());
        assertTrue(s.transactions() >= 1 && s.transactions() <= REPORTS, "transactions " + s.transactions());
        assertTrue(s.seconds() >= s.readSeconds() && s.seconds() > 0 && s.extractSeconds() > 0 && s.writeSeconds() > 0
                && s.extractCpuSeconds() > 0 && s.writeCpuSeconds() > 0, s.details());
        assertTrue(s.line().startsWith("Loaded " + REPORTS + " reports (" + LoadSummary.amount(chars) + " chars, "
                + LoadSummary.amount(s.triples()) + " triples) in "), s.line());
        assertTrue(s.line().endsWith(", 2 threads"), s.line());
    }

    @Test
    void aBadFileInTheMiddleStopsTheBatchBeforeTheStoreIsTouched() throws IOException {
        Path store = dir.resolve("kg");
        load(store, files.subList(0, 2), BatchLoader.builder().build());
        String before = nquads(store);
        Path bad = files.get(REPORTS / 2);
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 7});
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        BatchLoader loader = BatchLoader.builder().threads(2).listener(new BatchListener() {
            @Override
            public void loadingStarted(int reports, long chars, int threads) {
                events.add("loading");
            }

            @Override
            public void writing(ReportInput report) {
                events.add("writing " + report.file());
            }
        }).build();
        ReportException e;
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            e = assertThrows(ReportException.class, () -> loader.load(files, kg));
        }
        assertTrue(e.getMessage().startsWith(bad + ": is a binary file"), e.getMessage());
        assertEquals(List.of(), events, "nothing was extracted or written");
        assertEquals(before, nquads(store));
    }

    @Test
    void twoFilesOfOneReportAreRefusedByName() throws IOException {
        Path twin = dir.resolve("reports/twin.txt");
        Files.copy(files.get(0), twin);
        Files.copy(dir.resolve("reports/r000.json"), dir.resolve("reports/twin.json"));
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(twin);
        ReportException e = assertThrows(ReportException.class, () -> BatchLoader.builder().build().read(inputs));
        assertTrue(e.getMessage().contains(twin + " and " + files.get(0) + " are both the report "
                + Iris.report("110101-2015")), e.getMessage());
    }

    @Test
    void aFileChangedAfterReadingStopsTheLoadAndKeepsTheReportsCommittedBeforeIt() throws IOException {
        Path store = dir.resolve("kg");
        BatchLoader loader = BatchLoader.builder().threads(1).transactionTriples(1).build();
        Batch batch = loader.read(files);
        Path changed = files.get(3);
        Files.writeString(dir.resolve("reports/r003.json"), "{\"regionCode\": \"110101\", \"period\": \"1999\"}");
        try (KnowledgeStore kg = KnowledgeStore.open(store, true)) {
            ReportException e = assertThrows(ReportException.class, () -> loader.load(batch, kg));
            assertTrue(e.getMessage().startsWith(changed + ": changed during the load"), e.getMessage());
            List<String> loaded = kg.graphNames().stream().filter(g -> g.startsWith(Iris.report(""))).toList();
            // One thread extracts in input order and each report is committed on its own: those before
            // the changed file are in, whole; it and those after it are not.
            List<String> expected = batch.reports().subList(0, 3).stream().map(ReportInput::graphName).sorted().toList();
            assertEquals(expected, loaded);
            assertFalse(loaded.contains(Iris.report("110101-1999")));
        }
    }

    @Test
    void aNewStoreWrittenByTheBulkLoaderHoldsWhatTransactionsWrite() {
        Path transactional = dir.resolve("transactional");
        LoadSummary expected = load(transactional, files, BatchLoader.builder().threads(2).transactionTriples(5000).build());
        Path bulk = dir.resolve("bulk");
        LoadSummary summary = BatchLoader.builder().threads(2).build().load(files, bulk);

        assertEquals(1, summary.transactions(), "the bulk loader commits once");
        assertEquals(expected.triples(), summary.triples());
        assertEquals(nquads(transactional), nquads(bulk));
        assertFalse(Files.exists(StoreBuild.workingDirectory(bulk)), "the working directory became the store");
        try (var walk = Files.walk(bulk)) {
            assertTrue(walk.anyMatch(f -> f.getFileName().toString().equals("stats.opt")), "the optimiser's statistics are written");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFailedLoadOfANewStoreLeavesNoStoreAtThePath() throws IOException {
        Path store = dir.resolve("kg");
        BatchLoader loader = BatchLoader.builder().threads(1).build();
        Batch batch = loader.read(files);
        Files.writeString(dir.resolve("reports/r007.json"), "{\"regionCode\": \"110101\", \"period\": \"1999\"}");
        List<String> written = new ArrayList<>();
        BatchLoader watched = BatchLoader.builder().threads(1).listener(new BatchListener() {
            @Override
            public void written(LoadedReport report) {
                written.add(report.input().graphName());
            }
        }).build();

        ReportException e = assertThrows(ReportException.class, () -> watched.load(batch, store));
        assertTrue(e.getMessage().startsWith(files.get(7) + ": changed during the load"), e.getMessage());
        assertEquals(7, written.size(), "the reports before the changed one were handed to the loader");
        assertFalse(Files.exists(store), "no store, not even part of one");
        assertFalse(Files.exists(StoreBuild.workingDirectory(store)), "nor the directory it was written in");
    }

    @Test
    void anEmptyDirectoryBecomesTheNewStore() throws IOException {
        Path store = Files.createDirectory(dir.resolve("empty"));
        LoadSummary summary = BatchLoader.builder().threads(1).build().load(files.subList(0, 2), store);
        assertEquals(2, summary.reports());
        try (KnowledgeStore kg = KnowledgeStore.open(store, false)) {
            assertEquals(2, kg.graphNames().stream().filter(g -> g.startsWith(Iris.report(""))).count());
        }
    }

    @Test
    void anExistingStoreHasItsReportsReplacedInTransactions() {
        Path store = dir.resolve("kg");
        BatchLoader loader = BatchLoader.builder().threads(2).build();
        loader.load(files.subList(0, 5), store);
        LoadSummary again = loader.load(files, store);

        assertTrue(again.transactions() >= 1);
        Path direct = dir.resolve("direct");
        loader.load(files, direct);
        assertEquals(nquads(direct), nquads(store), "loading reports again replaces them, whole");
    }

    @Test
    void aLeftoverOfAKilledLoadIsRemoved() throws IOException {
        Path store = dir.resolve("kg");
        Path leftover = Files.createDirectories(StoreBuild.workingDirectory(store).resolve("Data-0001"));
        Files.writeString(leftover.resolve("GSPO.dat"), "half written");

        assertEquals(StoreBuild.workingDirectory(store), StoreBuild.removeLeftover(store).orElseThrow());
        assertFalse(Files.exists(StoreBuild.workingDirectory(store)));
        assertTrue(StoreBuild.removeLeftover(store).isEmpty(), "nothing left to remove");
    }

    @Test
    void theProgressBarShowsReportsDoneOfAll() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(b, true, StandardCharsets.UTF_8), 150);
        ReportInput a = new ReportInput(Path.of("a.txt"), Iris.report("a"), 12_000);
        ReportInput c = new ReportInput(Path.of("c.txt"), Iris.report("c"), 8_000);
        progress.loadingStarted(3, 30_000, 2);
        progress.written(new LoadedReport(a, 900));
        progress.written(new LoadedReport(c, 700));
        progress.stopped();
        String shown = b.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("2/3 reports"), shown);
        assertTrue(shown.contains("20/30 k chars"), shown);
    }

    @Test
    void withoutATerminalThereIsNoProgressBar() {
        // Tests run with input and output piped, as in CI: System.console() is null.
        assertEquals(BatchListener.NONE, TerminalProgress.onConsole());
    }

    @Test
    void amountsAreExactWhenSmallAndRoundedWhenLarge() {
        assertEquals("9999", LoadSummary.amount(9999));
        assertEquals("12.3 k", LoadSummary.amount(12_345));
        assertEquals("113 k", LoadSummary.amount(112_900));
        assertEquals("18.2 M", LoadSummary.amount(18_234_567));
        assertEquals("2 min 41 s", LoadSummary.duration(161));
        assertEquals("3.2 s", LoadSummary.duration(3.21));
    }
}
