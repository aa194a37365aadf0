package org.gwrkg.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a report's text into the one form that every later stage reads, so that all
 * character offsets point into its output: one paragraph a line, ASCII digits and letters,
 * Chinese punctuation in Chinese text, no page-layout debris.
 *
 * <pre>{@code
 * String text = new TextNormalizer().normalize("（下转6版）\n全年ＧＤＰ增长５％,达到1,000亿元");
 * // "全年GDP增长5%，达到1,000亿元"
 * }</pre>
 *
 * The layout artefacts it removes are listed in {@code layout-artefacts.tsv}, the lines it
 * never joins to their neighbours in {@code standalone-lines.txt}.
 */
public final class TextNormalizer {

    private static final List<Rewrite> ARTEFACTS = RuleFile.lines("layout-artefacts.tsv").stream()
            .map(Rewrite::parse).toList();
    private static final List<Pattern> STANDALONE = RuleFile.lines("standalone-lines.txt").stream()
            .map(Pattern::compile).toList();

    /**
     * A page layout breaks paragraphs anywhere, but a title or a signature line is short:
     * only a line at least this long that stops without closing punctuation was broken.
     */
    private static final int MIN_BROKEN_LINE = 20;
    private static final String SENTENCE_FINAL = "。！？；：…”’」』）";
    private static final String SENTENCE_END = "。！？";
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** The normalised form of {@code raw}: paragraphs separated by exactly one "\n", no empty lines. */
    public String normalize(String raw) {
        String text = mapCharacters(raw);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String clean = cleanLine(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join("\n", joinBrokenLines(lines));
    }

    /**
     * Line breaks to "\n", full-width ASCII to ASCII, every kind of space to " ". Done by code
     * point arithmetic rather than NFKC, which would also turn ，into , and 。into ｡.
     */
    private static String mapCharacters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        String text = raw.replace("\r\n", "\n");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (isFullWidthAscii(c)) {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u202F'
                    || (c >= '\u2000' && c <= '\u200A')) {
                out.append(' ');
            } else if (c != '\n' && Character.getType(c) == Character.CONTROL) {
                // Other control characters (BEL, ESC, NUL, C1) print as nothing and are invalid in
                // XML 1.0, so a SPARQL XML result quoting the sentence would break.
                continue;
            } else if (c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\u2060' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ０-９, Ａ-Ｚ, ａ-ｚ and ％．＋－, which Chinese typesetting uses for numbers and codes. */
    private static boolean isFullWidthAscii(char c) {
        return (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A')
                || (c >= '\uFF41' && c <= '\uFF5A')
                || c == '\uFF05' || c == '\uFF0E' || c == '\uFF0B' || c == '\uFF0D';
    }

    private static String cleanLine(String line) {
        String clean = line;
        for (Rewrite rule : ARTEFACTS) {
            clean = rule.apply(clean);
        }
        clean = SPACES.matcher(clean.strip()).replaceAll(" ");
        return clean.codePoints().anyMatch(Chinese::isIdeograph) ? chinesePunctuation(clean) : clean;
    }

    /**
     * ASCII , : ; ! ? ( ) in Chinese text become ，：；！？（）: HanLP reads names across ASCII
     * commas and brackets. Kept: , and : between digits (1,000 and 10:30), : before // (URLs),
     * brackets around and beside nothing Chinese (GDP(x)), and . always (1.37亿元).
     */
    private static String chinesePunctuation(String line) {
        int[] partner = matchBrackets(line);
        StringBuilder out = new StringBuilder(line);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char prev = i > 0 ? line.charAt(i - 1) : ' ';
            char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            switch (c) {
                case ',' -> {
                    if (!(isDigit(prev) && isDigit(next))) {
                        out.setCharAt(i, '，');
                    }
                }
                case ':' -> {
                    if (!(isDigit(prev) && isDigit(next)) && !line.startsWith("//", i + 1)) {
                        out.setCharAt(i, '：');
                    }
                }
                case ';' -> out.setCharAt(i, '；');
                case '!' -> out.setCharAt(i, '！');
                case '?' -> out.setCharAt(i, '？');
                case '(', ')' -> {
                    if (bracketInChinese(line, i, partner[i])) {
                        out.setCharAt(i, c == '(' ? '（' : '）');
                    }
                }
                default -> {
                }
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** For each ASCII bracket the index of its partner, or -1; other positions -1. */
    private static int[] matchBrackets(String line) {
        int[] partner = new int[line.length()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '(') {
                open.push(i);
            } else if (line.charAt(i) == ')' && !open.isEmpty()) {
                int o = open.pop();
                partner[o] = i;
                partner[i] = o;
            }
        }
        return partner;
    }

    /** A bracket pair is Chinese when its content or a neighbour outside it is; a lone bracket when a neighbour is. */
    private static boolean bracketInChinese(String line, int at, int partner) {
        if (partner < 0) {
            return isCjk(neighbour(line, at, -1)) || isCjk(neighbour(line, at, 1));
        }
        int open = Math.min(at, partner);
        int close = Math.max(at, partner);
        return line.substring(open + 1, close).codePoints().anyMatch(Chinese::isCjk)
                || isCjk(neighbour(line, open, -1)) || isCjk(neighbour(line, close, 1));
    }

    /** The nearest non-space character before (step -1) or after (step 1) {@code at}, or -1. */
    private static int neighbour(String line, int at, int step) {
        for (int i = at + step; i >= 0 && i < line.length(); i += step) {
            if (line.charAt(i) != ' ') {
                return line.charAt(i);
            }
        }
        return -1;
    }

    private static boolean isCjk(int c) {
        return c >= 0 && Chinese.isCjk(c);
    }

    /** Joins each line that a page layout broke mid-sentence with the line after it. */
    private static List<String> joinBrokenLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current != null && continuesWith(current.toString(), line)) {
                current.append(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean continuesWith(String line, String next) {
        boolean heading = isStandalone(line) && line.chars().noneMatch(c -> SENTENCE_END.indexOf(c) >= 0);
        boolean nextIsTitleLike = length(next) < MIN_BROKEN_LINE && !endsSentence(next);
        return length(line) >= MIN_BROKEN_LINE && !endsSentence(line)
                && !heading && !isStandalone(next) && !nextIsTitleLike;
    }

    private static boolean isStandalone(String line) {
        return STANDALONE.stream().anyMatch(p -> p.matcher(line).lookingAt());
    }

    private static boolean endsSentence(String line) {
        return SENTENCE_FINAL.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static int length(String line) {
        return line.codePointCount(0, line.length());
    }

    /** One line of layout-artefacts.tsv: a pattern and what replaces it. */
    private record Rewrite(Pattern pattern, String replacement) {
        static Rewrite parse(String line) {
            int tab = line.indexOf('\t');
            return tab < 0
                    ? new Rewrite(Pattern.compile(line.strip()), "")
                    : new Rewrite(Pattern.compile(line.substring(0, tab)), line.substring(tab + 1));
        }

        String apply(String text) {
            Matcher m = pattern.matcher(text);
            return m.find() ? m.replaceAll(replacement) : text;
        }
    }
}
