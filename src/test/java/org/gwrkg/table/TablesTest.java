package org.gwrkg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.gwrkg.corpus.TestCorpus;
import org.gwrkg.rdf.GWR;
import org.gwrkg.rdf.Iris;
import org.gwrkg.rdf.ReportGraph;
import org.gwrkg.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static KnowledgeStore store;

    @BeforeAll
    static void load() {
        store = TestCorpus.store();
    }

    @Test
    void reportsListsEachReportWithItsCounts() {
        Table t = Tables.reports(store.unionView());
        assertEquals(List.of("410425 2024", "440307 2023", "440307 2024", "500118 2024", "510117 2024"),
                IntStream.range(0, t.rows().size()).mapToObj(i -> t.cell(i, "regionCode") + " " + t.cell(i, "period")).toList(),
                "one row per report, by code and year");
        for (int i = 0; i < t.rows().size(); i++) {
            String graph = t.cell(i, "report");
            Model m = TestCorpus.graphs().stream().filter(g -> g.graphName().equals(graph)).findFirst().orElseThrow().model();
            assertEquals(m.listSubjectsWithProperty(RDF.type, GWR.Observation).toList().size(),
                    Integer.parseInt(t.cell(i, "observations")), graph);
            assertEquals(m.listSubjectsWithProperty(RDF.type, RDF.Statement).toList().size(),
                    Integer.parseInt(t.cell(i, "relations")), graph);
            long entities = m.listSubjects().filterKeep(s -> List.of(GWR.Project, GWR.Organization, GWR.Sector, GWR.Place,
                    GWR.Designation).stream().anyMatch(c -> s.hasProperty(RDF.type, c))).toList().size();
            assertEquals(entities, Integer.parseInt(t.cell(i, "entities")), graph);
        }
        assertEquals("郫都区", t.cell(4, "region"));
    }

    @Test
    void metricsHasOneRowPerObservationWithItsContext() {
        Table t = Tables.metrics(store.unionView());
        assertEquals(List.of("regionCode", "region", "period", "indicator", "notation", "indicatorText", "measure", "value",
                "unit", "raw", "qualifiers", "sentence", "report", "source"), t.columns());
        long observations = TestCorpus.graphs().stream()
                .mapToLong(g -> g.model().listSubjectsWithProperty(RDF.type, GWR.Observation).toList().size()).sum();
        assertEquals(observations, t.rows().size());
        Map<String, String> pidu = row(t, r -> "510117".equals(r.get("regionCode")) && "地区生产总值".equals(r.get("indicatorText")));
        assertEquals("郫都区", pidu.get("region"));
        assertEquals("2024", pidu.get("period"));
        assertEquals("changeRate", pidu.get("measure"));
        assertEquals("6.8", pidu.get("value"));
        assertEquals("percent", pidu.get("unit"));
        assertEquals("6.8%", pidu.get("raw"));
        assertEquals(Iris.indicator("gdp"), pidu.get("indicator"), "the concept, not the wording");
        assertEquals("gdp", pidu.get("notation"), "from the indicators vocabulary");
        assertTrue(pidu.get("sentence").contains("地区生产总值增长6.8%"), pidu.toString());
        assertEquals(Iris.report("510117-2024"), pidu.get("report"));
        assertEquals("pidu-2024-report.txt", pidu.get("source"));
        Map<String, String> jiaxian = row(t, r -> "410425".equals(r.get("regionCode")) && "地区生产总值".equals(r.get("indicatorText")));
        assertEquals("estimate", jiaxian.get("qualifiers"));
    }

    @Test
    void notationComesFromTheVocabularyGraphAndOnlyThere() {
        Table t = Tables.metrics(store.unionView());
        int withNotation = 0;
        for (int i = 0; i < t.rows().size(); i++) {
            String indicator = t.cell(i, "indicator");
            String expected = indicator.startsWith(GWR.ID + "indicator/") ? indicator.substring(indicator.lastIndexOf('/') + 1) : "";
            assertEquals(expected, t.cell(i, "notation"), "a concept of the standard scheme has its notation: " + indicator);
            withNotation += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withNotation >= 20, "the corpus's headline figures are standard indicators: " + withNotation);
        // The report graphs alone name their concepts but do not carry the vocabulary's notations.
        KnowledgeStore reportsOnly = KnowledgeStore.inMemory();
        TestCorpus.graphs().forEach(g -> reportsOnly.putGraph(g.graphName(), g.model()));
        Table bare = Tables.metrics(reportsOnly.unionView());
        assertEquals(t.rows().size(), bare.rows().size(), "the notation adds no rows");
        for (int i = 0; i < bare.rows().size(); i++) {
            assertEquals("", bare.cell(i, "notation"));
        }
    }

    @Test
    void entitiesHasOneRowPerEntityOfEachReport() {
        Table t = Tables.entities(store.unionView());
        long expected = TestCorpus.graphs().stream().mapToLong(TablesTest::entityCount).sum();
        assertEquals(expected, t.rows().size());
        Map<String, String> huarui = row(t, r -> "410425".equals(r.get("regionCode")) && "华瑞微电子科技有限公司".equals(r.get("name")));
        assertEquals("Organization", huarui.get("type"));
        assertEquals("郏县", huarui.get("region"));
        assertTrue(Integer.parseInt(huarui.get("mentions")) >= 1);
        assertTrue(huarui.get("sentence").contains("华瑞微电子科技有限公司"), huarui.toString());
    }

    private static long entityCount(ReportGraph g) {
        return g.model().listSubjects().filterKeep(s -> List.of(GWR.Project, GWR.Organization, GWR.Sector, GWR.Place,
                GWR.Designation).stream().anyMatch(c -> s.hasProperty(RDF.type, c))).toList().size();
    }

    private static Map<String, String> row(Table t, java.util.function.Predicate<Map<String, String>> p) {
        List<Map<String, String>> hits = IntStream.range(0, t.rows().size())
                .mapToObj(i -> IntStream.range(0, t.columns().size()).boxed()
                        .collect(Collectors.toMap(c -> t.columns().get(c), c -> t.rows().get(i).get(c))))
                .filter(p).toList();
        assertEquals(1, hits.size(), "exactly one row expected: " + hits);
        return hits.get(0);
    }
}
