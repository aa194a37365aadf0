package org.gwrkg.eval;

import java.util.List;
import java.util.Locale;

/**
 * Renders the scores of a report as a plain-text table with aligned columns, for the terminal.
 *
 * <pre>{@code
 * System.out.print(ScoreTable.render(report));
 * // kind                  gold  predicted  matched      P      R     F1
 * // metrics                112        120       80  0.667  0.714  0.690
 * }</pre>
 */
public final class ScoreTable {

    private static final String[] HEADER = {"kind", "gold", "predicted", "matched", "P", "R", "F1"};

    private ScoreTable() {
    }

    /** The table, one line per score after a header line, each line ending in a newline. */
    public static String render(ScoreReport report) {
        List<Score> scores = report.scores();
        int kindWidth = HEADER[0].length();
        for (Score s : scores) {
            kindWidth = Math.max(kindWidth, s.kind().length());
        }
        // Kind names are ASCII, so String length is display width; numbers are right-aligned.
        String format = "%-" + kindWidth + "s  %5s  %9s  %7s  %5s  %5s  %5s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, (Object[]) HEADER));
        for (Score s : scores) {
            out.append(String.format(Locale.ROOT, format, s.kind(), s.gold(), s.predicted(), s.matched(),
                    ratio(s.precision()), ratio(s.recall()), ratio(s.f1())));
        }
        return out.toString();
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }
}
