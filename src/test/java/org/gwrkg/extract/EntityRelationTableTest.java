package org.gwrkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gwrkg.nlp.Annotator;
import org.gwrkg.nlp.TextAnalyzer;
import org.gwrkg.read.Report;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.read.TextNormalizer;
import org.gwrkg.structure.ReportStructurer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entities and relations of short passages written for this test in the style of other districts'
 * reports (other places, companies and industries), with traps: generic phrases, counted kinds,
 * goals, programmes, ranks, events and titles of works. Each case lists every entity
 * ({@code "Type name"}) and every relation ({@code "type from target"}) the passage holds, and the
 * extraction must give exactly those. The cases are in {@code extract/entity-relation-cases.json};
 * a case with a {@code knownGap} is a known miss, with its reason, and must still fail.
 */
class EntityRelationTableTest {
    private static final String CASES = "/extract/entity-relation-cases.json";
    private static final int MIN_CASES = 60;

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final ReportStructurer STRUCTURER = new ReportStructurer();
    private static final Annotator ANNOTATOR = new Annotator(TextAnalyzer.hanlp());
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : read()) {
            cases.add(Arguments.of(c.get("id").asText(), c));
        }
        return cases.stream();
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = EntityRelationTableTest.class.getResourceAsStream(CASES)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsExactly(String id, JsonNode c) {
        String region = c.has("region") ? c.get("region").asText() : null;
        Extraction x = extract(c.get("text").asText(), region);
        TreeSet<String> expected = new TreeSet<>();
        c.get("entities").forEach(n -> expected.add(n.asText()));
        c.get("relations").forEach(n -> expected.add(n.asText()));
        TreeSet<String> actual = new TreeSet<>();
        x.entities().forEach(e -> actual.add(e.type() + " " + e.name()));
        x.relations().forEach(r -> actual.add(r.type().code() + " " + r.from().name() + " " + r.target()));
        if (c.has("knownGap")) {
            assertNotEquals(expected, actual, id + " now passes: remove its knownGap (" + c.get("knownGap").asText() + ")");
        } else {
            assertEquals(expected, actual, id + ": " + c.get("text").asText());
        }
    }

    @Test
    void hasEnoughCasesAndFewKnownGaps() throws IOException {
        JsonNode all = read();
        long gaps = 0;
        for (JsonNode c : all) {
            gaps += c.has("knownGap") ? 1 : 0;
        }
        assertTrue(all.size() >= MIN_CASES, "only " + all.size() + " cases");
        assertTrue(gaps * 20 <= all.size(), gaps + " known gaps in " + all.size() + " cases");
    }

    private static Extraction extract(String text, String region) {
        ReportMetadata metadata = new ReportMetadata(region, null, null, null, null, null, null);
        Report report = new Report("case", NORMALIZER.normalize(text), metadata);
        return EXTRACTOR.extract(ANNOTATOR.annotate(STRUCTURER.structure(report)));
    }
}
