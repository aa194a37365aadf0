package org.gwrkg.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;
import org.gwrkg.nlp.Token;

/**
 * Where a name that ends with a head starts: reaching left over name-like words until a verb, a
 * particle or punctuation, then trimmed of what does not belong to it (a category in apposition, a
 * leading verb or date) and widened over what does (a route's origin, a named region).
 */
final class NameStart {
    static final Set<String> PLACE_OR_PERSON = Set.of("ns", "nr", "nrf", "nz", "nsf");
    private static final Set<String> STOP_POS = Set.of("w", "p", "c", "u", "d", "r", "y", "e", "o", "q", "t");
    /** Words a name does not start with: verbs and adverbs (认真落实省委 is 省委). */
    private static final Set<String> NOT_FIRST = Set.of("v", "vi", "vd", "vf", "ad", "d");
    /** A place's name starts with neither an activity nor a quality (现代化某某县 is 某某县). */
    private static final Set<String> PLACE_NOT_FIRST = Set.of("v", "vi", "vd", "vf", "ad", "d", "vn", "a", "an");
    /** 某某市某某区: a place does not reach over the larger unit it lies in. */
    private static final Pattern ADMIN_UNIT = Pattern.compile(".{2,}[省市县区州旗]");
    private static final Pattern LEADING_DATE = Pattern.compile("(?:\\d+年(?:\\d+月)?(?:\\d+日)?|去年|今年|明年)");
    private static final int MAX_ROUTE_END = 5;
    private static final int MAX_ABBREVIATION = 4;
    private static final Set<String> NOT_IN_ABBREVIATION = Set.of("的", "和", "与", "在", "及", "等", "是", "为", "对", "把", "将", "了");
    /** 110千伏变电站, 500KV…工程: a voltage class is part of the name. */
    private static final Set<String> MODEL_UNITS = Set.of("千伏", "kV", "KV", "kv");
    /** 水利工程娄里水库: a category (…工程, …项目) in apposition before a proper name. */
    private static final List<String> APPOSITION_HEADS = List.of("工程", "项目");

    private final EntityLexicon lexicon;
    private final List<String> partnerVerbs;

    NameStart(EntityLexicon lexicon, List<String> partnerVerbs) {
        this.lexicon = lexicon;
        this.partnerVerbs = partnerVerbs;
    }

    /** The farthest start of a name whose head begins in token {@code first}: up to a stop, after a verb. */
    int reach(Words w, int first, EntityLexicon.Suffix suffix, int suffixStart) {
        return cutAfterVerb(w.text(), reachLeft(w, first, suffix), suffixStart);
    }

    /** 全省首个超百亿元水利工程娄里水库: the name starts after the category (…工程, …项目) it is introduced by. */
    static int afterApposition(Words w, int start, int suffixStart) {
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

    /** The start once leading verbs and dates are left out and a route's origin or a named region is taken in. */
    int refine(Words w, int start, EntityLexicon.Suffix suffix, int suffixStart) {
        Set<String> notFirst = suffix.type() == EntityType.Place ? PLACE_NOT_FIRST : NOT_FIRST;
        return withRegionWord(w.text(), withRoute(w, skipVerbs(w, start, suffixStart, notFirst)), suffixStart);
    }

    /** The start of a name after the verbs, adverbs and dates that HanLP left before it (2025年某某市政府). */
    private int skipVerbs(Words w, int start, int suffixStart, Set<String> notFirst) {
        Matcher date = LEADING_DATE.matcher(w.text()).region(start, suffixStart);
        int from = date.lookingAt() ? date.end() : start;
        int i = w.tokenAt(from);
        boolean openingCharacter = i >= 0 && isClauseOpeningCharacter(w, i);
        while (i >= 0 && i < w.size() && w.token(i).start() == from && w.token(i).end() <= suffixStart
                && notFirst.contains(w.token(i).pos()) && !openingCharacter) {
            from = w.token(i).end();
            i++;
        }
        return from;
    }

    /** A name does not start before a verb inside it: 某某控股「共建」智能家电研发制造基地. */
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
            int at = p;
            if (partnerVerbs.stream().anyMatch(v -> text.startsWith(v, at))) {
                return true;
            }
        }
        return false;
    }

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
        if (suffix.line()) {
            j = withAbbreviations(w, j);
        } else {
            j = withSplitName(w, j);
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

    /**
     * 坪/ng 地/ude2 综合交通枢纽: a run of single characters that opens its clause is a local name HanLP
     * did not know and cut into pieces, so it belongs to the name that follows.
     */
    private int withSplitName(Words w, int j) {
        int k = withAbbreviations(w, j);
        boolean opensClause = k == 0 || Clauses.ENDS.contains(w.token(k - 1).text());
        return opensClause ? k : j;
    }

    private boolean stopsName(Words w, int i) {
        Token t = w.token(i);
        String pos = t.pos();
        boolean modelNumber = pos.startsWith("m") && i + 1 < w.size()
                && (w.token(i + 1).pos().equals("nx") || MODEL_UNITS.contains(w.token(i + 1).text()))
                || MODEL_UNITS.contains(t.text()) && i > 0 && w.token(i - 1).pos().startsWith("m");
        if (modelNumber || isClauseOpeningCharacter(w, i) || isVerbObjectPair(w, i)
                || t.text().equals("联合") && !actsAsVerb(w.text(), "联合", t.start())
                || t.text().equals("和") && followsActivity(w, i)) {
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
    private static boolean followsActivity(Words w, int i) {
        return i > 0 && w.token(i - 1).pos().startsWith("v");
    }

    /** 甲至乙、丙短途运输航线, 甲至乙观光航线: a route's name starts at its origin, over the list of its ends. */
    private static int withRoute(Words w, int start) {
        String text = w.text();
        int p = start - 1;
        if (p > 0 && text.charAt(p) == '至') {
            return origin(w, p, start);
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
                return origin(w, q, start);
            }
            if (text.charAt(q) != '、') {
                return start;
            }
            p = q;
        }
        return start;
    }

    /** The start of the place before the 至 at {@code to}, or {@code otherwise} when no proper name stands there. */
    private static int origin(Words w, int to, int otherwise) {
        int origin = w.tokenAt(to - 1);
        return origin >= 0 && Words.isProper(w.token(origin)) ? w.token(origin).start() : otherwise;
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
}
