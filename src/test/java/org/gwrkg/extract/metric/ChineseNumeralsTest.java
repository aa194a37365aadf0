package org.gwrkg.extract.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {
    private final ChineseNumerals numerals = ChineseNumerals.standard();

    @ParameterizedTest
    @CsvSource({"两万, 20000", "一百二十, 120", "千亿, 100000000000", "三千五百, 3500", "一千零五十, 1050",
            "一亿二千万, 120000000", "万亿, 1000000000000", "十二, 12", "五十万, 500000", "百万, 1000000", "六, 6"})
    void readsWellFormedNumbers(String run, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(numerals.value(run)), run);
    }

    /** 十四五 and 一二三七 are names and lists; 百千 is no number; 亿亿亿亿 overflows. */
    @ParameterizedTest
    @ValueSource(strings = {"十四五", "一二三七", "百千", "亿亿亿亿", "两会"})
    void rejectsRunsThatAreNoNumber(String run) {
        assertNull(numerals.value(run), run);
    }
}
