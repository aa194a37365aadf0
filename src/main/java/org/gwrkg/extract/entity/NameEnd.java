package org.gwrkg.extract.entity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.nlp.Token;

/**
 * Where a name that ends with a head really ends: after a phase (某某绿道二期), a bracket
 * (（二期）, （渝宜段）) or the section of a line (某某高铁某某段).
 */
final class NameEnd {
    /** A phase written without brackets. */
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]期");
    private static final Pattern SECTION = Pattern.compile("[\\u4e00-\\u9fa5]{1,3}段");
    private static final Set<String> NOT_SECTIONS = Set.of("阶段", "手段", "地段", "路段", "时段", "片段", "分段", "波段");
    private static final int MAX_BRACKET = 12;

    private NameEnd() {
    }

    /**
     * The end of the name whose head ends token {@code k}.
     *
     * @param w      the sentence
     * @param k      the token the head ends
     * @param suffix the head
     */
    static int of(Words w, int k, EntityLexicon.Suffix suffix) {
        String text = w.text();
        int end = w.token(k).end();
        if (PHASE.matcher(text).region(end, text.length()).lookingAt()) {
            end += 2;
        }
        end = withBracket(text, end);
        return suffix.line() && end == w.token(k).end() ? withSection(w, end) : end;
    }

    private static int withBracket(String text, int end) {
        if (end < text.length() && text.charAt(end) == '（') {
            int close = text.indexOf('）', end);
            if (close > end && close - end <= MAX_BRACKET) {
                return close + 1;
            }
        }
        return end;
    }

    /** …送出工程某某段: a section whose words are no verbs. */
    private static int withSection(Words w, int end) {
        Matcher m = SECTION.matcher(w.text()).region(end, w.text().length());
        if (!m.lookingAt() || NOT_SECTIONS.stream().anyMatch(m.group()::endsWith)) {
            return end;
        }
        for (Token t : w.tokens()) {
            if (t.start() >= end && t.end() < m.end() && t.pos().startsWith("v")) {
                return end;
            }
        }
        return m.end();
    }
}
