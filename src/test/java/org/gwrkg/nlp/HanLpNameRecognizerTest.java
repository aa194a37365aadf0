package org.gwrkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's reference segmenter: HanLP with organisation and place recognition, tokens as gwrkg's. */
class HanLpNameRecognizerTest {

    private static final String SENTENCE = "县人民政府同意在桃源镇设立物流园区。";

    @Test
    void recognisesOrganisationsWhereGwrkgsAnalyzerLeavesThemToTheEntityPass() {
        List<Token> reference = TextAnalyzer.hanlpNameRecognizer().analyze(SENTENCE, 0);
        List<Token> ours = TextAnalyzer.hanlp().analyze(SENTENCE, 0);
        assertTrue(reference.stream().anyMatch(t -> t.pos().equals("nt")), "organisation recognition is on: " + reference);
        assertTrue(ours.stream().noneMatch(t -> t.pos().equals("nt")), "and off in gwrkg's analyzer: " + ours);
        assertTrue(reference.stream().anyMatch(t -> t.text().equals("桃源镇") && t.pos().equals("ns")),
                "place recognition is on: " + reference);
    }

    @Test
    void tokensCoverTheTextWithOffsetsFromTheGivenOne() {
        List<Token> tokens = TextAnalyzer.hanlpNameRecognizer().analyze(SENTENCE, 500);
        int at = 500;
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            assertEquals(at, t.start(), "no gap before " + t);
            assertEquals(t.start() + t.text().length(), t.end(), t.toString());
            at = t.end();
            text.append(t.text());
        }
        assertEquals(SENTENCE, text.toString());
    }
}
