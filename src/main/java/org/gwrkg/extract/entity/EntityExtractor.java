package org.gwrkg.extract.entity;

import org.gwrkg.extract.Clauses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.StatusCues;
import org.gwrkg.nlp.Token;
import org.gwrkg.structure.Sentence;

/**
 * Finds the named projects, organisations, sectors, places and designations of a sentence.
 * Each kind has its own rule, applied in this order so that a longer, surer reading claims its
 * words first:
 * <ol>
 * <li>designations, after the verbs that award them (获批, 入选, X 授牌);</li>
 * <li>names that end with a head of {@code suffixes.tsv} (…产业园, …研究院), reaching left over
 *     words until a verb, a particle or punctuation;</li>
 * <li>the items of a list of projects (甲、乙等 17 个项目建成投产; 甲、乙建成投用);</li>
 * <li>fixed organisation names (区委, 国务院) and company short names (长城汽车);</li>
 * <li>sectors of the sector vocabulary, and places that HanLP recognises, with the report's
 *     own region.</li>
 * </ol>
 *
 * <pre>{@code
 * EntityExtractor entities = new EntityExtractor("永川区");
 * List<EntityMention> found = entities.extract(sentence, tokensOfSentence);
 * }</pre>
 */
public final class EntityExtractor {
    private static final String QUOTES = "“”‘’「」『』\"";
    private static final Set<String> STOP_POS = Set.of("w", "p", "c", "u", "d", "r", "y", "e", "o", "q", "f");
    private static final int MAX_NAME = 28;
    private static final Pattern TRAILING_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?[余多]?[万亿]?[\\u4e00-\\u9fa5]{0,2}$");

    private final EntityLexicon lexicon = EntityLexicon.standard();
    private final StatusCues statusCues = StatusCues.standard();
    private final List<String> regionNames;
    private final Pattern partnerCompany = Pattern.compile(
            "(?:联合|携手|与|引进)([\\u4e00-\\u9fa5]{1,6}(?:" + String.join("|", lexicon.companyHeads)
                    + "))(?=共建|合作|共同|签约|投资|建设)");

    /** @param region the report's region (永川区); it and its short form (永川) are places wherever named */
    public EntityExtractor(String region) {
        this.regionNames = regionForms(region);
    }

    /** A mention found in a sentence, with offsets in the sentence. */
    private record Span(int start, int end, EntityType type, String name) {
        int length() {
            return end - start;
        }

        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    /** The entity mentions of one sentence, in text order. */
    public List<EntityMention> extract(Sentence sentence, List<Token> tokens) {
        String text = sentence.text();
        List<Token> local = tokens.stream()
                .map(t -> new Token(t.text(), t.pos(), t.start() - sentence.start(), t.end() - sentence.start()))
                .toList();
        List<Span> designations = designations(text);
        List<Span> accepted = new ArrayList<>(designations);
        List<Span> named = new ArrayList<>();
        named.addAll(headedNames(text, local, designations));
        named.addAll(projectLists(text));
        named.sort(Comparator.comparingInt(Span::length).reversed());
        for (Span s : named) {
            claim(accepted, s);
        }
        for (Span s : vocabulary(text, lexicon.organizations, EntityType.Organization)) {
            claimOutsideNames(accepted, s);
        }
        for (Span s : partnerCompanies(text)) {
            claimOver(accepted, s);
        }
        for (Span s : companies(text, local)) {
            claim(accepted, s);
        }
        for (Span s : vocabulary(text, lexicon.sectors, EntityType.Sector)) {
            claim(accepted, s);
        }
        for (Span s : places(text, local)) {
            claimOutsideNames(accepted, s);
        }
        accepted.sort(Comparator.comparingInt(Span::start));
        List<EntityMention> mentions = new ArrayList<>();
        for (Span s : accepted) {
            String name = stripQuotes(s.name());
            if (name.length() >= 2) {
                mentions.add(new EntityMention(name, s.type(), sentence.start() + s.start(),
                        sentence.start() + s.end(), sentence.index()));
            }
        }
        return mentions;
    }

