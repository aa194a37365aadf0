package org.gwrkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private static boolean namesMatch(String a, String b) {
        return MatchRules.names(a, b) > 0;
    }

    @Test
    void aShorterNameMatchesWhenItHasSixtyPercentOfTheLongerOnesCharacters() {
        assertTrue(namesMatch("永川", "永川区"));
        assertTrue(namesMatch("科技片场", "科技片场(二期)"));
        assertTrue(namesMatch("科技片场（二期）", "科技片场(二期)"));
        assertFalse(namesMatch("永", "永川区"));
    }

    @Test
    void namesMustContainOneAnother() {
        assertFalse(namesMatch("永川区", "永川市"));
    }

    @Test
    void quotesSpacesAndBracketsAreIgnoredInNames() {
        assertEquals("中国年度最佳引才城市", MatchRules.normaliseName("“中国年度最佳引才城市”"));
        assertEquals(1.0, MatchRules.names("「永川」 区", "永川区"));
    }

    @Test
    void valuesAgreeToSixSignificantDigits() {
        assertTrue(MatchRules.sameValue(new BigDecimal("27500000000"), new BigDecimal("2.75E10")));
        assertTrue(MatchRules.sameValue(new BigDecimal("123456.4"), new BigDecimal("123456")));
        assertFalse(MatchRules.sameValue(new BigDecimal("2.68"), new BigDecimal("2.69")));
        assertFalse(MatchRules.sameValue(new BigDecimal("-12.9"), new BigDecimal("12.9")));
    }

    @Test
    void indicatorsMatchOnBigramDiceOrContainment() {
        // 规上/上工/工业/产值 are shared: 2*4/(6+5) = 0.727
        assertEquals(8.0 / 11, MatchRules.indicators("规上工业总产值", "规上工业产值"), 1e-9);
        assertTrue(MatchRules.indicators("粮食产量", "全年粮食产量") > 0);
        assertTrue(MatchRules.indicators("GDP", "地区生产总值") < 0);
        // One shared bigram of 5+3: Dice 0.25, and neither contains the other.
        assertTrue(MatchRules.indicators("固定资产投资", "固定收益") < 0);
    }
}
