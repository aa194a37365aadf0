package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.nlp.Token;

/**
 * Tells a name from a phrase that only ends like one: a generic phrase (重点项目, 新型公共文体空间),
 * a category being counted (实训基地36个), a threshold class (亿元以上项目), the kind something is
 * the first of (首个跨省市强村公司), a goal (打造内陆开放综合枢纽) or a programme (实施“产业振兴工程”).
 */
final class NameFilter {
    private static final Pattern FIGURE_INSIDE = Pattern.compile(".*\\d+[个家项批座所].*");
    private static final Pattern THRESHOLD = Pattern.compile(".*(?:以上|以下|以内).*");
    private static final String NUMERALS = "一二三四五六七八九十两百千万";
    /** 打造8条特色餐饮街区: a count before a phrase counts things of that kind. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:\\d+[余多]?|(?<!第)[一二两三四五六七八九十]+)$");
    /** 一号工程, 十项重大工程, 三大行动: a numbered slogan, not a name. */
    private static final Pattern NUMBERED = Pattern.compile("[一二两三四五六七八九十百千万]+[号项大个条张]");
    /** 国家高新区第28位: a place in a ranking of a kind. */
    private static final Pattern RANK = Pattern.compile("第\\d+[位名]");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”");
    private static final Pattern FIGURE = Pattern.compile("^\\d+(?:\\.\\d+)?[余多]?万?");
    /** 区疾控中心, 市政府: a head after the level of government alone names that level's body. */
    private static final Pattern LEVEL = Pattern.compile("[区市县省州镇乡旗]级?");
    private static final int MAX_VERBS_BEFORE_COUNT = 4;
    private static final int MAX_ACTIVITIES = 4;
    private static final int MAX_GAP_AFTER_ORDINAL = 3;

    private final EntityLexicon lexicon;
    private final List<String> countedBefore = new ArrayList<>();
    private final StatusCues statusCues;

    NameFilter(EntityLexicon lexicon, StatusCues statusCues) {
        this.lexicon = lexicon;
        this.statusCues = statusCues;
        countedBefore.addAll(lexicon.nameRule("classifier"));
        countedBefore.addAll(lexicon.nameRule("level"));
    }

    /** Whether {@code span}, which ends with {@code suffix}, is a name in its sentence. */
    boolean isName(Words w, Span span, EntityLexicon.Suffix suffix, List<Span> designations) {
        String core = core(span.name());
        return !namesAKind(w, span, suffix, core) && !isPartOfAnother(w, span, designations)
                && !(span.type() == EntityType.Project && namesAPlan(w.text(), span, core));
    }

    /** 重点项目, 实训基地36个, 亿元以上项目, 首个某某公司, 研究部署园区, 一号工程, 市委市政府: a kind, not a name. */
    private boolean namesAKind(Words w, Span span, EntityLexicon.Suffix suffix, String core) {
        String text = w.text();
        boolean numberedPlace = span.type() == EntityType.Place && NUMERALS.indexOf(core.charAt(0)) >= 0;
        boolean numberedProject = span.type() == EntityType.Project && NUMBERED.matcher(core).lookingAt();
        return lexicon.endsWithExcludedHead(core) || isGeneric(unquoted(span.name()), suffix) || twoFixedNames(core, suffix)
                || FIGURE_INSIDE.matcher(core).matches() || THRESHOLD.matcher(core).matches()
                || countFollows(w, span.end()) || countBefore(text, span.start()) || afterOrdinal(text, span.start())
                || onlyActivities(w, span, suffix) || numberedPlace || numberedProject;
    }

    /** 某某示范县 in a title, 黄河 in 黄河流域, 某江 in 某江机械, 县委 in 县委书记: a piece of another name or word. */
    private boolean isPartOfAnother(Words w, Span span, List<Span> designations) {
        String text = w.text();
        boolean place = span.type() == EntityType.Place
                && (fillsQuote(text, span) || startsAnotherName(w, span.end()) || insideRegionWord(text, span));
        boolean post = span.type() == EntityType.Organization
                && lexicon.nameRule("post").stream().anyMatch(p -> text.startsWith(p, span.end()));
        boolean continued = lexicon.nameRule("continuation").stream().anyMatch(c -> text.startsWith(c, span.end()));
        return insideDesignation(span, designations) || place || post || continued;
    }

