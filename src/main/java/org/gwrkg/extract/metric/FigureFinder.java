package org.gwrkg.extract.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.Qualifier;

/**
 * Finds the figures of a sentence: a number (1,200 · 1.37 · 两万 · 一百二十 · 千亿), a magnitude
 * word, a unit of the {@link UnitTable}, and the qualifiers written inside or after them (余,
 * 以上). A range (3至5个, 5%—6%) gives two figures, its lower end over and its upper end under.
 *
 * <p>Not figures: numbers that are part of a name or code (5G, 500KV, PM2.5, 第3批), ranks and
 * rates (前5位, 每千人), dates, numbers inside quotes or titles (“5个100”工程), thresholds
 * inside an indicator (超过10万元的村, 10亿元以上项目), and Chinese numerals below a hundred,
 * which name programmes and parts (三个攻坚年, 八个方面, 十项工程) rather than count, unless they
 * are shares (超过六成, 提高一个百分点). A Chinese
 * numeral without a leading digit (千亿元, 万人) is a figure only after a verb or qualifier that
 * takes an amount and where it closes its clause (突破千亿元。), since elsewhere it is an idiom or
 * a modifier (千家万户, 万亩茶园, 百万人口).
 *
 * <pre>{@code
 * List<Figure> figures = new FigureFinder(UnitTable.standard(), MetricCues.standard())
 *         .find("改造提升高标准农田5万余亩");   // one figure: 50000 mu, over
 * }</pre>
 */
final class FigureFinder {
    private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final String QUOTE_PAIRS = "“”‘’「」『』《》";
    /** Chinese numerals count only from here on; smaller ones name programmes and parts. */
    private static final BigDecimal SMALLEST_CHINESE_FIGURE = BigDecimal.valueOf(100);
    /** How far after a unitless figure the noun it counts may end: 740多万玉林人民. */
    private static final int COUNTED_NOUN_REACH = 8;

    private final UnitTable units;
    private final MetricCues cues;
    private final ChineseNumerals numerals;

    FigureFinder(UnitTable units, MetricCues cues) {
        this.units = units;
        this.cues = cues;
        this.numerals = ChineseNumerals.standard();
    }

    /**
     * A number as written: digits or Chinese numerals.
     *
     * @param bare a Chinese numeral without a leading digit: 千亿, 万
     */
    private record Number(int start, int end, BigDecimal value, boolean chinese, boolean bare) {
    }

    /** A number read on to the end of its unit. */
    private record Reading(Number number, BigDecimal magnitude, UnitTable.Unit unit, int end, int suffixEnd,
                           Set<Qualifier> qualifiers, String countedNoun) {
        BigDecimal value(BigDecimal magnitudeIfNone) {
            BigDecimal m = magnitude != null ? magnitude : magnitudeIfNone;
            BigDecimal v = number.value().multiply(unit.factor());
            return (m == null ? v : v.multiply(m)).stripTrailingZeros();
        }
    }

    List<Figure> find(String text) {
        List<Figure> figures = new ArrayList<>();
        int readTo = 0;
        for (Number n : numbers(text)) {
            if (n.start() < readTo || !mayBeFigure(text, n)) {
                continue;
            }
            List<Figure> found = figuresAt(text, n);
            if (!found.isEmpty()) {
                figures.addAll(found);
                readTo = found.get(found.size() - 1).suffixEnd();
            }
        }
        return figures;
    }

    /** The numbers of a text in order: runs of digits and runs of Chinese numerals. */
    private List<Number> numbers(String text) {
        List<Number> found = new ArrayList<>();
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            found.add(new Number(m.start(), m.end(), new BigDecimal(m.group().replace(",", "")), false, false));
        }
        int i = 0;
        while (i < text.length()) {
            if (!numerals.isNumeral(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && numerals.isNumeral(text.charAt(j))) {
                j++;
            }
            // 1.2万: a magnitude after digits belongs to the digits.
            boolean afterDigits = i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.');
            Number n = afterDigits ? null : chinese(text, i, j);
            if (n != null) {
                found.add(n);
            }
            i = j;
        }
        found.sort(Comparator.comparingInt(Number::start));
        return found;
    }