    /** Adds {@code s} unless it overlaps a span already taken. */
    private static void claim(List<Span> accepted, Span s) {
        if (accepted.stream().noneMatch(s::overlaps)) {
            accepted.add(s);
        }
    }

    /** Adds {@code s}, trimming a name that reached over it (长虹控股共建…基地 was cut after 共建 already). */
    private static void claimOver(List<Span> accepted, Span s) {
        if (accepted.stream().noneMatch(a -> a.overlaps(s) && a.type() != EntityType.Project)) {
            accepted.add(s);
        }
    }

    /** Adds {@code s} unless it overlaps a name; inside a designation it may stand (交通运输部 in 交通运输部…试点). */
    private static void claimOutsideNames(List<Span> accepted, Span s) {
        boolean clash = accepted.stream().anyMatch(a -> a.overlaps(s)
                && (a.type() != EntityType.Designation || a.end() == s.end()));
        if (!clash) {
            accepted.add(s);
        }
    }

    private List<Span> designations(String text) {
        List<Span> spans = new ArrayList<>();
        for (int pos = 0; pos < text.length(); pos++) {
            for (EntityLexicon.Trigger t : lexicon.triggers) {
                if (!text.startsWith(t.word(), pos)) {
                    continue;
                }
                if (t.designationFollows()) {
                    int end = Clauses.end(text, pos + t.word().length());
                    spans.addAll(designationItems(text, pos + t.word().length(), end, t.strong()));
                    pos = end;
                } else {
                    int start = Clauses.start(text, pos);
                    spans.addAll(designationItems(text, start, pos, t.strong()));
                    pos += t.word().length();
                }
                break;
            }
        }
        return spans;
    }

    private List<Span> designationItems(String text, int from, int to, boolean strong) {
        List<Span> items = new ArrayList<>();
        int start = from;
        for (int p = from; p <= to; p++) {
            boolean cut = p == to || text.charAt(p) == '、' || text.charAt(p) == '并'
                    || (text.charAt(p) == '“' && p > from && text.charAt(p - 1) == '”');
            if (!cut) {
                continue;
            }
            int end = trimFigure(text, start, p);
            String item = text.substring(start, end);
            String bare = stripQuotes(item);
            if (bare.length() >= 4 && (strong || lexicon.endsWithDesignationHead(bare))
                    && !startsWithBoundary(bare)) {
                items.add(new Span(start, end, EntityType.Designation, item));
            }
            if (p < to && text.charAt(p) == '并') {
                break;
            }
            start = text.charAt(Math.min(p, to - 1)) == '“' ? p : p + 1;
        }
        return items;
    }

    /** 巴渝和美院落100个: the designation ends where its count begins (but 4A级旅游景区 keeps its 4A). */
    private static int trimFigure(String text, int start, int end) {
        Matcher m = TRAILING_FIGURE.matcher(text.substring(start, end));
        return m.find() && m.start() > 0 ? start + m.start() : end;
    }

    private boolean startsWithBoundary(String s) {
        return lexicon.boundaries.stream().anyMatch(s::startsWith) || s.startsWith("设立") || s.startsWith("建设");
    }

    /** Names ending with a head of suffixes.tsv, reaching left over name-like words. */
    private List<Span> headedNames(String text, List<Token> tokens, List<Span> designations) {
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token last = tokens.get(k);
            EntityLexicon.Suffix suffix = lexicon.suffixEnding(text.substring(0, last.end()));
            if (suffix == null) {
                continue;
            }
            int suffixStart = last.end() - suffix.word().length();
            int first = k;
            while (first > 0 && tokens.get(first).start() > suffixStart) {
                first--;
            }
            int start = cutAfterVerb(text, reachLeft(tokens, first), suffixStart);
            int end = withBracket(text, last.end());
            String name = text.substring(start, end);
            if (end - start > MAX_NAME || isGeneric(name, suffix.word()) || hasFigure(name)
                    || insideDesignation(designations, start, end, suffix.type())) {
                continue;
            }
            EntityType type = suffix.type();
            if (suffix.ambiguous() && statusFollows(text, end)) {
                type = EntityType.Project;
            }
            spans.add(new Span(start, end, type, name));
        }
        return spans;
    }

