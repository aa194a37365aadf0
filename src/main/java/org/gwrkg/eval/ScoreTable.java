package org.gwrkg.eval;

import java.util.List;
import java.util.Locale;

/**
 * Renders the scores of a report as plain-text tables with aligned columns, for the terminal:
 * precision, recall and F1 per kind, then, after a blank line, how often matched pairs agree
 * on what the matching ignores.
 *
 * <pre>{@code
 * System.out.print(ScoreTable.render(report));
 * // kind                  gold  predicted  matched      P      R     F1
 * // metrics                112        120       80  0.667  0.714  0.690
 * //
 * // agreement                 compared  agreeing  share
 * // metrics/qualifiers exact        80        72  0.900
 * }</pre>
 */
public final class ScoreTable {

    private static final String[] HEADER = {"kind", "gold", "predicted", "matched", "P", "R", "F1"};
    private static final String[] AGREEMENT_HEADER = {"agreement", "compared", "agreeing", "share"};

    private ScoreTable() {
    }

    /**
     * The score table, one line per score after a header line; then, when there are agreements, a
     * blank line and their table. Each line ends in a newline.
     */
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
        if (!report.agreements().isEmpty()) {
            out.append(System.lineSeparator()).append(agreements(report.agreements()));
        }
        return out.toString();
    }

    private static String agreements(List<Agreement> agreements) {
        int kindWidth = AGREEMENT_HEADER[0].length();
        for (Agreement a : agreements) {
            kindWidth = Math.max(kindWidth, a.kind().length());
        }
        String format = "%-" + kindWidth + "s  %8s  %8s  %5s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, (Object[]) AGREEMENT_HEADER));
        for (Agreement a : agreements) {
            out.append(String.format(Locale.ROOT, format, a.kind(), a.compared(), a.agreeing(), ratio(a.share())));
        }
        return out.toString();
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }
}
