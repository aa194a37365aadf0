package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;

/**
 * Designations: what follows a verb that awards a title (获批 X, 入选 X, 纳入省 X 项目) or what
 * precedes one that does so after it (X 授牌), split at 、 and between quoted items.
 */
final class DesignationFinder {
    /** 巴渝和美院落100个: the designation ends where its count begins (but 4A级旅游景区 keeps its 4A). */
    private static final Pattern TRAILING_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?[余多]?[万亿]?(?![强佳])[\\u4e00-\\u9fa5]{0,2}$");
    /** 示范县等荣誉称号: the kind of honour named after a list is not part of its last item. */
    private static final Pattern TRAILING_KIND = Pattern.compile("等(?:荣誉称号|称号|荣誉|奖项|殊荣|表彰)$");
    /** 全市唯一: a rank on its own, unlike 综合评价“双第一”, which ranks the items listed before it too. */
    private static final Pattern SCOPE = Pattern.compile("^(?:全国|全省|全市|全区|全县|全州|同类)");
    /** 成为全省首个某某试点县: being the first is said of the title, it is not part of it. */
    private static final Pattern FIRST_OF_KIND = Pattern.compile("(?:全国|全省|全市|全区|全县)?(?:首个|唯一|第一个)");
    private static final int MIN_LENGTH = 4;

    private final EntityLexicon lexicon;

    DesignationFinder(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        for (int pos = 0; pos < text.length(); pos++) {
            EntityLexicon.Trigger t = triggerAt(text, pos);
            if (t == null) {
                continue;
            }
            if (t.designationFollows()) {
                int end = Clauses.end(text, pos + t.word().length());
                spans.addAll(items(text, pos + t.word().length(), end, t.strength()));
                pos = end;
            } else {
                spans.addAll(items(text, Clauses.start(text, pos), pos, t.strength()));
                pos += t.word().length() - 1;
            }
        }
        return spans;
    }

    private EntityLexicon.Trigger triggerAt(String text, int pos) {
        return lexicon.triggerTable.at(text, pos);
    }

    private List<Span> items(String text, int from, int to, EntityLexicon.Strength strength) {
        List<Span> items = new ArrayList<>();
        int start = from;
        for (int p = from; p <= to; p++) {
            boolean cut = p == to || text.charAt(p) == '、' || text.charAt(p) == '并'
                    || (text.charAt(p) == '“' && p > from && text.charAt(p - 1) == '”');
            if (!cut) {
                continue;
            }
            Matcher first = FIRST_OF_KIND.matcher(text).region(start, p);
            if (first.lookingAt()) {
                start = first.end();
            }
            int end = trimKind(text, start, trimFigure(text, start, p));
            String bare = Words.stripQuotes(text.substring(start, end));
            if (ranks(bare) && !lexicon.ranks.contains(SCOPE.matcher(bare).replaceFirst(""))) {
                return List.of();
            }
            if (!ranks(bare) && bare.length() >= MIN_LENGTH && accepts(bare, strength) && !startsWithBoundary(bare)) {
                items.add(new Span(text, start, end, EntityType.Designation));
            }
            if (p < to && text.charAt(p) == '并') {
                break;
            }
            start = text.charAt(Math.min(p, to - 1)) == '“' ? p : p + 1;
        }
        return items;
    }

    private boolean accepts(String item, EntityLexicon.Strength strength) {
        return switch (strength) {
            case STRONG -> true;
            case WEAK -> lexicon.endsWithDesignationHead(item);
            case LISTED -> lexicon.designationLevels.stream().anyMatch(item::startsWith);
        };
    }

    /** 全省第一, 全市唯一, 六县市“双第一”: a rank, and what it ranks, is not a title. */
    private boolean ranks(String item) {
        return lexicon.ranks.stream().anyMatch(item::endsWith);
    }

    private static int trimFigure(String text, int start, int end) {
        Matcher m = TRAILING_FIGURE.matcher(text.substring(start, end));
        return m.find() && m.start() > 0 ? start + m.start() : end;
    }

    private static int trimKind(String text, int start, int end) {
        Matcher m = TRAILING_KIND.matcher(text.substring(start, end));
        return m.find() && m.start() > 0 ? start + m.start() : end;
    }

    /** 设立某某, 建设某某: a verb phrase, not a title (but 联合国… is a name, not 联合 + a partner). */
    private boolean startsWithBoundary(String s) {
        return lexicon.boundaries.stream().anyMatch(b -> s.startsWith(b) && !b.equals("联合")) || s.startsWith("设立");
    }
}