    /** A name does not start before a verb inside it: 长虹控股「共建」智能家电研发制造基地. */
    private int cutAfterVerb(String text, int start, int suffixStart) {
        int cut = start;
        for (int p = start; p < suffixStart; p++) {
            for (String w : lexicon.cutWords) {
                if (text.startsWith(w, p) && p + w.length() <= suffixStart) {
                    cut = p + w.length();
                }
            }
        }
        return cut;
    }

    /** The start of a name whose last word begins at token {@code first}. */
    private int reachLeft(List<Token> tokens, int first) {
        int j = first;
        boolean inQuote = false;
        while (j > 0) {
            Token t = tokens.get(j - 1);
            if (t.text().equals("”")) {
                inQuote = true;
            } else if (t.text().equals("“")) {
                inQuote = false;
                j--;
                continue;
            }
            if (!inQuote && stopsName(t)) {
                break;
            }
            j--;
        }
        return tokens.get(j).start();
    }

    private boolean stopsName(Token t) {
        String pos = t.pos();
        boolean singleVerb = (pos.equals("v") || pos.equals("vi")) && t.text().length() == 1;
        boolean stopPos = STOP_POS.contains(pos.substring(0, 1)) && !pos.equals("f") || pos.equals("f") && t.text().length() == 1;
        return lexicon.boundaries.contains(t.text()) || singleVerb || stopPos || pos.startsWith("m")
                || pos.equals("vshi") || pos.equals("vyou") || t.text().equals("和") || t.text().equals("的");
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

    private boolean isGeneric(String name, String suffix) {
        String rest = stripQuotes(name);
        int bracket = rest.indexOf('（');
        if (bracket >= 0) {
            rest = rest.substring(0, bracket);
        }
        if (!rest.endsWith(suffix)) {
            return false;
        }
        rest = rest.substring(0, rest.length() - suffix.length());
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
        return rest.length() < 2;
    }

    private static boolean hasFigure(String name) {
        return name.matches(".*\\d+[个家项批座所].*");
    }

    /** A project or organisation name whose head is a designation's head is the designation itself. */
    private static boolean insideDesignation(List<Span> designations, int start, int end, EntityType type) {
        return designations.stream().anyMatch(d -> d.start() <= start && end <= d.end()
                && (type == EntityType.Project || end == d.end()));
    }

    private boolean statusFollows(String text, int pos) {
        int p = pos;
        while (p < text.length() && "、及和".indexOf(text.charAt(p)) < 0 && Clauses.ENDS.indexOf(text.charAt(p)) < 0) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && cue.projectFirst()) {
                return true;
            }
            p++;
        }
        return false;
    }

    /** 甲、乙等 17 个项目建成投产, 新签约甲、乙等项目: the listed items are projects; so are 甲、乙建成投用. */
    private List<Span> projectLists(String text) {
        List<Span> spans = new ArrayList<>();
        int clause = 0;
        for (int p = 0; p <= text.length(); p++) {
            if (p < text.length() && Clauses.ENDS.indexOf(text.charAt(p)) < 0) {
                continue;
            }
            spans.addAll(listedProjects(text, clause, p));
            clause = p + 1;
        }
        return spans;
    }

    private List<Span> listedProjects(String text, int from, int to) {
        String clause = text.substring(from, to);
        int listEnd = -1;
        int listStart = 0;
        int etc = clause.indexOf('等');
        if (etc > 0 && clause.substring(etc).matches("等(\\d+个)?项目.*")) {
            listEnd = etc;
            StatusCues.Cue lead = statusCues.at(clause, 0);
            if (lead == null && clause.startsWith("新")) {
                lead = statusCues.at(clause, 1);
            }
            if (lead != null && !lead.projectFirst()) {
                listStart = clause.indexOf(lead.word()) + lead.word().length();
            }
        } else {
            for (int p = 1; p < clause.length(); p++) {
                StatusCues.Cue cue = statusCues.at(clause, p);
                if (cue != null && cue.projectFirst() && clause.substring(0, p).contains("、")) {
                    listEnd = p;
                    break;
                }
            }
        }
        if (listEnd <= listStart) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        int start = listStart;
        for (int p = listStart; p <= listEnd; p++) {
            if (p == listEnd || clause.charAt(p) == '、' || clause.startsWith("及", p)) {
                String item = clause.substring(start, p).strip();
                if (item.length() >= 3 && !hasFigure(item) && item.chars().noneMatch(Character::isDigit)) {
                    spans.add(new Span(from + start, from + p, EntityType.Project, item));
                }
                start = p + 1;
            }
        }
        return spans;
    }

    /** Fixed names of a vocabulary, not inside a longer word of the same kind. */
    private static List<Span> vocabulary(String text, List<String> words, EntityType type) {
        List<Span> spans = new ArrayList<>();
        for (int pos = 0; pos < text.length(); pos++) {
            for (String w : words) {
                if (text.startsWith(w, pos)) {
                    spans.add(new Span(pos, pos + w.length(), type, w));
                    pos += w.length() - 1;
                    break;
                }
            }
        }
        return spans;
    }

    /** 长城汽车 opening a clause, 联合长虹控股: a short proper name and a company head. */
    private List<Span> companies(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token name = tokens.get(k);
            Token head = tokens.get(k + 1);
            boolean opens = k == 0 || opensClause(tokens.get(k - 1));
            if (opens && isProper(name) && name.text().length() >= 2 && name.text().length() <= 4
                    && lexicon.companyHeads.contains(head.text())
                    && !lexicon.sectors.contains(name.text() + head.text())
                    && (k + 2 >= tokens.size() || !isIndustryNoun(tokens.get(k + 2)))) {
                spans.add(new Span(name.start(), head.end(), EntityType.Organization, name.text() + head.text()));
            } else if (opens && k + 2 < tokens.size() && isProper(name) && isProper(head)
                    && name.text().length() + head.text().length() <= 4
                    && lexicon.companyHeads.contains(tokens.get(k + 2).text())) {
                Token tail = tokens.get(k + 2);
                spans.add(new Span(name.start(), tail.end(), EntityType.Organization,
                        text.substring(name.start(), tail.end())));
            }
        }
        return spans;
    }

    /** 联合长虹控股共建…: a company named between a partner opener and the verb, whatever the words. */
    private List<Span> partnerCompanies(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = partnerCompany.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(1), m.end(1), EntityType.Organization, m.group(1)));
        }
        return spans;
    }

    private boolean opensClause(Token previous) {
        return previous.pos().equals("w") || Set.of("联合", "引进", "与", "携手", "同").contains(previous.text());
    }

    private static boolean isProper(Token t) {
        return Set.of("nr", "nrf", "nz", "ns", "g", "ag", "j", "nx", "vg").contains(t.pos()) || t.pos().startsWith("nt");
    }

    private static boolean isIndustryNoun(Token t) {
        return Set.of("产业", "零部件", "产业园", "产业链", "行业", "企业", "基地", "项目", "小镇", "产业集群").contains(t.text());
    }

    /** Places HanLP recognises (ns), and the report's region in its long and short forms. */
    private List<Span> places(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>(vocabulary(text, regionNames, EntityType.Place));
        for (Token t : tokens) {
            if (t.pos().equals("ns") && t.text().length() >= 2) {
                spans.add(new Span(t.start(), t.end(), EntityType.Place, t.text()));
            }
        }
        return spans;
    }

    private static List<String> regionForms(String region) {
        if (region == null || region.isBlank()) {
            return List.of();
        }
        String shortForm = region.replaceAll("(自治县|自治州|自治区|特别行政区|新区|区|县|市|旗|省)$", "");
        return shortForm.length() >= 2 && !shortForm.equals(region) ? List.of(region, shortForm) : List.of(region);
    }

    private static String stripQuotes(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (QUOTES.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }


}
