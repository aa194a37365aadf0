package org.gwrkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The seed gold against itself: every kind must score 1, and the renderings must show it. */
class SelfScoreTest {

    private final GoldStandard gold = GoldStandard.load(GoldStandardTest.SEED_GOLD);
    private final ScoreReport report = new Scorer().score(GoldAsExtraction.of(gold), gold);

    @Test
    void everyKindScoresOne() {
        // metrics, entities + 5 types, relations + 5 types
        assertEquals(13, report.scores().size());
        for (Score s : report.scores()) {
            assertEquals(1.0, s.f1(), s.kind());
        }
        assertEquals(112, report.score("metrics").matched());
        assertEquals(new Agreement(Scorer.QUALIFIERS_EXACT, 112, 112), report.agreement(Scorer.QUALIFIERS_EXACT));
        assertTrue(report.qualifierMismatches().isEmpty());
        assertTrue(report.missedEntities().isEmpty());
        assertTrue(report.unmatchedRelations().isEmpty());
    }

    @Test
    void theTableAlignsItsColumns() {
        String[] lines = ScoreTable.render(report).split("\\R");
        // 13 scores under a header, a blank line, one agreement under a header
        assertEquals(17, lines.length);
        assertTrue(lines[0].matches("kind +gold +predicted +matched +P +R +F1"), lines[0]);
        assertTrue(lines[1].matches("metrics +112 +112 +112 +1\\.000 +1\\.000 +1\\.000"), lines[1]);
        for (int i = 1; i < 14; i++) {
            assertEquals(lines[0].length(), lines[i].length(), lines[i]);
        }
        assertEquals("", lines[14]);
        assertTrue(lines[15].matches("agreement +compared +agreeing +share"), lines[15]);
        assertTrue(lines[16].matches("metrics/qualifiers exact +112 +112 +1\\.000"), lines[16]);
        assertEquals(lines[15].length(), lines[16].length(), lines[16]);
    }

    @Test
    void theJsonCarriesTheRatios() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ScoreJson.render(report));
        JsonNode first = json.get("scores").get(0);
        assertEquals("metrics", first.get("kind").asText());
        assertEquals(1.0, first.get("f1").asDouble());
        assertEquals(1.0, first.get("precision").asDouble());
        assertTrue(json.get("missedMetrics").isEmpty());
        JsonNode qualifiers = json.get("agreements").get(0);
        assertEquals(Scorer.QUALIFIERS_EXACT, qualifiers.get("kind").asText());
        assertEquals(112, qualifiers.get("compared").asInt());
        assertEquals(1.0, qualifiers.get("share").asDouble());
    }
}
