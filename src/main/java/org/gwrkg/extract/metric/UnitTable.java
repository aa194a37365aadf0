package org.gwrkg.extract.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gwrkg.extract.Lexicons;

/**
 * The units a figure may be written in ({@code units.tsv}) and the magnitude words that
 * multiply them ({@code magnitudes.tsv}), read right after a number.
 *
 * <pre>{@code
 * UnitTable units = UnitTable.standard();
 * units.magnitudeAt("8412万美元", 4);   // 10000
 * units.unitAt("8412万美元", 5);        // 美元: USD
 * }</pre>
 */
public final class UnitTable {

    /** What sort of unit: it decides how a change verb before it is read. */
    public enum Kind { MEASURE, CLASSIFIER, PERCENT, POINT }

    /** A unit as written in the table. */
    public record Unit(String written, String code, BigDecimal factor, Kind kind) {
    }

    private record Magnitude(String written, BigDecimal factor) {
    }

    private static final UnitTable STANDARD = new UnitTable(
            Lexicons.tsv("/org/gwrkg/extract/metric/units.tsv"),
            Lexicons.tsv("/org/gwrkg/extract/metric/magnitudes.tsv"));

    private final List<Unit> units = new ArrayList<>();
    private final List<Magnitude> magnitudes = new ArrayList<>();

    UnitTable(List<String[]> unitRows, List<String[]> magnitudeRows) {
        for (String[] r : unitRows) {
            units.add(new Unit(r[0], r[1], new BigDecimal(r[2]), Kind.valueOf(r[3].toUpperCase())));
        }
        for (String[] r : magnitudeRows) {
            magnitudes.add(new Magnitude(r[0], new BigDecimal(r[1])));
        }
        units.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
        magnitudes.sort(Comparator.comparingInt((Magnitude m) -> m.written().length()).reversed());
    }

    /** The table of the guidelines' units. */
    public static UnitTable standard() {
        return STANDARD;
    }

    /** The magnitude word at {@code pos} (万, 亿 …) and its factor, or null. */
    public BigDecimal magnitudeAt(String text, int pos) {
        for (Magnitude m : magnitudes) {
            if (text.startsWith(m.written(), pos)) {
                return m.factor();
            }
        }
        return null;
    }

    /** Length of the magnitude word at {@code pos}, or 0. */
    public int magnitudeLength(String text, int pos) {
        for (Magnitude m : magnitudes) {
            if (text.startsWith(m.written(), pos)) {
                return m.written().length();
            }
        }
        return 0;
    }

    /** The longest unit written at {@code pos}, or null. */
    public Unit unitAt(String text, int pos) {
        for (Unit u : units) {
            if (text.startsWith(u.written(), pos)) {
                return u;
            }
        }
        return null;
    }
}
