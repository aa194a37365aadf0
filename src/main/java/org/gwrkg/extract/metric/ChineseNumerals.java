package org.gwrkg.extract.metric;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gwrkg.extract.Lexicons;

/**
 * Reads numbers written in Chinese characters ({@code numerals.tsv}): 两万 is 20000, 一百二十 is
 * 120, 千亿 is 1e11. A run that is no well-formed number (十四五, 一二三) reads as null.
 *
 * <pre>{@code
 * ChineseNumerals.standard().value("一百二十");   // 120
 * }</pre>
 */
final class ChineseNumerals {
    private static final ChineseNumerals STANDARD =
            new ChineseNumerals(Lexicons.tsv("/org/gwrkg/extract/metric/numerals.tsv"));

    private enum Kind { DIGIT, PLACE, SECTION }

    private record Numeral(long value, Kind kind) {
    }

    private final Map<Character, Numeral> numerals = new HashMap<>();

    ChineseNumerals(List<String[]> rows) {
        for (String[] r : rows) {
            numerals.put(r[0].charAt(0), new Numeral(Long.parseLong(r[1]), Kind.valueOf(r[2].toUpperCase())));
        }
    }

    static ChineseNumerals standard() {
        return STANDARD;
    }

    /** Whether {@code c} is a Chinese numeral character. */
    boolean isNumeral(char c) {
        return numerals.containsKey(c);
    }

    /** Whether {@code c} is a digit character (一 … 九, 两, 零). */
    boolean isDigit(char c) {
        Numeral n = numerals.get(c);
        return n != null && n.kind() == Kind.DIGIT;
    }

    /** Whether {@code c} multiplies: 十 百 千 万 亿. */
    boolean isMagnitude(char c) {
        Numeral n = numerals.get(c);
        return n != null && n.kind() != Kind.DIGIT;
    }

    /** The value of a run of numeral characters, or null when it is no well-formed number. */
    BigDecimal value(String run) {
        try {
            return read(run);
        } catch (ArithmeticException tooLarge) {
            // 亿亿亿亿: no report writes a number past a long; such a run is no figure.
            return null;
        }
    }

    private BigDecimal read(String run) {
        long total = 0;
        long section = 0;
        long digit = 0;
        boolean lastWasDigit = false;
        long lastPlace = Long.MAX_VALUE;
        for (char c : run.toCharArray()) {
            Numeral n = numerals.get(c);
            if (n == null) {
                return null;
            }
            switch (n.kind()) {
                case DIGIT -> {
                    // 十四五, 一二三: two digits in a row are a list or a name, not a number (零 may lead one).
                    if (lastWasDigit && digit != 0) {
                        return null;
                    }
                    digit = n.value();
                    lastWasDigit = true;
                }
                case PLACE -> {
                    if (n.value() >= lastPlace) {
                        return null;
                    }
                    section = Math.addExact(section, Math.multiplyExact(lastWasDigit ? digit : 1, n.value()));
                    lastPlace = n.value();
                    digit = 0;
                    lastWasDigit = false;
                }
                case SECTION -> {
                    long part = section + digit;
                    if (n.value() > 10000) {
                        total = Math.multiplyExact(Math.addExact(total, part == 0 && total == 0 ? 1 : part), n.value());
                    } else {
                        total = Math.addExact(total, Math.multiplyExact(part == 0 ? 1 : part, n.value()));
                    }
                    section = 0;
                    digit = 0;
                    lastWasDigit = false;
                    lastPlace = Long.MAX_VALUE;
                }
                default -> throw new IllegalStateException();
            }
        }
        return BigDecimal.valueOf(total + section + digit);
    }
}