    /** The Chinese numeral at [start, end), leaving a last 千 or 百 to a unit that begins with it (五千米). */
    private Number chinese(String text, int start, int end) {
        int e = end;
        if (e - start > 1 && units.unitAt(text, e - 1) != null) {
            e--;
        }
        BigDecimal value = numerals.value(text.substring(start, e));
        return value == null ? null : new Number(start, e, value, true, !numerals.isDigit(text.charAt(start)));
    }

    private boolean mayBeFigure(String text, Number n) {
        if (cues.notBeforeNumber(text, n.start()) || insideQuotes(text, n.start())) {
            return false;
        }
        if (n.chinese()) {
            return !cues.indefiniteBefore(text, n.start());
        }
        return !isPartOfCode(text, n.start(), n.end());
    }

    /** The figure at {@code n}, or the two ends of a range that starts there, or nothing. */
    private List<Figure> figuresAt(String text, Number n) {
        Reading low = read(text, n);
        // 六成 and 一个百分点 are shares; below a hundred, other Chinese numerals name programmes and parts.
        if (low == null || (n.chinese() && n.value().compareTo(SMALLEST_CHINESE_FIGURE) < 0 && !isShare(low.unit()))) {
            return List.of();
        }
        int after = low.unit() == null ? low.end() : low.suffixEnd();
        String joiner = low.suffixEnd() == low.end() ? cues.rangeJoinerAt(text, after) : null;
        Number next = joiner == null ? null : numberAt(text, after + joiner.length(), n.chinese());
        Reading high = next == null ? null : read(text, next);
        if (high != null && high.unit() != null && high.countedNoun() == null
                && (low.unit() == null || low.unit().equals(high.unit()))) {
            return range(text, low, high);
        }
        if (low.unit() == null || !acceptable(text, low)) {
            return List.of();
        }
        return List.of(new Figure(n.start(), low.end(), low.suffixEnd(), text.substring(n.start(), low.end()),
                low.value(null), low.unit(), low.qualifiers(), low.countedNoun(), false));
    }

    private static boolean isShare(UnitTable.Unit unit) {
        return unit != null && (unit.kind() == UnitTable.Kind.PERCENT || unit.kind() == UnitTable.Kind.POINT);
    }

    /** 3至5个: the lower end (over) and the upper end (under), each with the unit and magnitude written once. */
    private List<Figure> range(String text, Reading low, Reading high) {
        if (!acceptable(text, high)) {
            return List.of();
        }
        int start = low.number().start();
        String raw = text.substring(start, high.end());
        Set<Qualifier> suffix = EnumSet.noneOf(Qualifier.class);
        suffix.addAll(high.qualifiers());
        Set<Qualifier> lowQ = EnumSet.copyOf(suffix);
        lowQ.addAll(low.qualifiers());
        lowQ.add(Qualifier.OVER);
        Set<Qualifier> highQ = EnumSet.copyOf(suffix);
        highQ.add(Qualifier.UNDER);
        Reading lowInUnit = new Reading(low.number(), low.magnitude(), high.unit(), low.end(), low.suffixEnd(),
                low.qualifiers(), null);
        return List.of(
                new Figure(start, high.end(), high.suffixEnd(), raw, lowInUnit.value(high.magnitude()), high.unit(),
                        lowQ, null, false),
                new Figure(high.number().start(), high.end(), high.suffixEnd(), raw, high.value(null), high.unit(),
                        highQ, null, true));
    }

    /** The number that starts exactly at {@code pos}, of the same script as the one before it. */
    private Number numberAt(String text, int pos, boolean chinese) {
        if (pos >= text.length()) {
            return null;
        }
        if (!chinese) {
            Matcher m = ARABIC.matcher(text);
            m.region(pos, text.length());
            return m.lookingAt()
                    ? new Number(pos, m.end(), new BigDecimal(m.group().replace(",", "")), false, false) : null;
        }
        int j = pos;
        while (j < text.length() && numerals.isNumeral(text.charAt(j))) {
            j++;
        }
        return j == pos ? null : chinese(text, pos, j);
    }

