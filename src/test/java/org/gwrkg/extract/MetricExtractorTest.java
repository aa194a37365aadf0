package org.gwrkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gwrkg.extract.metric.MetricExtractor;
import org.gwrkg.structure.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Figures of sentences written for this test in the style of other districts' reports, not
 * taken from any report: each row says what the extractor must read, down to unit and sign.
 */
class MetricExtractorTest {
    private final MetricExtractor extractor = new MetricExtractor();

    private List<Metric> metrics(String text) {
        return extractor.extract(new Sentence(0, 0, text.length(), text, 0), List.of());
    }

    /** sentence, indicator (contained in the one read), measure, value, unit, qualifiers */
    static Stream<Arguments> single() {
        return Stream.of(
                Arguments.of("粮食总产量下降1.3%。", "粮食总产量", Measure.CHANGE_RATE, "-1.3", "percent", Set.of()),
                Arguments.of("空气质量优良天数比例提高2.1个百分点。", "空气质量优良天数比例", Measure.CHANGE_ABS, "2.1",
                        "percentage_point", Set.of()),
                Arguments.of("新建5G基站860个。", "5G基站", Measure.LEVEL, "860", "count", Set.of()),
                Arguments.of("全年接待游客约1200万人次。", "接待游客", Measure.LEVEL, "12000000", "person_time",
                        Set.of(Qualifier.APPROX)),
                Arguments.of("引进高层次人才300余人。", "高层次人才", Measure.LEVEL, "300", "person", Set.of(Qualifier.OVER)),
                Arguments.of("城镇登记失业率控制在3.5%以内。", "城镇登记失业率", Measure.LEVEL, "3.5", "percent",
                        Set.of(Qualifier.UNDER)),
                Arguments.of("实际利用外资2.3亿美元。", "实际利用外资", Measure.LEVEL, "230000000", "USD", Set.of()),
                Arguments.of("新增高标准农田2.6万亩。", "高标准农田", Measure.LEVEL, "26000", "mu", Set.of()),
                Arguments.of("PM2.5平均浓度下降8.5%。", "PM2.5平均浓度", Measure.CHANGE_RATE, "-8.5", "percent", Set.of()),
                Arguments.of("经营收入超过50万元的村达120个。", "经营收入超过50万元的村", Measure.LEVEL, "120", "count",
                        Set.of()),
                Arguments.of("港口集装箱吞吐量突破30万标箱。", "港口集装箱吞吐量", Measure.LEVEL, "300000", "TEU",
                        Set.of(Qualifier.OVER)),
                Arguments.of("新能源装机容量达到45万千瓦。", "新能源装机容量", Measure.LEVEL, "450000", "kW", Set.of()),
                Arguments.of("建成乡村振兴示范村12个，", "乡村振兴示范村", Measure.LEVEL, "12", "count", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("single")
    void readsOneFigure(String text, String indicator, Measure measure, String value, String unit, Set<Qualifier> q) {
        List<Metric> found = metrics(text);
        assertEquals(1, found.size(), () -> "one figure in " + text + ", got " + found);
        Metric m = found.get(0);
        assertTrue(m.indicator().contains(indicator) || indicator.contains(m.indicator()),
                () -> "indicator of " + text + ": " + m.indicator());
        assertEquals(measure, m.measure(), text);
        assertEquals(0, new BigDecimal(value).compareTo(m.value()), () -> text + " value " + m.value());
        assertEquals(unit, m.unit(), text);
        assertEquals(q, m.qualifiers(), text);
    }

    @Test
    void aLevelAndItsChangeShareTheIndicator() {
        List<Metric> found = metrics("全县地区生产总值完成312.5亿元、增长6.8%。");
        assertEquals(2, found.size());
        assertEquals("地区生产总值", found.get(0).indicator().replace("全县", ""));
        assertEquals(found.get(0).indicator(), found.get(1).indicator());
        assertEquals(Measure.LEVEL, found.get(0).measure());
        assertEquals(0, new BigDecimal("31250000000").compareTo(found.get(0).value()));
        assertEquals(Measure.CHANGE_RATE, found.get(1).measure());
    }

    @Test
    void respectivelyPairsIndicatorsWithFigures() {
        List<Metric> found = metrics("城镇居民、农村居民人均可支配收入分别达45210元和21890元。");
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"),
                found.stream().map(Metric::indicator).toList());
        assertEquals(0, new BigDecimal("21890").compareTo(found.get(1).value()));
    }

    @Test
    void respectivelyAfterLevelsGivesTheirChanges() {
        List<Metric> found = metrics("外贸进口额86亿元，出口额120亿元，分别增长4.1%和7.5%。");
        assertEquals(4, found.size());
        assertEquals("外贸进口额", found.get(2).indicator());
        assertEquals(Measure.CHANGE_RATE, found.get(2).measure());
    }

    @Test
    void estimateOpensTheSentence() {
        List<Metric> found = metrics("预计全年一般公共预算收入增长4.2%，规模以上工业增加值增长9%。");
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(m -> m.qualifiers().contains(Qualifier.ESTIMATE)));
    }

    @Test
    void sharedFigureGivesOneMetricPerIndicator() {
        List<Metric> found = metrics("学前教育、义务教育巩固率均达99%。");
        assertEquals(Set.of("学前教育巩固率", "义务教育巩固率"),
                found.stream().map(Metric::indicator).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("noFigures")
    void numbersThatAreNotFigures(String text) {
        assertEquals(List.of(), metrics(text), text);
    }

    static Stream<String> noFigures() {
        return Stream.of("《城市总体规划（2021—2035年）》获批。", "主要指标位居全市第一。", "第3批试点顺利通过验收。",
                "建成500KV变电站。", "2024年1月起实施。", "县十八届人大三次会议召开。");
    }

    @Test
    void evidenceOffsetsPointIntoTheText() {
        String text = "招商引资到位资金达到88亿元。";
        Sentence s = new Sentence(3, 100, 100 + text.length(), text, 0);
        Metric m = extractor.extract(s, List.of()).get(0);
        assertEquals(text.substring(m.evidence().start() - 100, m.evidence().end() - 100), m.evidence().quote());
        assertTrue(m.evidence().quote().contains("88亿元"));
    }
}
