package org.gwrkg.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The matching rules of GUIDELINES.md section 4, each as a similarity: {@link #NO_MATCH} when the
 * rule rejects the pair, otherwise a score in (0, 1] where 1 is an exact match, so that a matcher
 * can take the best pairs first.
 *
 * <pre>{@code
 * MatchRules.names("永川", "永川区");          // 0.667: a match
 * MatchRules.indicators("规上工业总产值", "规上工业产值"); // Dice 0.727: a match
 * MatchRules.sameValue(new BigDecimal("27500000000"), new BigDecimal("2.75E10")); // true
 * }</pre>
 */
public final class MatchRules {

    /** The score of a pair the rules reject. */
    public static final double NO_MATCH = -1;

    /** Values agree when equal at this many significant digits. */
    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
    /** The shorter name must have at least this share of the longer one's characters. */
    private static final double MIN_NAME_SHARE = 0.6;
    private static final double MIN_DICE = 0.5;
    /** Quotation marks, spaces and brackets: the guidelines let names differ in these alone. */
    private static final String IGNORED_IN_NAMES = "“”‘’「」『』\"' \u3000\t（）()[]［］【】〔〕";

    private MatchRules() {
    }

    /** Whether two values are the same to six significant digits. */
    public static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a.round(SIX_DIGITS).compareTo(b.round(SIX_DIGITS)) == 0;
    }

    /**
     * How well two indicators agree: 1 when equal, their bigram Dice when it is at least 0.5,
     * {@code max(Dice, share)} when one contains the other, else {@link #NO_MATCH}.
     */
    public static double indicators(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return NO_MATCH;
        }
        if (a.equals(b)) {
            return 1;
        }
        double dice = dice(a, b);
        if (a.contains(b) || b.contains(a)) {
            return Math.max(dice, share(a, b));
        }
        return dice >= MIN_DICE ? dice : NO_MATCH;
    }

    /**
     * How well two entity names agree once quotes, spaces and brackets are removed: the shorter's
     * share of the longer's characters when one contains the other and that share is at least
     * 60%, else {@link #NO_MATCH}.
     */
    public static double names(String a, String b) {
        String x = normaliseName(a);
        String y = normaliseName(b);
        if (x.isEmpty() || y.isEmpty() || !(x.contains(y) || y.contains(x))) {
            return NO_MATCH;
        }
        double share = share(x, y);
        return share >= MIN_NAME_SHARE ? share : NO_MATCH;
    }

    /** A name without the quotation marks, spaces and brackets that the guidelines ignore. */
    public static String normaliseName(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> IGNORED_IN_NAMES.indexOf(c) < 0)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Dice coefficient on the multisets of character bigrams. */
    static double dice(String a, String b) {
        Map<String, Integer> left = bigrams(a);
        Map<String, Integer> right = bigrams(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            counts.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        return counts;
    }

    /** The shorter string's length over the longer's, in characters (code points). */
    private static double share(String a, String b) {
        int la = a.codePointCount(0, a.length());
        int lb = b.codePointCount(0, b.length());
        return (double) Math.min(la, lb) / Math.max(la, lb);
    }
}
