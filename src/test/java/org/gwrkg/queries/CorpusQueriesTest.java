package org.gwrkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.system.Txn;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.store.CorpusLoader;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison queries of {@code queries/corpus/} on the test corpus (the seed plus synthetic
 * reports of 龙岗区 for 2023 and 2024, 郏县 and 郫都区), and the federated query of
 * {@code queries/federated/}, which cannot reach Wikidata offline: its own part is checked instead.
 */
class CorpusQueriesTest {

    private static final Path CORPUS = Path.of("queries/corpus");
    private static final Path FEDERATED = Path.of("queries/federated");
    private static Dataset union;

    @BeforeAll
    static void load() {
        union = TestCorpus.store().unionView();
    }

    @Test
    void everyQueryParsesAndSaysWhatItAnswers() throws IOException {
        List<Path> files = new ArrayList<>(files(CORPUS));
        files.addAll(files(FEDERATED));
        assertTrue(files(CORPUS).size() >= 4, "four comparison queries at least: " + files);
        for (Path f : files) {
            QueryRows.assertWellFormed(f);
        }
    }

    @Test
    void oneIndicatorAcrossDistrictsAndYears() {
        List<Map<String, String>> rows = QueryRows.select(CORPUS.resolve("01-indicator-across-districts.rq"), union);
        Set<String> got = rows.stream()
                .map(r -> r.get("regionCode") + " " + r.get("period") + " " + new BigDecimal(r.get("value")).stripTrailingZeros().toPlainString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("440307 2023 5.1", "440307 2024 5.8", "510117 2024 6.8", "410425 2024 6.2", "500118 2024 2"), got,
                "GDP growth of each report, and no planned figure: " + rows);
        assertEquals(5, rows.size(), "one row per report: " + rows);
        Map<String, String> jiaxian = rows.stream().filter(r -> "410425".equals(r.get("regionCode"))).findFirst().orElseThrow();
        assertEquals("true", jiaxian.get("estimated"), "预计全年地区生产总值增长6.2%");
        assertEquals("郏县", jiaxian.get("region"));
        assertEquals(List.of("2023", "2024", "2024", "2024", "2024"), rows.stream().map(r -> r.get("period")).toList(),
                "earlier years first");
        List<BigDecimal> values2024 = rows.stream().filter(r -> "2024".equals(r.get("period")))
                .map(r -> new BigDecimal(r.get("value"))).toList();
        for (int i = 1; i < values2024.size(); i++) {
            assertTrue(values2024.get(i - 1).compareTo(values2024.get(i)) >= 0, "fastest growth first: " + values2024);
        }
    }

    @Test
    void twoDistrictComparisonGivesExactlyTheirRows() {
        // Only 龙岗区's 2024 report and 郫都区's report loaded: one row each, nothing else.
        List<ReportGraph> two = TestCorpus.graphs().stream()
                .filter(g -> g.graphName().endsWith("/440307-2024") || g.graphName().endsWith("/510117-2024")).toList();
        assertEquals(2, two.size());
        List<Map<String, String>> rows = QueryRows.select(CORPUS.resolve("01-indicator-across-districts.rq"), TestCorpus.store(two).unionView());
        assertEquals(List.of("510117 郫都区 6.8", "440307 龙岗区 5.8"),
                rows.stream().map(r -> r.get("regionCode") + " " + r.get("region") + " " + r.get("value")).toList());
    }

    @Test
    void districtsSharingADesignation() {
        List<Map<String, String>> rows = QueryRows.select(CORPUS.resolve("02-districts-sharing-a-designation.rq"), union);
        Map<String, Set<String>> byDesignation = new HashMap<>();
        for (Map<String, String> r : rows) {
            Set<String> codes = codes(r.get("regions"));
            assertEquals(Integer.parseInt(r.get("districts")), codes.size(), "the count is of the regions listed: " + r);
            assertTrue(codes.size() >= 2, "only shared designations: " + r);
            byDesignation.put(r.get("designation"), codes);
        }
        assertEquals(Set.of("440307", "410425", "510117"), byDesignation.get("国家生态文明建设示范区"), rows.toString());
        assertEquals(Set.of("410425", "510117"), byDesignation.get("全国乡村振兴示范县"), rows.toString());
        assertFalse(byDesignation.containsKey("全国科技创新百强区"), "won by 龙岗区 alone, in both its years");
    }

