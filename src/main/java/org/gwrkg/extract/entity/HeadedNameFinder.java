package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.nlp.Token;

/**
 * Names that end with a head of {@code suffixes.tsv} (…产业园, …研究院, 区疾控中心, 临江河),
 * reaching left over name-like words until a verb, a particle or punctuation, and kept only when
 * {@link NameFilter} takes them for a name rather than a category or a goal.
 */
final class HeadedNameFinder {
    private static final Set<String> PLACE_OR_PERSON = Set.of("ns", "nr", "nrf", "nz", "nsf");
    private static final Set<String> STOP_POS = Set.of("w", "p", "c", "u", "d", "r", "y", "e", "o", "q", "t");
    /** Words a name does not start with: verbs and adverbs (认真落实省委 is 省委). */
    private static final Set<String> NOT_FIRST = Set.of("v", "vi", "vd", "vf", "ad", "d");
    /** A place's name starts with neither an activity nor a quality (现代化某某县 is 某某县). */
    private static final Set<String> PLACE_NOT_FIRST = Set.of("v", "vi", "vd", "vf", "ad", "d", "vn", "a", "an");
    /** 某某市某某区: a place does not reach over the larger unit it lies in. */
    private static final Pattern ADMIN_UNIT = Pattern.compile(".{2,}[省市县区州旗]");
    private static final int MAX_NAME = 28;
    /** Heads of things that run along a line, which a section name may follow (南珠高铁南玉段). */
    private static final Set<String> LINE_HEADS = Set.of("高速", "高速公路", "高铁", "铁路", "工程", "送出工程", "公路",
            "航线", "轨道交通", "大道", "专用线", "运河", "干线", "管道");
    private static final int MAX_ROUTE_END = 5;
    private static final int MAX_ABBREVIATION = 4;
    private static final Set<String> NOT_IN_ABBREVIATION = Set.of("的", "和", "与", "在", "及", "等", "是", "为", "对", "把", "将", "了");
    /** 110千伏变电站, 500KV…工程: a voltage class is part of the name. */
    private static final Set<String> MODEL_UNITS = Set.of("千伏", "kV", "KV", "kv");
    /** 某某绿道二期: a phase written without brackets belongs to the name before it. */
    private static final Pattern PHASE = Pattern.compile("^[一二三四五六七八九十]期");
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:\\d+年(?:\\d+月)?(?:\\d+日)?|去年|今年|明年)");
    private static final Pattern SECTION = Pattern.compile("^[\\u4e00-\\u9fa5]{1,3}段");
    private static final Set<String> NOT_SECTIONS = Set.of("阶段", "手段", "地段", "路段", "时段", "片段", "分段", "波段");
    /** 水利工程娄里水库: a category (…工程, …项目) in apposition before a proper name. */
    private static final List<String> APPOSITION_HEADS = List.of("工程", "项目");

    private final EntityLexicon lexicon;
    private final NameFilter filter;
    private final StatusCues statusCues;
    private final List<String> partnerVerbs;

    HeadedNameFinder(EntityLexicon lexicon, StatusCues statusCues, List<String> partnerVerbs) {
        this.lexicon = lexicon;
        this.statusCues = statusCues;
        this.filter = new NameFilter(lexicon, statusCues);
        this.partnerVerbs = partnerVerbs;
    }

    List<Span> find(Words w, List<Span> designations) {
        String text = w.text();
        List<Span> spans = new ArrayList<>();
        List<Span> categories = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            Token last = w.token(k);
            EntityLexicon.Suffix suffix = lexicon.suffixEnding(text.substring(0, last.end()));
            if (suffix == null) {
                continue;
            }
            int suffixStart = last.end() - suffix.word().length();
            int first = k;
            while (first > 0 && w.token(first).start() > suffixStart) {
                first--;
            }
            int start = cutAfterVerb(text, reachLeft(w, first, suffix), suffixStart);
            int named = afterApposition(w, start, suffixStart);
            if (named > start) {
                categories.add(new Span(text, start, named, suffix.type()));
            }
            start = withRoute(w, skipVerbs(w, named, suffixStart, suffix.type() == EntityType.Place ? PLACE_NOT_FIRST : NOT_FIRST));
            start = withRegionWord(text, start, suffixStart);
            int end = withSection(w, k, suffix, withBracket(text, withPhase(text, last.end())));
            if (end - start > MAX_NAME) {
                continue;
            }
            EntityType type = typeOf(suffix, text, start, end);
            Span span = new Span(text, start, end, type);
            if (filter.isName(w, span, suffix, designations) && (!suffix.proper() || properBeforeHead(w, k, suffixStart))) {
                spans.add(span);
            }
        }
        spans.removeIf(s -> categories.stream().anyMatch(c -> c.start() == s.start() && c.end() == s.end()));
        return spans;
    }

    /** The start of a name after the verbs, adverbs and dates that HanLP left before it (2025年某某市政府). */
    private int skipVerbs(Words w, int start, int suffixStart, Set<String> notFirst) {
        Matcher date = LEADING_DATE.matcher(w.text().substring(start, suffixStart));
        if (date.find()) {
            start += date.end();
        }
        int i = w.tokenAt(start);
        boolean openingCharacter = i >= 0 && isClauseOpeningCharacter(w, i);
        while (i >= 0 && i < w.size() && w.token(i).start() == start && w.token(i).end() <= suffixStart
                && notFirst.contains(w.token(i).pos()) && !openingCharacter) {
            start = w.token(i).end();
            i++;
        }
        return start;
    }

    /** An ambiguous head takes the type its clause gives it: X 建成投用 is a Project, X 落户 an Organization. */
    private EntityType typeOf(EntityLexicon.Suffix suffix, String text, int start, int end) {
        if (!suffix.ambiguous()) {
            return suffix.type();
        }
        int clauseEnd = Clauses.end(text, end);
        for (int p = end; p < clauseEnd; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && cue.projectFirst()) {
                return EntityType.Project;
            }
            if (startsWithAny(text, p, lexicon.nameRule("org-cue"))) {
                return EntityType.Organization;
            }
        }
        for (int p = Clauses.start(text, start); p < start; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && !cue.projectFirst()) {
                return EntityType.Project;
            }
        }
        return suffix.type();
    }

    /**
     * 临江河 and 昌州路 name a place; 幸福河 and 农村路 do not: the word right before the head, or the
     * word the head ends, must be a proper name.
     */
    private static boolean properBeforeHead(Words w, int k, int suffixStart) {
        Token last = w.token(k);
        if (last.start() < suffixStart) {
            return PLACE_OR_PERSON.contains(last.pos());
        }
        return k > 0 && Words.isProper(w.token(k - 1));
    }

    /** A name does not start before a verb inside it: 长虹控股「共建」智能家电研发制造基地. */
    private int cutAfterVerb(String text, int start, int suffixStart) {
        int cut = start;
        for (int p = start; p < suffixStart; p++) {
            for (String word : lexicon.cutWords) {
                if (text.startsWith(word, p) && p + word.length() <= suffixStart && actsAsVerb(text, word, p)) {
                    cut = p + word.length();
                }
            }
        }
        return cut;
    }

    /** 联合 is a verb before a partner (联合 X 共建) and part of the name elsewhere (某某联合集团). */
    private boolean actsAsVerb(String text, String word, int pos) {
        if (!word.equals("联合")) {
            return true;
        }
        int clauseEnd = Clauses.end(text, pos);
        for (int p = pos + word.length(); p < clauseEnd; p++) {
            if (startsWithAny(text, p, partnerVerbs)) {
                return true;
            }
        }
        return false;
    }

    /** The start of a name whose last word begins at token {@code first}. */
    private int reachLeft(Words w, int first, EntityLexicon.Suffix suffix) {
        boolean place = suffix.type() == EntityType.Place;
        int j = first;
        boolean inQuote = false;
        while (j > 0) {
            Token t = w.token(j - 1);
            if (t.text().equals("”")) {
                inQuote = true;
            } else if (t.text().equals("“")) {
                j--;
                if (!inQuote) {
                    break;
                }
                inQuote = false;
                continue;
            }
            boolean stops = suffix.legal() ? stopsLegalName(w, j - 1) : stopsName(w, j - 1);
            if (!inQuote && stops || place && (t.pos().equals("ns") && ADMIN_UNIT.matcher(t.text()).matches()
                    || headsAnotherKind(t.text()))) {
                break;
            }
            j--;
        }
        if (LINE_HEADS.contains(suffix.word())) {
            j = withAbbreviations(w, j);
        }
        return w.token(j).start();
    }

    /** 某某铁路某江站: a place does not reach over the head of a project's or a body's name. */
    private boolean headsAnotherKind(String word) {
        return lexicon.suffixes.stream().anyMatch(s -> s.word().equals(word) && s.type() != EntityType.Place);
    }

    /**
     * 某和成股份有限公司: before a legal form only punctuation, 的, the cue words and a preposition or
     * conjunction that opens the clause (与某某有限公司合作) end the name.
     */
    private boolean stopsLegalName(Words w, int i) {
        Token t = w.token(i);
        boolean opening = i == 0 || w.token(i - 1).pos().equals("w");
        boolean function = t.pos().startsWith("p") || t.pos().startsWith("c");
        if (t.text().length() == 1 && !t.pos().equals("w") && !t.text().equals("的") && !(opening && function)) {
            return false;
        }
        return stopsName(w, i);
    }

    /** 甲乙丙铁路: a line is named by one character of each place it joins, whatever HanLP makes of them. */
    private int withAbbreviations(Words w, int j) {
        int k = j;
        int chars = 0;
        while (k > 0) {
            Token t = w.token(k - 1);
            if (t.text().length() != 1 || t.pos().equals("w") || lexicon.boundaries.contains(t.text())
                    || NOT_IN_ABBREVIATION.contains(t.text()) || chars >= MAX_ABBREVIATION) {
                break;
            }
            chars++;
            k--;
        }
        return chars >= 2 ? k : j;
    }

    private boolean stopsName(Words w, int i) {
        Token t = w.token(i);
        String pos = t.pos();
        if (pos.startsWith("m") && i + 1 < w.size()
                && (w.token(i + 1).pos().equals("nx") || MODEL_UNITS.contains(w.token(i + 1).text()))) {
            return false;
        }
        if (MODEL_UNITS.contains(t.text()) && i > 0 && w.token(i - 1).pos().startsWith("m")) {
            return false;
        }
        if (isClauseOpeningCharacter(w, i) || isVerbObjectPair(w, i)) {
            return false;
        }
        if (t.text().equals("联合") && !actsAsVerb(w.text(), "联合", t.start())) {
            return false;
        }
        if (t.text().equals("和") && joinsVerbs(w, i)) {
            return false;
        }
        boolean singleVerb = (pos.equals("v") || pos.equals("vi")) && t.text().length() == 1;
        boolean stopPos = STOP_POS.contains(pos.substring(0, 1)) || pos.equals("f") && t.text().length() == 1;
        return lexicon.boundaries.contains(t.text()) || singleVerb || stopPos || pos.startsWith("m")
                || pos.equals("vshi") || pos.equals("vyou") || t.text().equals("和") || t.text().equals("的");
    }

    /**
     * A one-character verb that opens its clause before a place-like word is a piece of a name HanLP did
     * not know (递/v 铺街道/ns 商会), unless it is a cue of the report (获).
     */
    private boolean isClauseOpeningCharacter(Words w, int i) {
        Token t = w.token(i);
        boolean opens = i == 0 || Clauses.ENDS.contains(w.token(i - 1).text());
        return opens && t.text().length() == 1 && t.pos().equals("v") && i + 1 < w.size()
                && (PLACE_OR_PERSON.contains(w.token(i + 1).pos()) || isCharacterPiece(w.token(i + 1)))
                && lexicon.triggers.stream().noneMatch(tr -> tr.word().equals(t.text()));
    }

    /** 调/v 水/n 干线: a one-character verb and noun that HanLP did not join make one word of a name (调水, 供水). */
    private static boolean isVerbObjectPair(Words w, int i) {
        Token t = w.token(i);
        if (t.text().length() != 1 || !t.pos().equals("v") || i + 1 >= w.size() || i == 0) {
            return false;
        }
        Token next = w.token(i + 1);
        Token before = w.token(i - 1);
        return next.text().length() == 1 && next.pos().equals("n") && !before.pos().equals("w") && !before.pos().startsWith("v");
    }

    /** A one-character word that is not a function word: a piece of a name HanLP cut up (立/v 讯/ng 精密). */
    private static boolean isCharacterPiece(Token t) {
        return t.text().length() == 1 && !STOP_POS.contains(t.pos().substring(0, 1)) && !t.pos().startsWith("v");
    }

    /** 运行和治理中心: after an activity 和 is inside a name (a name ends with its head, never with a verb). */
    private static boolean joinsVerbs(Words w, int i) {
        return i > 0 && w.token(i - 1).pos().startsWith("v");
    }

    /** 全省首个超百亿元水利工程娄里水库: the name starts after the category (…工程, …项目) it is introduced by. */
    private static int afterApposition(Words w, int start, int suffixStart) {
        int cut = start;
        for (int i = 0; i + 1 < w.size(); i++) {
            Token t = w.token(i);
            boolean inside = t.start() >= start && t.end() < suffixStart;
            if (inside && APPOSITION_HEADS.stream().anyMatch(t.text()::endsWith) && Words.isProper(w.token(i + 1))) {
                cut = t.end();
            }
        }
        return cut;
    }

    /** 甲至乙、丙短途运输航线, 甲至乙观光航线: a route's name starts at its origin, over the list of its ends. */
    private static int withRoute(Words w, int start) {
        String text = w.text();
        int p = start - 1;
        if (p > 0 && text.charAt(p) == '至') {
            int origin = w.tokenAt(p - 1);
            return origin >= 0 && Words.isProper(w.token(origin)) ? w.token(origin).start() : start;
        }
        while (p > 0 && text.charAt(p) == '、') {
            int q = p - 1;
            while (q >= 0 && p - q <= MAX_ROUTE_END && Character.isLetter(text.charAt(q)) && text.charAt(q) != '至') {
                q--;
            }
            if (q < 0 || p - q > MAX_ROUTE_END) {
                return start;
            }
            if (text.charAt(q) == '至') {
                int origin = w.tokenAt(q - 1);
                return origin >= 0 && Words.isProper(w.token(origin)) ? w.token(origin).start() : start;
            }
            if (text.charAt(q) != '、') {
                return start;
            }
            p = q;
        }
        return start;
    }

    /** 加快打造成渝…: a name that starts inside a named region starts where the region does. */
    private int withRegionWord(String text, int start, int suffixStart) {
        for (String region : lexicon.regions) {
            for (int p = Math.max(0, start - region.length() + 1); p < start; p++) {
                if (text.startsWith(region, p) && p + region.length() <= suffixStart) {
                    return p;
                }
            }
        }
        return start;
    }

    private static int withPhase(String text, int end) {
        return PHASE.matcher(text).region(end, text.length()).lookingAt() ? end + 2 : end;
    }

    /** （二期） and （渝宜段） belong to the name before them. */
    private static int withBracket(String text, int end) {
        if (end < text.length() && text.charAt(end) == '（') {
            int close = text.indexOf('）', end);
            if (close > end && close - end <= 12) {
                return close + 1;
            }
        }
        return end;
    }

    /** 南珠高铁南玉段, …送出工程永川段: the section of a line is part of its name. */
    private static int withSection(Words w, int k, EntityLexicon.Suffix suffix, int end) {
        if (!LINE_HEADS.contains(suffix.word()) || w.token(k).end() != end) {
            return end;
        }
        Matcher m = SECTION.matcher(w.text().substring(end));
        if (!m.find() || NOT_SECTIONS.stream().anyMatch(m.group()::endsWith)) {
            return end;
        }
        int sectionEnd = end + m.end();
        for (Token t : w.tokens()) {
            if (t.start() >= end && t.end() < sectionEnd && t.pos().startsWith("v")) {
                return end;
            }
        }
        return sectionEnd;
    }

    private static boolean startsWithAny(String text, int pos, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, pos)) {
                return true;
            }
        }
        return false;
    }
}