    /** Reads on from a number: 余/多, a magnitude word, a unit, a qualifier after it; null if a date or count of months. */
    private Reading read(String text, Number n) {
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        int pos = innerQualifier(text, n.end(), qualifiers);
        BigDecimal magnitude = null;
        // 5千米 is 5 km, not 5000 m: a unit that begins with a magnitude word wins.
        if (!n.chinese() && units.unitAt(text, pos) == null) {
            magnitude = units.magnitudeAt(text, pos);
            if (magnitude != null) {
                pos = innerQualifier(text, pos + units.magnitudeLength(text, pos), qualifiers);
            }
        }
        if (cues.notAfterNumber(text, pos)) {
            return null;
        }
        UnitTable.Unit unit = units.unitAt(text, pos);
        if (unit == null) {
            boolean large = magnitude != null
                    || (n.chinese() && !n.bare() && n.value().compareTo(BigDecimal.valueOf(10000)) >= 0);
            return large ? counted(text, n, magnitude, pos, qualifiers) : new Reading(n, magnitude, null, pos, pos,
                    qualifiers, null);
        }
        int end = pos + unit.written().length();
        int suffixEnd = end;
        String suffix = cues.suffixQualifierAt(text, end);
        if (suffix != null) {
            qualifiers.add(cues.suffixQualifier(suffix));
            suffixEnd = end + suffix.length();
        }
        return new Reading(n, magnitude, unit, end, suffixEnd, qualifiers, null);
    }

    /** 740多万玉林人民: a large unitless number followed closely by the people or households it counts. */
    private Reading counted(String text, Number n, BigDecimal magnitude, int pos, Set<Qualifier> qualifiers) {
        int limit = Math.min(text.length(), pos + COUNTED_NOUN_REACH);
        for (int p = pos; p < limit; p++) {
            char c = text.charAt(p);
            if (Clauses.ENDS.indexOf(c) >= 0 || c == '、' || Character.isDigit(c)) {
                break;
            }
            MetricCues.CountedNoun noun = cues.countedNounAt(text, p);
            if (noun != null) {
                int nounEnd = p + noun.word().length();
                return new Reading(n, magnitude, units.unitAt(noun.unit(), 0), pos, nounEnd, qualifiers,
                        text.substring(pos, nounEnd));
            }
        }
        return new Reading(n, magnitude, null, pos, pos, qualifiers, null);
    }

    /** Whether a reading is a figure and not a threshold, a modifier or an idiom. */
    private boolean acceptable(String text, Reading r) {
        if (r.countedNoun() != null) {
            return true;
        }
        if (cues.isThreshold(text, r.end()) || cues.isThreshold(text, r.suffixEnd())) {
            return false;
        }
        if (r.unit().kind() != UnitTable.Kind.CLASSIFIER && cues.modifiesNoun(text, r.suffixEnd())) {
            return false;
        }
        return !r.number().bare()
                || (closesClause(text, r.suffixEnd()) && cues.takesAmount(text.substring(0, r.number().start())));
    }

    private boolean closesClause(String text, int pos) {
        return pos >= text.length() || Clauses.ENDS.indexOf(text.charAt(pos)) >= 0 || text.charAt(pos) == '、'
                || cues.listSeparators().stream().anyMatch(s -> text.startsWith(s, pos));
    }

    private int innerQualifier(String text, int pos, Set<Qualifier> qualifiers) {
        String inner = cues.innerQualifierAt(text, pos);
        if (inner != null) {
            qualifiers.add(cues.innerQualifier(inner));
            return pos + inner.length();
        }
        return pos;
    }

    /** 5G, 500KV, PM2.5, IPv6, 1.2.3: the digits belong to a name or code. */
    private static boolean isPartOfCode(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return isAsciiLetter(before) || isAsciiLetter(after) || before == '.' || before == '-' || before == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Inside “…” or 《…》 of this sentence: a name, a slogan or a title such as 《规划(2021—2035年)》. */
    private static boolean insideQuotes(String text, int pos) {
        for (int k = 0; k < QUOTE_PAIRS.length(); k += 2) {
            int open = text.lastIndexOf(QUOTE_PAIRS.charAt(k), pos);
            if (open >= 0 && text.lastIndexOf(QUOTE_PAIRS.charAt(k + 1), pos) < open
                    && text.indexOf(QUOTE_PAIRS.charAt(k + 1), pos) > 0) {
                return true;
            }
        }
        return false;
    }
}
