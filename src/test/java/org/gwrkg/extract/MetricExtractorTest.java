package org.gwrkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gwrkg.extract.metric.MetricExtractor;
import org.gwrkg.structure.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Figures of sentences written for this test in the style of other districts' reports, not taken
 * from any report ({@code metric-cases.json}): each case says exactly which metrics the sentence
 * holds, down to indicator, unit, sign, qualifiers, subject and target year; the traps hold none.
 */
class MetricExtractorTest {
    private static final String CASES = "/org/gwrkg/extract/metric-cases.json";
    private static final JsonNode TABLE = load();

    private final MetricExtractor extractor = new MetricExtractor();

    private static JsonNode load() {
        try (InputStream in = MetricExtractorTest.class.getResourceAsStream(CASES)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CASES, e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        TABLE.get("cases").forEach(c -> cases.add(Arguments.of(c.get("pattern").asText(), c.get("text").asText(), c)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void readsExactlyTheMetricsOfTheSentence(String pattern, String text, JsonNode c) {
        List<EntityMention> mentions = new ArrayList<>();
        if (c.has("mentions")) {
            c.get("mentions").forEach(m -> {
                String name = m.get("name").asText();
                int at = text.indexOf(name);
                mentions.add(new EntityMention(name, EntityType.valueOf(m.get("type").asText()), at,
                        at + name.length(), 0));
            });
        }
        List<Metric> found = extractor.extract(new Sentence(0, 0, text.length(), text, 0), mentions,
                TABLE.get("reportPeriod").asText());

        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        JsonNode metrics = c.get("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode e = metrics.get(i);
            expected.add(describe(e.get("indicator").asText(), text(e, "subject"), e.get("measure").asText(),
                    new BigDecimal(e.get("value").asText()), e.get("unit").asText(), qualifiers(e), text(e, "period")));
            if (i < found.size()) {
                if (e.has("raw")) {
                    assertEquals(e.get("raw").asText(), found.get(i).raw(), text);
                }
                // Evidence names the figure it was read from.
                assertTrue(found.get(i).evidence().quote().contains(found.get(i).raw()), () -> text);
            }
        }
        for (Metric m : found) {
            Set<String> q = new TreeSet<>();
            m.qualifiers().forEach(x -> q.add(x.code()));
            actual.add(describe(m.indicator(), m.subject(), m.measure().code(), m.value(), m.unit(), q, m.period()));
        }
        assertEquals(expected, actual, () -> pattern + ": " + text);
    }

    @Test
    void theTableCoversEveryPatternAndItsTraps() {
        Set<String> patterns = new HashSet<>();
        int traps = 0;
        for (JsonNode c : TABLE.get("cases")) {
            patterns.add(c.get("pattern").asText());
            traps += c.get("pattern").asText().startsWith("trap") ? 1 : 0;
        }
        assertTrue(TABLE.get("cases").size() >= 60, "at least 60 sentences");
        assertTrue(traps >= 20, "traps: " + traps);
        for (String needed : List.of("分别 with two, head lent", "分别 with five", "and list sharing one verb",
                "range 至", "estimate opening the sentence", "targets introduced by", "subject: a named company",
                "Chinese numeral with 万", "trap: a range of years")) {
            String key = needed.replace("and list", "和 list");
            assertTrue(patterns.stream().anyMatch(p -> p.startsWith(key)), () -> "no case for " + key);
        }
    }

    @Test
    void evidenceOffsetsPointIntoTheText() {
        String text = "招商引资到位资金达到88亿元。";
        Sentence s = new Sentence(3, 100, 100 + text.length(), text, 0);
        Metric m = extractor.extract(s, List.of()).get(0);
        assertEquals(text.substring(m.evidence().start() - 100, m.evidence().end() - 100), m.evidence().quote());
        assertTrue(m.evidence().quote().contains("88亿元"));
    }

    @Test
    void aTargetWithoutTheReportsPeriodHasNoYearUnlessOneIsWritten() {
        Sentence plain = sentence("力争地区生产总值增长6%。");
        assertEquals(null, extractor.extract(plain, List.of()).get(0).period());
        Sentence written = sentence("到2027年，力争粮食产量稳定在45万吨。");
        assertEquals("2027", extractor.extract(written, List.of()).get(0).period());
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, text.length(), text, 0);
    }

    private static String describe(String indicator, String subject, String measure, BigDecimal value, String unit,
                                   Set<String> qualifiers, String period) {
        return indicator + " | subject=" + subject + " | " + measure + " " + value.stripTrailingZeros().toPlainString()
                + " " + unit + " | " + qualifiers + " | period=" + period;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    private static Set<String> qualifiers(JsonNode metric) {
        Set<String> q = new TreeSet<>();
        if (metric.has("qualifiers")) {
            metric.get("qualifiers").forEach(x -> q.add(x.asText()));
        }
        return q;
    }
}
