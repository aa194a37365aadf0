package org.gwrkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gwrkg.Pipeline;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8 clients on loopback, each on its own connection, sending the research queries of
 * {@code queries/} and {@code queries/corpus/} in turn for a bounded time, against a TDB2 store
 * holding the seed alone and then a corpus of 100 reports. It reports throughput and latency
 * (printed, and written to target/load-test.txt) and fails on any error or on heap growth.
 * {@code -Dgwrkg.loadtest.seconds=N} sets the time per corpus (default 20).
 */
class LoadTest {

    private static final int CLIENTS = 8;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("gwrkg.loadtest.seconds", 20));
    /** Heap growth allowed between before and after a run, both measured after a full GC. */
    private static final long MAX_GROWTH_BYTES = 48L << 20;
    private static final Path REPORT = Path.of("target/load-test.txt");

    /** The report sources (seed and test corpus) are extracted again as these counties' reports. */
    private static final List<String> COUNTIES = List.of("110101 东城区", "120101 和平区", "130102 长安区",
            "140105 小店区", "150102 新城区", "210102 和平区", "220102 南关区", "230102 道里区", "310101 黄浦区",
            "320102 玄武区", "330102 上城区", "340102 瑶海区", "350102 鼓楼区", "360102 东湖区", "370102 历下区",
            "410102 中原区", "420102 江岸区", "430102 芙蓉区", "440103 荔湾区", "450102 兴宁区");

    @TempDir
    Path dir;

    record Result(String corpus, int reports, long requests, long errors, double qps, double p50, double p99,
                  long heapBefore, long heapAfter) {
        String line() {
            return String.format(Locale.ROOT, "%-12s %7d reports  %6d requests  %3d errors  %7.1f q/s  p50 %6.1f ms  p99 %7.1f ms  heap %4d -> %4d MB",
                    corpus, reports, requests, errors, qps, p50, p99, heapBefore >> 20, heapAfter >> 20);
        }
    }

    @Test
    void eightClientsOnTheSeedAndOnAHundredReports() throws Exception {
        List<String> queries = queries();
        List<Result> results = new ArrayList<>();
        try (KnowledgeStore seed = KnowledgeStore.open(dir.resolve("seed"), true)) {
            CorpusLoader.loadShared(seed);
            CorpusLoader.loadReport(seed, TestCorpus.graphs().stream()
                    .filter(g -> g.graphName().endsWith("/500118-2024")).findFirst().orElseThrow());
            results.add(run("seed", 1, seed, queries));
        }
        try (KnowledgeStore hundred = KnowledgeStore.open(dir.resolve("hundred"), true)) {
            CorpusLoader.loadShared(hundred);
            int reports = hundredReports(hundred);
            assertEquals(100, reports);
            results.add(run("100 reports", reports, hundred, queries));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        for (Result r : results) {
            System.out.println("Load test: " + r.line());
            Files.writeString(REPORT, r.line() + "\n", StandardOpenOption.APPEND);
            assertEquals(0, r.errors(), r.line());
            assertTrue(r.requests() > CLIENTS, r.line());
            assertTrue(r.heapAfter() - r.heapBefore() < MAX_GROWTH_BYTES, "heap grew: " + r.line());
        }
    }

    /** The research queries that run on any corpus (not federated/, which calls Wikidata). */
    private static List<String> queries() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path d : List.of(Path.of("queries"), Path.of("queries/corpus"))) {
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /** The five sources, each extracted as the report of 20 counties for years 2019-2023 in turn: 100 reports. */
    private static int hundredReports(KnowledgeStore store) {
        Pipeline pipeline = new Pipeline();
        List<Path> sources = TestCorpus.files();
        int n = 0;
        for (int i = 0; n < 100; i++) {
            Path source = sources.get(i % sources.size());
            String[] county = COUNTIES.get(i % COUNTIES.size()).split(" ");
            String year = String.valueOf(2019 + (i / COUNTIES.size()));
            ReportGraph g = pipeline.toRdf(pipeline.extract(source,
                    new ReportMetadata(county[1], county[0], null, null, year, null, null)));
            CorpusLoader.loadReport(store, g);
            n++;
        }
        return n;
    }

    private static Result run(String name, int reports, KnowledgeStore store, List<String> queries) throws Exception {
        SparqlServer server = SparqlServer.builder(store).port(0).build().start();
        try {
            for (String q : queries) {
                assertEquals(200, send(HttpClient.newHttpClient(), server, q), "warm-up");
            }
            long heapBefore = usedHeapAfterGc();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long start = System.nanoTime();
            long end = start + RUN.toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    for (int i = first; System.nanoTime() < end; i++) {
                        long t = System.nanoTime();
                        int status = send(http, server, queries.get(i % queries.size()));
                        latencies.add(System.nanoTime() - t);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long heapAfter = usedHeapAfterGc();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(name, reports, sorted.size(), errors.get(), sorted.size() / seconds,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), heapBefore, heapAfter);
        } finally {
            server.stop();
        }
    }

    private static int send(HttpClient http, SparqlServer server, String query) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static double percentile(List<Long> sortedNanos, double p) {
        int i = (int) Math.ceil(p * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