    /** 打造某某枢纽, 实施某某工程: a goal or a programme, not a thing built. */
    private boolean namesAPlan(String text, Span span, String core) {
        return isPositioning(text, span, core) || isProgramme(text, span, core);
    }

    /** The name without quotes and without a bracket after it. */
    private static String core(String name) {
        String bare = Words.stripQuotes(name);
        int bracket = bare.indexOf('（');
        return bracket > 0 ? bare.substring(0, bracket) : bare;
    }

    /** 黄河 in 黄河流域: a named region of places.tsv is the place, not the river it is named after. */
    private boolean insideRegionWord(String text, Span span) {
        for (String region : lexicon.regions) {
            for (int at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + 1)) {
                if (at <= span.start() && span.end() <= at + region.length() && region.length() > span.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 研究部署园区: a couple of activities alone before the head name no particular thing (a longer run of
     * them can: 自动驾驶示范运营中心).
     */
    private static boolean onlyActivities(Words w, Span span, EntityLexicon.Suffix suffix) {
        int bracket = span.name().indexOf('（');
        int headStart = span.start() + (bracket >= 0 ? bracket : span.length()) - suffix.word().length();
        int chars = 0;
        for (Token t : w.tokens()) {
            if (t.start() >= span.start() && t.end() <= headStart) {
                if (!t.pos().startsWith("v") || t.text().length() < 2) {
                    return false;
                }
                chars += t.text().length();
            }
        }
        return chars > 0 && chars <= MAX_ACTIVITIES && span.name().indexOf('“') < 0;
    }

    /** 某江机械, 某州智库: a place-like word right before a company or body head is where that name starts. */
    private boolean startsAnotherName(Words w, int end) {
        int next = w.tokenAt(end);
        if (next < 0 || w.token(next).start() != end) {
            return false;
        }
        String word = w.token(next).text();
        return lexicon.companyHeads.contains(word)
                || lexicon.suffixes.stream().anyMatch(s -> s.word().equals(word) && s.type() != EntityType.Place);
    }

    /** “海铁江”联运: a place-like word that is all of a quotation is a coined term. */
    private static boolean fillsQuote(String text, Span span) {
        return span.name().startsWith("“") && span.end() < text.length() && text.charAt(span.end()) == '”';
    }

    /**
     * The name less its quoted parts when there are several (“保交楼”“保交房”项目 leaves 项目: a list of
     * slogans, not a name), and with one quoted name in it as it stands (“一门受理、协同办理”平台).
     */
    private static String unquoted(String name) {
        Matcher m = QUOTED.matcher(name);
        int quotes = 0;
        while (m.find()) {
            quotes++;
        }
        return core(quotes > 1 ? QUOTED.matcher(name).replaceAll("") : name);
    }

    /** 市委市政府: two bodies of the fixed list written together, each an entity of its own. */
    private boolean twoFixedNames(String core, EntityLexicon.Suffix suffix) {
        if (suffix.type() != EntityType.Organization) {
            return false;
        }
        return lexicon.organizations.anyPrefix(core, lexicon.organizationKinds::containsKey);
    }

    /**
     * Nothing but generic words before the head: 重点项目, 新型公共文体空间, 工业重点项目, 政策性项目. A head
     * that needs a proper name before it may have one character there (某县, whose proper name is checked).
     */
    private boolean isGeneric(String core, EntityLexicon.Suffix suffix) {
        if (!core.endsWith(suffix.word())) {
            return false;
        }
        String rest = core.substring(0, core.length() - suffix.word().length());
        if (suffix.type() == EntityType.Organization && LEVEL.matcher(rest).matches()) {
            return false;
        }
        if (suffix.type() == EntityType.Place && lexicon.notPlaces.stream().anyMatch(rest::endsWith)) {
            return true;
        }
        if (suffix.proper() && rest.length() == 1) {
            return lexicon.nameRule("common-stem").contains(rest);
        }
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            for (String g : lexicon.genericWords) {
                if (rest.startsWith(g)) {
                    rest = rest.substring(g.length());
                    changed = true;
                }
            }
        }
        if (suffix.word().equals("项目") && lexicon.sectors.contains(rest)) {
            return true;
        }
        if (suffix.type() == EntityType.Project) {
            for (String g : lexicon.genericWords) {
                if (g.length() > 1 && rest.endsWith(g)) {
                    return true;
                }
            }
        }
        return rest.length() < 2 || rest.endsWith("性");
    }

    /** 现代产业学院23个, 某某项目完成备案98个, 某某区第5位: a figure counts or ranks the things so described. */
    private boolean countFollows(Words w, int end) {
        int i = w.tokenAt(end);
        int verbs = 0;
        while (i >= 0 && i < w.size() && w.token(i).pos().startsWith("v")
                && verbs + w.token(i).text().length() <= MAX_VERBS_BEFORE_COUNT) {
            verbs += w.token(i).text().length();
            i++;
        }
        int at = i >= 0 && i < w.size() ? w.token(i).start() : w.text().length();
        if (RANK.matcher(w.text()).region(end, w.text().length()).lookingAt()) {
            return true;
        }
        Matcher m = FIGURE.matcher(w.text().substring(at));
        if (!m.find()) {
            return false;
        }
        String after = w.text().substring(at + m.end());
        return lexicon.nameRule("classifier").stream().anyMatch(after::startsWith)
                && !countsTheList(w.text(), end, m.group());
    }

    /** 打造8条特色餐饮街区, 镇村两级便民服务中心: a count or a number of levels before a phrase makes it a kind. */
    private boolean countBefore(String text, int start) {
        String before = text.substring(Clauses.start(text, start), start);
        for (String c : countedBefore) {
            if (before.endsWith(c) && COUNT_BEFORE.matcher(before.substring(0, before.length() - c.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /** 打造甲、乙2个现代社区试点: a count equal to the number of names listed before it counts those names. */
    private static boolean countsTheList(String text, int end, String figure) {
        int items = 1;
        for (int p = Clauses.start(text, end); p < end; p++) {
            if (text.charAt(p) == '、') {
                items++;
            }
        }
        return items > 1 && figure.equals(Integer.toString(items));
    }

    /** 川渝首个跨省市强村公司: what follows 首个 is the kind of thing, not its name. */
    private boolean afterOrdinal(String text, int start) {
        int from = Math.max(Clauses.start(text, start), start - MAX_GAP_AFTER_ORDINAL - 4);
        String before = text.substring(from, start);
        for (String o : lexicon.nameRule("ordinal")) {
            int at = before.lastIndexOf(o);
            if (at >= 0 && before.length() - (at + o.length()) <= MAX_GAP_AFTER_ORDINAL) {
                return true;
            }
        }
        return false;
    }

    /** A project or organisation name whose head is a designation's head is the designation itself. */
    private static boolean insideDesignation(Span span, List<Span> designations) {
        return designations.stream().anyMatch(d -> d.contains(span)
                && (span.type() == EntityType.Project || span.end() == d.end()));
    }

    /** 打造…重要战略支点、内陆开放综合枢纽, 渝西国际开放枢纽核心枢纽: a role set as a goal, not a thing built. */
    private boolean isPositioning(String text, Span span, String core) {
        String head = endingWith(core, lexicon.nameRule("positioning"));
        if (head == null) {
            return false;
        }
        String beforeHead = core.substring(0, core.length() - head.length());
        if (endingWith(beforeHead, lexicon.nameRule("role")) != null) {
            return true;
        }
        String clauseBefore = text.substring(Clauses.start(text, span.start()), span.start());
        return lexicon.nameRule("goal").stream().anyMatch(clauseBefore::contains);
    }

    /** 实施“产业振兴工程”: a 工程 carried out, with no building stage named, is a programme. */
    private boolean isProgramme(String text, Span span, String core) {
        if (endingWith(core, lexicon.nameRule("programme-head")) == null) {
            return false;
        }
        String clauseBefore = text.substring(Clauses.start(text, span.start()), span.start());
        if (lexicon.nameRule("programme-verb").stream().noneMatch(clauseBefore::contains)) {
            return false;
        }
        int clauseEnd = Clauses.end(text, span.end());
        for (int p = span.end(); p < clauseEnd; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && cue.projectFirst()) {
                return false;
            }
        }
        return true;
    }

    private static String endingWith(String s, List<String> words) {
        for (String word : words) {
            if (s.endsWith(word)) {
                return word;
            }
        }
        return null;
    }
}
