package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.read.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptMatcherTest {

    private final ConceptMatcher indicators = ConceptMatcher.indicators();
    private final ConceptMatcher sectors = ConceptMatcher.sectors();

    /** Wordings as reports of other places write them, and the notation of the standard indicator they name. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            地区生产总值           | gdp
            生产总值               | gdp
            GDP                    | gdp
            ＧＤＰ                 | gdp
            gdp                    | gdp
            全县生产总值           | gdp
            全区地区生产总值       | gdp
            全市全年地区生产总值   | gdp
            全市GDP                | gdp
            人均地区生产总值增长率 | gdp-per-capita
            地区生产总值增速       | gdp
            经济总量               | gdp
            规上工业增加值         | industrial-value-added-above-scale
            规模以上工业增加值     | industrial-value-added-above-scale
            “规上工业增加值”       | industrial-value-added-above-scale
            规模以上 工业增加值    | industrial-value-added-above-scale
            规上工业总产值         | industrial-output-above-scale
            社零总额               | retail-sales
            全社会消费品零售总额   | retail-sales
            全社会固定资产投资     | fixed-asset-investment
            外贸进出口总额         | import-export
            实际利用外资           | fdi-utilised
            地方一般公共预算收入   | general-budget-revenue
            全体居民人均可支配收入 | disposable-income
            城镇常住居民人均可支配收入 | disposable-income-urban
            农民人均可支配收入     | disposable-income-rural
            全社会研发投入强度     | rd-intensity
            R&D经费投入强度        | rd-intensity
            粮食总产量             | grain-output
            接待游客               | tourist-arrivals
            游客总花费             | tourism-revenue
            新签约项目             | signed-projects
            合同额                 | signed-contract-value
            到位资金               | investment-attracted-funds
            本外币存贷款规模       | deposits-and-loans
            绿色金融贷款余额       | green-loans
            PM2.5浓度均值          | pm25-concentration
            常住人口城镇化率       | urbanisation-rate
            专精特新中小企业       | srdi-enterprises
            国家高新技术企业       | high-tech-enterprises
            完成固定资产投资       | fixed-asset-investment
            全年累计完成固定资产投资 | fixed-asset-investment
            实现地区生产总值       | gdp
            办结人大代表建议       | deputies-suggestions
            政协提案办理满意率     | cppcc-proposals-satisfaction
            区属国有企业资产总额   | soe-assets
            市属国有企业利润       | soe-profit
            """)
    void wordingsMatchTheirStandardIndicator(String wording, String notation) {
        ConceptMatcher.Match m = indicators.match(wording);
        assertTrue(m.standard(), wording + " is a standard indicator");
        assertEquals(Iris.indicator(notation), m.iri());
        assertEquals(GWR.SCHEMES.indicators, m.scheme());
    }

    /** Wordings that name no standard indicator, and the wording their own concept gets. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新建5G基站数量         | 新建5G基站数量
            全区新建充电桩         | 新建充电桩
            全年新增市级科技平台   | 新增市级科技平台
            “智慧停车位”           | 智慧停车位
            全区                   | 全区
            全市生产总值占比       | 生产总值占比
            新增高新技术企业       | 新增高新技术企业
            新建5G基站             | 新建5G基站
            实施矿山生态修复       | 实施矿山生态修复
            """)
    void otherWordingsGetTheirOwnConcept(String wording, String expected) {
        ConceptMatcher.Match m = indicators.match(wording);
        assertFalse(m.standard(), wording + " is no standard indicator");
        assertEquals(expected, m.label());
        assertEquals(Iris.indicatorWording(expected), m.iri());
        assertEquals(GWR.SCHEMES.indicatorWordings, m.scheme());
    }

    @Test
    void aClosingWordGoesOnlyWhenALabelIsLeft() {
        assertEquals(Iris.indicator("gdp"), indicators.match("地区生产总值增幅").iri());
        ConceptMatcher.Match m = indicators.match("科技企业增速");
        assertFalse(m.standard());
        assertEquals("科技企业增速", m.label(), "the closing word stays when no label is left");
        assertFalse(indicators.match("全区").standard());
        assertEquals("全区", indicators.wording("全区"), "an opening goes only when two characters are left");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            金融业                 | finance
            金融                   | finance
            文旅                   | culture-and-tourism
            文化旅游               | culture-and-tourism
            文化旅游产业           | culture-and-tourism
            数字经济领域           | digital-economy
            低空经济               | low-altitude-economy
            智能网联新能源汽车     | intelligent-connected-nev
            现代物流               | logistics
            医疗卫生               | medical-and-health
            卫生健康               | medical-and-health
            """)
    void sectorNamesMatchTheirConcept(String name, String notation) {
        ConceptMatcher.Match m = sectors.match(name);
        assertTrue(m.standard(), name);
        assertEquals(Iris.sector(notation), m.iri());
    }

    @Test
    void otherSectorNamesGetTheirOwnConcept() {
        ConceptMatcher.Match m = sectors.match("“元宇宙”");
        assertFalse(m.standard());
        assertEquals(Iris.sectorWording("元宇宙"), m.iri());
        assertEquals(GWR.SCHEMES.sectorWordings, m.scheme());
    }

    @Test
    void aLabelOfTwoConceptsIsRefused() {
        Model m = ModelFactory.createDefaultModel().read(new StringReader("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <http://example.org/a> skos:inScheme <http://example.org/s> ; skos:prefLabel "港口吞吐量"@zh .
                <http://example.org/b> skos:inScheme <http://example.org/s> ; skos:prefLabel "货物吞吐量"@zh ; skos:altLabel "港口 吞吐量"@zh .
                """), null, "TTL");
        Resource s = m.createResource("http://example.org/s");
        var e = assertThrows(IllegalStateException.class,
                () -> new ConceptMatcher(m, s, s, w -> "http://example.org/w/" + w, "indicator"));
        assertTrue(e.getMessage().contains("example.org/a") && e.getMessage().contains("example.org/b"), e.getMessage());
    }

    // ------------------------------------------------------------------ two reports meet

    private static Extraction report(String region, String code, String indicator, String sector) {
        String text = "全年" + indicator + "增长6.5%。" + sector + "加快发展。";
        int i = text.indexOf(indicator);
        Evidence figure = new Evidence(i, text.indexOf('。') + 1, text.substring(i, text.indexOf('。') + 1));
        int j = text.indexOf(sector);
        Evidence named = new Evidence(j, j + sector.length(), sector);
        ReportMetadata meta = new ReportMetadata(region, code, "某省", "2025-01-20", "2024",
                region + "2025年政府工作报告", "区长");
        return new Extraction(region + ".txt", meta, text,
                List.of(new Metric(indicator, null, Measure.CHANGE_RATE, new BigDecimal("6.5"), "percent", "6.5%",
                        Set.of(), figure)),
                List.of(new Entity(sector, EntityType.Sector, named)), List.of());
    }

    @Test
    void twoReportsWordingTheSameIndicatorDifferentlyMeetAtOneNode() {
        RdfMapper mapper = new RdfMapper();
        Model u = RdfWriter.dataset(List.of(
                mapper.map(report("江北区", "500105", "规上工业增加值", "文旅")),
                mapper.map(report("綦江区", "500110", "规模以上工业增加值", "文化旅游"))), true).getUnionModel();
        List<Resource> observations = u.listSubjectsWithProperty(RDF.type, GWR.Observation).toList();
        assertEquals(2, observations.size());
        Resource concept = observations.get(0).getPropertyResourceValue(GWR.indicator);
        assertEquals(concept, observations.get(1).getPropertyResourceValue(GWR.indicator), "one indicator node");
        assertEquals(Iris.indicator("industrial-value-added-above-scale"), concept.getURI());
        assertEquals(Set.of("规上工业增加值", "规模以上工业增加值"), Set.copyOf(u.listObjectsOfProperty(GWR.indicatorText)
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList()), "each report keeps its wording");
        assertTrue(u.contains(concept, SKOS.prefLabel, u.createLiteral("value added of industry above designated size", "en")),
                "the vocabulary graph describes the concept");

        List<Resource> sectorNodes = u.listSubjectsWithProperty(GWR.evidence)
                .filterKeep(r -> r.hasProperty(RDF.type, GWR.Sector)).toList();
        assertEquals(List.of(u.createResource(Iris.sector("culture-and-tourism"))), sectorNodes, "文旅 and 文化旅游 are one sector");
        assertEquals(1, u.listObjectsOfProperty(sectorNodes.get(0), RDFS.label).toList().size(), "with one label");
        assertEquals(2, u.listObjectsOfProperty(sectorNodes.get(0), GWR.evidence).toList().size(), "read in both reports");
    }

    @Test
    void twoReportsWithTheSameUnknownWordingMeetInTheSecondScheme() {
        RdfMapper mapper = new RdfMapper();
        Model u = RdfWriter.dataset(List.of(
                mapper.map(report("江北区", "500105", "新建充电桩", "元宇宙")),
                mapper.map(report("綦江区", "500110", "全区新建充电桩", "元宇宙产业"))), false).getUnionModel();
        List<Resource> concepts = u.listObjectsOfProperty(GWR.indicator).mapWith(n -> n.asResource()).toList();
        assertEquals(1, Set.copyOf(concepts).size(), "one wording node: " + concepts);
        assertEquals(Iris.indicatorWording("新建充电桩"), concepts.get(0).getURI());
        assertTrue(u.contains(concepts.get(0), SKOS.inScheme, GWR.SCHEMES.indicatorWordings));
        List<Resource> sectorNodes = u.listSubjectsWithProperty(RDF.type, GWR.Sector).toList();
        assertEquals(2, sectorNodes.size(), "元宇宙 and 元宇宙产业 are two names outside the scheme: " + sectorNodes);
    }
}