    @Test
    void organisationsInSeveralDistricts() {
        List<Map<String, String>> rows = QueryRows.select(CORPUS.resolve("03-organisations-in-several-districts.rq"), union);
        Map<String, Map<String, String>> byName = rows.stream().collect(Collectors.toMap(r -> r.get("organisation"), r -> r));
        for (String company : List.of("华瑞微电子科技有限公司", "恒拓数智科技有限公司")) {
            Map<String, String> r = byName.get(company);
            assertTrue(r != null, company + " is named in 龙岗区 and 郏县: " + rows);
            assertEquals(Set.of("440307", "410425"), codes(r.get("regions")));
            assertEquals("2", r.get("districts"));
        }
        assertTrue(byName.get("华瑞微电子科技有限公司").get("projects").contains("化合物半导体研发制造基地"));
        assertFalse(byName.containsKey("蓉创生物科技有限公司"), "named by 郫都区 alone");
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("districts")) >= 2));
    }

    @Test
    void projectsThatChangedStatusBetweenTwoYears() {
        List<Map<String, String>> rows = QueryRows.select(CORPUS.resolve("04-project-status-changes.rq"), union);
        Set<String> got = rows.stream()
                .map(r -> r.get("regionCode") + " " + r.get("project") + " " + r.get("yearBefore") + ":" + r.get("statusBefore")
                        + " " + r.get("yearAfter") + ":" + r.get("statusAfter"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "440307 宝龙新能源汽车零部件产业园 2023:开工 2024:投用",
                "440307 坂田智能终端产业园 2023:在建 2024:建成",
                "440307 大运中心片区综合交通枢纽 2023:开工 2024:在建",
                "440307 区人民医院新院区 2023:开工 2024:投用"), got);
        assertTrue(rows.stream().allMatch(r -> r.get("sentence").contains(r.get("project"))),
                "the sentence of the later report names the project: " + rows);
    }

    @Test
    void federatedQueryCallsWikidataWithTheP442FormOfEachRegion() throws IOException {
        Path file = FEDERATED.resolve("01-regions-in-wikidata.rq");
        Query query = QueryFactory.create(Files.readString(file));
        List<OpService> services = new ArrayList<>();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op);
            }
        });
        assertEquals(1, services.size());
        assertEquals("https://query.wikidata.org/sparql", services.get(0).getService().getURI());
        assertTrue(services.get(0).getSubOp().toString().contains("<http://www.wikidata.org/prop/direct/P442>"));
        // Offline, run what the query sends to Wikidata from: the local part, without the SERVICE block.
        String local = Files.readString(file).replaceAll("(?s)SERVICE\\s*<[^>]+>\\s*\\{.*?\\n  }\\n", "")
                .replace("?item ?population ?area", "");
        List<Map<String, String>> rows = QueryRows.select(local, union);
        Map<String, String> codes = rows.stream().collect(Collectors.toMap(r -> r.get("regionCode"), r -> r.get("wikidataCode")));
        assertEquals(Map.of("500118", "50 01 18", "440307", "44 03 07", "410425", "41 04 25", "510117", "51 01 17"), codes);
    }

    @Test
    void reloadingTheCorpusChangesNothing() {
        KnowledgeStore store = TestCorpus.store();
        long triples = store.tripleCount();
        List<String> graphs = store.graphNames();
        List<Map<String, String>> before = QueryRows.select(CORPUS.resolve("04-project-status-changes.rq"), store.unionView());
        // Load every report again, freshly extracted from its file, into the same store.
        for (ReportGraph g : TestCorpus.extract(TestCorpus.files())) {
            CorpusLoader.loadReport(store, g);
        }
        CorpusLoader.loadShared(store);
        assertEquals(triples, store.tripleCount());
        assertEquals(graphs, store.graphNames());
        for (ReportGraph g : TestCorpus.graphs()) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(g.graphName()).isIsomorphicWith(g.model())),
                    g.graphName() + " is as first loaded");
        }
        assertEquals(before, QueryRows.select(CORPUS.resolve("04-project-status-changes.rq"), store.unionView()));
    }

    // ------------------------------------------------------------------ helpers

    /** The codes of a list such as 郏县(410425)、龙岗区(440307). */
    private static Set<String> codes(String regions) {
        return Arrays.stream(regions.split("、")).map(s -> s.replaceAll(".*\\((\\d{6})\\)$", "$1")).collect(Collectors.toSet());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }
}
