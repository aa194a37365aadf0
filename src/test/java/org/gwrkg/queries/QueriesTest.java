package org.gwrkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.gwrkg.Pipeline;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.rdf.GWR;
import org.gwrkg.rdf.Ontology;
import org.gwrkg.rdf.RdfMapper;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each research query of {@code queries/} on the seed report, loaded as the SPARQL endpoint
 * loads it (the report's named graph plus the graphs of the ontology and its vocabularies, queried
 * through the union default graph), and checks its answer against what the report says.
 */
class QueriesTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path SEED = Path.of("seeds", "yongchuan-2025-government-work-report.txt");
    /** The line of a per-report query that picks the latest report. */
    private static final String SCOPE = "ORDER BY DESC(?year) ?report LIMIT 1 }";

    private static Dataset union;
    private static ReportGraph seedGraph;
    private static String text;

    @BeforeAll
    static void loadSeed() {
        Pipeline pipeline = new Pipeline();
        Extraction x = pipeline.extract(SEED, ReportMetadata.EMPTY);
        text = x.text();
        seedGraph = pipeline.toRdf(x);
        union = store(List.of(seedGraph)).unionView();
    }

    // ------------------------------------------------------------------ all queries

    @Test
    void everyQueryParsesAndSaysWhatItAnswers() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 8, "at least 8 research queries, found " + files.size());
        for (Path f : files) {
            QueryRows.assertWellFormed(f);
        }
    }

    @Test
    void everyQueryAnswersOnTheSeed() throws IOException {
        for (Path f : queryFiles()) {
            assertFalse(run(f.getFileName().toString()).isEmpty(), f + " gives no rows on the seed");
        }
    }

    // ------------------------------------------------------------------ one test per query

    @Test
    void q01HeadlineFigures() {
        List<Map<String, String>> rows = run("01-headline-figures.rq");
        assertTrue(rows.stream().allMatch(r -> "永川区".equals(r.get("region")) && "2024".equals(r.get("period"))),
                "every headline figure carries the report's region and period");
        Map<String, String> gdp = one(rows, r -> "地区生产总值".equals(r.get("indicator"))
                && (GWR.NS + "changeRate").equals(r.get("measure")));
        assertNumber("2", gdp.get("value"));
        assertEquals("percent", gdp.get("unit"));
        assertTrue(gdp.get("qualifiers").contains("estimate"), "预计全年地区生产总值增长2% is an estimate: " + gdp);
        Map<String, String> fai = one(rows, r -> "固定资产投资".equals(r.get("indicator"))
                && (GWR.NS + "level").equals(r.get("measure")));
        assertNumber("27500000000", fai.get("value"));
        assertEquals("CNY", fai.get("unit"));
        Set<String> indicators = rows.stream().map(r -> r.get("indicator")).collect(Collectors.toSet());
        assertTrue(indicators.containsAll(Set.of("社会消费品零售总额", "一般公共预算收入", "实际使用外资", "进出口总额")),
                "headline indicators found: " + indicators);
        assertTrue(indicators.stream().noneMatch(i -> i.contains("合同额")), "合同额 is not a headline figure");
    }

    @Test
    void q02FiguresWithSources() {
        List<Map<String, String>> rows = run("02-figures-with-sources.rq");
        assertTrue(rows.size() >= 100, "the seed has over 100 figures, the query gives " + rows.size());
        Map<String, String> contract = one(rows, r -> "合同额".equals(r.get("indicator")));
        assertEquals("711亿元", contract.get("rawValue"));
        assertTrue(contract.get("quote").contains("711亿元"), contract.toString());
        int last = -1;
        for (Map<String, String> r : rows) {
            int start = Integer.parseInt(r.get("start"));
            assertTrue(start >= last, "rows are in the order of the report");
            last = start;
        }
    }

    @Test
    void q03ProjectsByStatus() {
        List<Map<String, String>> rows = run("03-projects-by-status.rq");
        assertTrue(rows.stream().anyMatch(r -> "永津高速".equals(r.get("project")) && "建成".equals(r.get("status"))
                && "completed".equals(r.get("statusEn"))), "永津高速全线贯通: completed");
        assertTrue(rows.stream().anyMatch(r -> r.get("project").contains("科技片场") && "开工".equals(r.get("status"))),
                "科技片场（二期）启动建设: started");
        assertTrue(rows.stream().anyMatch(r -> r.get("project").contains("成渝高速改扩建") && "开工".equals(r.get("status"))),
                "成渝高速改扩建项目开工建设: started");
        // the count per status is the number of distinct projects listed with that status
        Map<String, Set<String>> byStatus = new HashMap<>();
        for (Map<String, String> r : rows) {
            byStatus.computeIfAbsent(r.get("status"), k -> new java.util.HashSet<>()).add(r.get("project"));
        }
        for (Map<String, String> r : rows) {
            assertEquals(byStatus.get(r.get("status")).size(), Integer.parseInt(r.get("projectsWithStatus")),
                    "count of status " + r.get("status"));
        }
        int previous = Integer.MAX_VALUE;
        for (Map<String, String> r : rows) {
            int n = Integer.parseInt(r.get("projectsWithStatus"));
            assertTrue(n <= previous, "commonest status first");
            previous = n;
        }
    }

    @Test
    void q04OrganisationsAndPartnerProjects() {
        List<Map<String, String>> rows = run("04-organisations-and-partner-projects.rq");
        Map<String, String> r = one(rows, x -> "腾盾科创".equals(x.get("organisation"))
                && "无人机研发制造基地".equals(x.get("project")));
        assertTrue(r.get("quote").contains("联合腾盾科创共建无人机研发制造基地"), r.toString());
        assertEquals("1", r.get("projectsOfOrganisation"));
    }

    @Test
    void q05SectorsAndLinkedEntities() {
        List<Map<String, String>> rows = run("05-sectors-and-linked-entities.rq");
        Map<String, String> manufacturing = one(rows, r -> "先进制造业".equals(r.get("sector")));
        assertTrue(Integer.parseInt(manufacturing.get("linked")) >= 3, manufacturing.toString());
        assertTrue(manufacturing.get("members").contains("长城汽车(Organization)"), manufacturing.toString());
        assertEquals(Integer.parseInt(manufacturing.get("linked")),
                manufacturing.get("members").split("、(?![^（]*）)").length, "members list every linked entity");
        int previous = Integer.MAX_VALUE;
        for (Map<String, String> r : rows) {
            int n = Integer.parseInt(r.get("linked"));
            assertTrue(n <= previous, "sectors with most links first");
            assertTrue(Integer.parseInt(r.get("projects")) + Integer.parseInt(r.get("organisations")) <= n);
            previous = n;
        }
    }

    @Test
    void q06DesignationsWon() {
        List<Map<String, String>> rows = run("06-designations-won.rq");
        assertTrue(rows.size() >= 15, "the seed names over 15 designations won, the query gives " + rows.size());
        Map<String, String> r = one(rows, x -> "全国民族团结进步模范集体".equals(x.get("designation")));
        assertEquals("重庆文理学院附属中学", r.get("recipient"));
        assertEquals("Organization", r.get("recipientType"));
        assertTrue(r.get("quote").contains("获评全国民族团结进步模范集体"), r.toString());
        assertTrue(rows.stream().anyMatch(x -> "国家三级综合医院".equals(x.get("designation"))
                && "区人民医院".equals(x.get("recipient"))), "区人民医院成功创建国家三级综合医院");
    }

    @Test
    void q06ScenicSpotRating() {
        List<Map<String, String>> rows = run("06-designations-won.rq");
        assertTrue(rows.stream().anyMatch(x -> x.get("designation").contains("4A级旅游景区")
                && x.get("recipient").contains("松溉古镇")), "松溉古镇成功创建4A级旅游景区");
    }

    @Test
    void q07FiguresThatFell() {
        List<Map<String, String>> rows = run("07-figures-that-fell.rq");
        assertNumber("-17", one(rows, r -> "固定资产投资".equals(r.get("indicator"))).get("value"));
        assertNumber("-23", one(rows, r -> "进出口总额".equals(r.get("indicator"))).get("value"));
        assertNumber("-3", one(rows, r -> "规上工业增加值".equals(r.get("indicator"))).get("value"));
        for (Map<String, String> r : rows) {
            assertTrue(new BigDecimal(r.get("value")).signum() < 0, "only falls: " + r);
            assertTrue(r.get("quote").contains("下降") || r.get("quote").contains("减少"), "a fall is worded so: " + r);
        }
    }

    @Test
    void q08HedgedFigures() {
        List<Map<String, String>> rows = run("08-hedged-figures.rq");
        List<Map<String, String>> estimates = rows.stream().filter(r -> "estimate".equals(r.get("qualifier"))).toList();
        assertTrue(estimates.size() >= 4, "预计 covers the year's main figures: " + estimates);
        Map<String, String> gdp = one(estimates, r -> "地区生产总值".equals(r.get("indicator")));
        assertNumber("2", gdp.get("value"));
        assertTrue(gdp.get("quote").contains("预计"), gdp.toString());
        assertTrue(rows.stream().allMatch(r -> Set.of("estimate", "target").contains(r.get("qualifier"))));
    }

    @Test
    void q08FallsAreOutturnsNotTargets() {
        List<Map<String, String>> rows = run("08-hedged-figures.rq");
        assertTrue(rows.stream().noneMatch(r -> "target".equals(r.get("qualifier"))
                && r.get("quote").contains("分别下降")), rows.toString());
    }

    @Test
    void q09EntitiesAndFactCounts() {
        List<Map<String, String>> rows = run("09-entities-and-fact-counts.rq");
        Set<String> types = Set.of("Project", "Organization", "Sector", "Place", "Designation");
        assertTrue(rows.stream().allMatch(r -> types.contains(r.get("type"))), "only entity types");
        Map<String, String> manufacturing = one(rows, r -> "先进制造业".equals(r.get("entity")));
        assertEquals("Sector", manufacturing.get("type"));
        assertTrue(Integer.parseInt(manufacturing.get("facts")) >= 3, manufacturing.toString());
        Map<String, String> tengdun = one(rows, r -> "腾盾科创".equals(r.get("entity")));
        assertEquals("Organization", tengdun.get("type"));
        assertTrue(Integer.parseInt(tengdun.get("facts")) >= 2, "partner and sector: " + tengdun);
        assertTrue(rows.stream().map(r -> r.get("type")).collect(Collectors.toSet()).containsAll(types),
                "all five entity types are in the seed");
    }

    @Test
    void q10ProvenanceOfAnIndicator() {
        List<Map<String, String>> rows = run("10-provenance-of-an-indicator.rq");
        assertFalse(rows.isEmpty());
        for (Map<String, String> r : rows) {
            assertTrue(r.get("indicator").contains("地区生产总值"), r.toString());
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            assertEquals(text.substring(start, end), r.get("quote"), "the offsets point at the quote");
            assertEquals(SEED.getFileName().toString(), r.get("source"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("quote").contains("预计全年地区生产总值增长2%")), rows.toString());
    }

    @Test
    void q11IndicatorAcrossReports() {
        List<Map<String, String>> rows = run("11-indicator-across-reports.rq");
        Map<String, String> fall = one(rows, r -> "规上工业增加值".equals(r.get("wording")));
        assertEquals("规模以上工业增加值", fall.get("indicator"), "the concept's label, not the report's words");
        assertEquals("industrial-value-added-above-scale", fall.get("code"));
        assertEquals(GWR.NS + "changeRate", fall.get("measure"));
        assertNumber("-3", fall.get("value"));
        assertEquals("http://qudt.org/vocab/unit/PERCENT", fall.get("unit"));
        assertEquals("百分比", fall.get("unitLabel"), "the unit's label comes from units.ttl");
        assertEquals("永川区", fall.get("region"));
    }

    /** A second report that words the indicator in full meets the seed at the same concept. */
    @Test
    void q11MeetsAcrossReportsWhateverTheWording() {
        ReportGraph second = qianjiang("2024", "全区规模以上工业增加值", "7.2");
        List<Map<String, String>> rows = run("11-indicator-across-reports.rq", store(List.of(seedGraph, second)).unionView());
        assertEquals(Set.of("永川区", "黔江区"), rows.stream().map(r -> r.get("region")).collect(Collectors.toSet()));
        assertTrue(rows.stream().allMatch(r -> "规模以上工业增加值".equals(r.get("indicator"))), rows.toString());
        Map<String, String> qianjiang = one(rows, r -> "黔江区".equals(r.get("region")));
        assertEquals("全区规模以上工业增加值", qianjiang.get("wording"));
        assertNumber("7.2", qianjiang.get("value"));
    }

    /**
     * Queries 01 to 10 are about one report, by default the latest in the store: on a store of the seed
     * (reviewing 2024) and an earlier report, each gives the seed's rows, the same rows as the query
     * without its scope line gives for the seed, which also lists the earlier report's.
     */
    @Test
    void perReportQueriesAnswerForTheLatestReport() throws IOException {
        ReportGraph earlier = qianjiang("2023", "全区地区生产总值", "6.1");
        Dataset two = store(List.of(seedGraph, earlier)).unionView();
        String seedReport = seedGraph.graphName();
        int narrowed = 0;
        for (Path f : queryFiles()) {
            String query = Files.readString(f);
            if (!query.contains(SCOPE)) {
                continue;
            }
            List<Map<String, String>> scoped = QueryRows.select(query, two);
            List<Map<String, String>> all = QueryRows.select(query.lines().filter(l -> !l.contains(SCOPE))
                    .collect(Collectors.joining("\n")), two);
            assertFalse(scoped.isEmpty(), f + " gives no rows for the seed");
            assertEquals(sorted(all.stream().filter(r -> seedReport.equals(r.get("report"))).toList()), sorted(scoped),
                    f + ": the seed's rows of the unscoped query");
            if (all.size() > scoped.size()) {
                narrowed++;
            }
        }
        assertTrue(narrowed >= 3, "01, 02 and 10 list the earlier report's growth of 地区生产总值 without the scope");
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A report of 黔江区 reviewing {@code period} whose one sentence gives the growth of
     * {@code indicator}, in percent.
     */
    private static ReportGraph qianjiang(String period, String indicator, String percent) {
        String sentence = indicator + "增长" + percent + "%。";
        int published = Integer.parseInt(period) + 1;
        ReportMetadata meta = new ReportMetadata("黔江区", "500114", "重庆市", published + "-01-15", period,
                published + "年黔江区政府工作报告", "区长");
        Metric growth = new Metric(indicator, null, Measure.CHANGE_RATE, new BigDecimal(percent), "percent",
                percent + "%", Set.of(), new Evidence(0, sentence.length(), sentence));
        return new RdfMapper().map(new Extraction("qianjiang-" + period + ".txt", meta, sentence, List.of(growth), List.of(), List.of()));
    }

    /** A store as the endpoint builds it: each report's graph, and the ontology and vocabularies once. */
    private static KnowledgeStore store(List<ReportGraph> graphs) {
        KnowledgeStore store = KnowledgeStore.inMemory();
        graphs.forEach(g -> store.putGraph(g.graphName(), g.model()));
        Ontology.graphs().forEach(store::putGraph);
        return store;
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** Runs a query file on the seed's union view; each row maps variables to lexical forms or IRIs. */
    private static List<Map<String, String>> run(String file) {
        return run(file, union);
    }

    /** Runs a query file on a dataset. */
    private static List<Map<String, String>> run(String file, Dataset data) {
        return QueryRows.select(QUERIES.resolve(file), data);
    }

    /** Rows comparable as a multiset; GROUP_CONCAT lists (joined with 、) come in any order, so sorted too. */
    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(r -> {
            Map<String, String> row = new TreeMap<>();
            r.forEach((k, v) -> row.put(k, v == null ? null : Stream.of(v.split("、")).sorted().collect(Collectors.joining("、"))));
            return row.toString();
        }).sorted().toList();
    }

    private static Map<String, String> one(List<Map<String, String>> rows, Predicate<Map<String, String>> p) {
        List<Map<String, String>> hits = rows.stream().filter(p).toList();
        assertEquals(1, hits.size(), "expected exactly one matching row, got " + hits);
        return hits.get(0);
    }

    private static void assertNumber(String expected, String actual) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0,
                "expected " + expected + " but was " + actual);
    }
}
