package org.gwrkg.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.Lexicons;
import org.gwrkg.extract.metric.UnitTable;
import org.gwrkg.rdf.Ontology;
import org.junit.jupiter.api.Test;

/** The generator's data files are checked when read: a slip in them fails at once, with the place named. */
class DataCheckTest {

    private static final IndicatorTable INDICATORS = IndicatorTable.standard();

    private static JsonNode templatesWith(String theme, String sentence) {
        JsonNode doc = Lexicons.json(Templates.RESOURCE).deepCopy();
        ((ArrayNode) doc.path("themes").path(theme).path("review")).add(sentence);
        return doc;
    }

    private static void check(JsonNode doc) {
        Templates t = new Templates(doc);
        TemplateCheck.check(t, INDICATORS, SectorLabels.of(t));
    }

    @Test
    void theShippedDataPasses() {
        assertDoesNotThrow(() -> check(Lexicons.json(Templates.RESOURCE)));
    }

    @Test
    void aSlotThatIsNoSlotNorListFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> check(templatesWith("industry", "{brand}{no_such_list}。")));
        assertTrue(e.getMessage().contains("no_such_list") && e.getMessage().contains("themes.industry.review"), e.getMessage());
    }

    @Test
    void aFigureOfAnUnknownIndicatorFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> check(templatesWith("ecology", "{fig:no-such-indicator}。")));
        assertTrue(e.getMessage().contains("no-such-indicator"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> check(templatesWith("ecology", "{pct:5g-base-stations}。")));
    }

    @Test
    void aThemeWordMissingFromOneThemeFails() {
        ObjectNode doc = (ObjectNode) templatesWith("industry", "{@only_here}。");
        ((ObjectNode) doc.path("themes").path("industry").path("words")).putArray("only_here").add("某事");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> check(doc));
        assertTrue(e.getMessage().contains("only_here"), e.getMessage());
    }

    @Test
    void anIndicatorWordingOutsideTheVocabularyFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> table("gdp\t地区生产总值|本地总产出\teconomy\tamount\t亿元\t1\t2\t1\t1\t-\t-"));
        assertTrue(e.getMessage().contains("本地总产出"), e.getMessage());
        // A wording of ours for a concept the vocabulary has is refused too: its labels must be used.
        assertThrows(IllegalStateException.class, () -> table("gdp\town:本地总产出\teconomy\tamount\t亿元\t1\t2\t1\t1\t-\t-"));
    }

    @Test
    void aUnitTheExtractorCannotReadFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> table("gdp\t=\teconomy\tamount\t亿磅\t1\t2\t1\t1\t-\t-"));
        assertTrue(e.getMessage().contains("亿磅"), e.getMessage());
        assertDoesNotThrow(() -> table("gdp\t=\teconomy\tamount\t万亿元\t1\t2\t1\t1\t-\t-"));
    }

    private static IndicatorTable table(String row) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row.split("\t", -1));
        return new IndicatorTable(rows, IndicatorTable.vocabularyLabels(Ontology.indicators()), UnitTable.standard());
    }
}
