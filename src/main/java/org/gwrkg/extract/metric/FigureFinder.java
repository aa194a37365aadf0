package org.gwrkg.extract.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Qualifier;

/**
 * Finds the figures of a sentence: a number, a magnitude word, a unit of the {@link UnitTable},
 * and the qualifiers written inside or after them (余, 以上). Numbers that are part of a name or
 * code (5G, 500KV, PM2.5, 第3批), dates, and thresholds inside an indicator (超过10万元的村) are
 * not figures.
 *
 * <pre>{@code
 * List<Figure> figures = new FigureFinder(UnitTable.standard(), MetricCues.standard())
 *         .find("改造提升高标准农田5万余亩");   // one figure: 50000 mu, over
 * }</pre>
 */
final class FigureFinder {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final UnitTable units;
    private final MetricCues cues;

    FigureFinder(UnitTable units, MetricCues cues) {
        this.units = units;
        this.cues = cues;
    }

    List<Figure> find(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Figure f = figureAt(text, m.start(), m.end());
            if (f != null) {
                figures.add(f);
            }
        }
        return figures;
    }

    private Figure figureAt(String text, int numStart, int numEnd) {
        if (isPartOfCode(text, numStart, numEnd) || insideTitle(text, numStart)) {
            return null;
        }
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        int pos = numEnd;
        pos = innerQualifier(text, pos, qualifiers);
        BigDecimal magnitude = units.magnitudeAt(text, pos);
        if (magnitude != null) {
            pos += units.magnitudeLength(text, pos);
            pos = innerQualifier(text, pos, qualifiers);
        }
        if (cues.notAfterNumber(text, pos)) {
            return null;
        }
        UnitTable.Unit unit = units.unitAt(text, pos);
        if (unit == null) {
            return null;
        }
        int end = pos + unit.written().length();
        if (cues.isThreshold(text, end)) {
            return null;
        }
        int suffixEnd = end;
        String suffix = cues.suffixQualifierAt(text, end);
        if (suffix != null) {
            qualifiers.add(cues.suffixQualifier(suffix));
            suffixEnd = end + suffix.length();
        }
        if (unit.kind() != UnitTable.Kind.CLASSIFIER && cues.modifiesNoun(text, suffixEnd)) {
            return null;
        }
        BigDecimal number = new BigDecimal(text.substring(numStart, numEnd).replace(",", ""));
        BigDecimal value = number.multiply(unit.factor());
        if (magnitude != null) {
            value = value.multiply(magnitude);
        }
        return new Figure(numStart, end, suffixEnd, text.substring(numStart, end), value.stripTrailingZeros(),
                unit, qualifiers);
    }

    private int innerQualifier(String text, int pos, Set<Qualifier> qualifiers) {
        String inner = cues.innerQualifierAt(text, pos);
        if (inner != null) {
            qualifiers.add(cues.innerQualifier(inner));
            return pos + inner.length();
        }
        return pos;
    }

    /** 5G, 500KV, PM2.5, IPv6, 第3批, 1.2.3: the digits belong to a name or code. */
    private static boolean isPartOfCode(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return isAsciiLetter(before) || isAsciiLetter(after) || before == '第' || before == '.'
                || before == '-' || before == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Inside 《…》, a title such as 《国土空间规划(2021—2035年)》. */
    private static boolean insideTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos);
        return open >= 0 && text.lastIndexOf('》', pos) < open;
    }
}
