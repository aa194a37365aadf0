package org.gwrkg.extract.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.Qualifier;
import org.gwrkg.structure.Sentence;

/**
 * Reads the figures of a report: each number with a unit becomes a {@link Metric} tied to the
 * indicator written before it (or after it, for 3个市考断面…), with its measure, canonical
 * value, qualifiers and, for a target, the year it is set for.
 *
 * <p>What it pairs up: 分别 with two to five indicators and numbers; indicators joined by 、 or 和
 * that share one verb and have one number each (粮食播种面积、产量达到58万亩、2.3亿斤), also when one
 * word names both (存贷款余额达到A、B); one number shared by several indicators (均达100%); a change
 * that follows a level (达319天、增加16天); the two ends of a range (3至5个: 3 over, 5 under).
 *
 * <p>Hedges: 预计, 力争, 目标是/为, 预期增长 put their qualifier on every later figure of the sentence
 * when no figure comes before them, else on the figures of their own clause; 等预期目标 after a
 * figure makes it a target. A target's period is the year written before it (到2027年), else the
 * year after the one the report reviews.
 *
 * <pre>{@code
 * MetricExtractor metrics = new MetricExtractor();
 * List<Metric> found = metrics.extract(sentence, mentionsOfThatSentence, "2024");
 * }</pre>
 */
public final class MetricExtractor {
    private static final String QUOTES = "“”‘’「」『』《》\"'";
    private static final Pattern BETWEEN_LISTED_FIGURES = Pattern.compile("[、，和及与]*");
    /** An indicator is never trimmed below this many characters. */
    private static final int MIN_INDICATOR = 2;

    private final MetricCues cues;
    private final FigureFinder finder;

    /** An extractor with the standard unit table and cues. */
    public MetricExtractor() {
        this(UnitTable.standard(), MetricCues.standard());
    }

    MetricExtractor(UnitTable units, MetricCues cues) {
        this.cues = cues;
        this.finder = new FigureFinder(units, cues);
    }

    /** A figure tied to its indicator, before the sentence offset is applied. */
    private record Draft(String indicator, String subject, Measure measure, BigDecimal value, Figure figure,
                         Set<Qualifier> qualifiers, String period, int quoteStart, int quoteEnd) {
    }

    /** What a run of verbs, adverbs and qualifiers before a figure says about it. */
    private record Peeled(String rest, String changeVerb, Set<Qualifier> qualifiers, boolean shared) {
    }

    /** One sentence being read: its text, figures and the report's period. */
    private record Reading(String text, List<Figure> figures, Integer period) {
    }

    /**
     * The metrics of one sentence, targets without a written year left without a period.
     *
     * @param sentence the sentence
     * @param mentions entities named in that sentence, for figures about one of them
     */
    public List<Metric> extract(Sentence sentence, List<EntityMention> mentions) {
        return extract(sentence, mentions, null);
    }

    /**
     * The metrics of one sentence.
     *
     * @param sentence     the sentence
     * @param mentions     entities named in that sentence, for figures about one of them
     * @param reportPeriod the year the report reviews (2024), for the year of its targets; may be null
     */
    public List<Metric> extract(Sentence sentence, List<EntityMention> mentions, String reportPeriod) {
        String text = sentence.text();
        Reading reading = new Reading(text, finder.find(text), year(reportPeriod));
        List<Figure> figures = reading.figures();
        List<Draft> drafts = new ArrayList<>();
        int consumed = 0;
        int i = 0;
        while (i < figures.size()) {
            Figure figure = figures.get(i);
            if (figure.rangeEnd()) {
                Draft low = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                if (low != null && low.figure() == figures.get(i - 1)) {
                    drafts.add(upperEnd(low, figure));
                }
                consumed = figure.suffixEnd();
                i++;
                continue;
            }
            int from = Math.max(Clauses.start(text, figure.start()), consumed);
            int respectively = text.lastIndexOf("分别", figure.start());
            int j = listedRun(text, figures, i);
            List<Draft> group = null;
            if (respectively >= from) {
                group = respectively(reading, figures.subList(i, j), from, respectively, drafts);
            } else if (j - i >= 2) {
                group = sharedVerb(reading, figures.subList(i, j), from);
            }
            if (group != null) {
                drafts.addAll(group);
                consumed = figures.get(j - 1).suffixEnd();
                i = j;
            } else {
                consumed = single(reading, figure, from, drafts);
                i++;
            }
        }
        List<Metric> metrics = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            metrics.add(toMetric(sentence, withSubject(d, mentions, sentence.start())));
        }
        return metrics;
    }

    /** Ties one figure to its indicator; returns how far the sentence is now read. */
    private int single(Reading r, Figure figure, int from, List<Draft> drafts) {
        String text = r.text();
        Peeled peeled = peel(text.substring(from, figure.start()));
        if (cues.isBenchmarkGap(stripEnds(peeled.rest()))) {
            return figure.suffixEnd();
        }
        // “甲”“乙”项目交付率均达…: adjacent quotes list indicators as 、 does.
        String indicator = clean(peeled.shared() ? peeled.rest().replace("”“", "、") : peeled.rest());
        int quoteEnd = figure.suffixEnd();
        String post = post(text, figure.suffixEnd());
        if (figure.countedNoun() != null) {
            indicator = clean(figure.countedNoun());
        } else if (figure.unit().kind() == UnitTable.Kind.CLASSIFIER && !post.isEmpty()
                && (indicator.isEmpty() || peeled.rest().contains("、") || indicator.endsWith("等")
                    || cues.endsWithAction(indicator))) {
            indicator = clean(post);
            quoteEnd = figure.suffixEnd() + post.length();
        } else if (peeled.rest().contains("等") && peeled.rest().contains("、")) {
            indicator = enumeration(text, from, peeled.rest());
        }
        if (indicator.isEmpty() && !drafts.isEmpty()) {
            indicator = drafts.get(drafts.size() - 1).indicator();
        }
        if (indicator.isEmpty()) {
            return figure.suffixEnd();
        }
        Set<Qualifier> qualifiers = qualifiers(r, figure, peeled.qualifiers());
        Measure measure = measure(figure, peeled.changeVerb());
        BigDecimal value = signed(figure.value(), peeled.changeVerb());
        List<String> items = peeled.shared() ? split(indicator, 0) : List.of(indicator);
        for (String item : items) {
            drafts.add(new Draft(item, null, measure, value, figure, qualifiers, period(r, figure, qualifiers), from,
                    quoteEnd));
        }
        return quoteEnd;
    }

    /** 甲、乙、丙分别增长 3%、5% 和 7%: k indicators paired with k figures. */
    private List<Draft> respectively(Reading r, List<Figure> run, int from, int respectively, List<Draft> earlier) {
        String text = r.text();
        int k = run.size();
        String listText = text.substring(from, respectively);
        Peeled verbs = peel(text.substring(respectively + 2, run.get(0).start()));
        List<String> items = split(clean(listText), k);
        List<String> indicators = new ArrayList<>();
        if (items.size() == k) {
            indicators.addAll(items);
        } else if (earlier.size() >= k && items.size() <= 1) {
            String head = items.isEmpty() ? "" : items.get(0);
            for (Draft d : earlier.subList(earlier.size() - k, earlier.size())) {
                indicators.add(d.indicator() + head);
            }
        } else {
            String whole = clean(listText);
            if (whole.isEmpty()) {
                return List.of();
            }
            run.forEach(f -> indicators.add(whole));
        }
        return paired(r, run, indicators, verbs, from);
    }

    /** 粮食播种面积、产量达到58万亩、2.3亿斤: a list that shares one verb, one figure per indicator; else null. */
    private List<Draft> sharedVerb(Reading r, List<Figure> run, int from) {
        Peeled verbs = peel(r.text().substring(from, run.get(0).start()));
        List<String> items = split(clean(verbs.rest()), run.size());
        if (items.size() != run.size() || cues.isBenchmarkGap(stripEnds(verbs.rest()))) {
            return null;
        }
        return paired(r, run, items, new Peeled("", verbs.changeVerb(), verbs.qualifiers(), false), from);
    }

    private List<Draft> paired(Reading r, List<Figure> run, List<String> indicators, Peeled verbs, int from) {
        List<Draft> drafts = new ArrayList<>();
        int quoteEnd = run.get(run.size() - 1).suffixEnd();
        for (int n = 0; n < run.size(); n++) {
            Figure f = run.get(n);
            Set<Qualifier> qualifiers = qualifiers(r, f, verbs.qualifiers());
            drafts.add(new Draft(indicators.get(n), null, measure(f, verbs.changeVerb()),
                    signed(f.value(), verbs.changeVerb()), f, qualifiers, period(r, f, qualifiers), from, quoteEnd));
        }
        return drafts;
    }

    /** The upper end of a range: the lower end's indicator, measure, sign and hedges, its own value. */
    private static Draft upperEnd(Draft low, Figure high) {
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        qualifiers.addAll(low.qualifiers());
        qualifiers.removeAll(low.figure().qualifiers());
        qualifiers.addAll(high.qualifiers());
        BigDecimal value = low.value().signum() < 0 ? high.value().negate() : high.value();
        return new Draft(low.indicator(), low.subject(), low.measure(), value, high, qualifiers, low.period(),
                low.quoteStart(), low.quoteEnd());
    }

    /** How many figures from {@code i} on are listed together (3%、17%、23%); a range's upper end ends a run. */
    private static int listedRun(String text, List<Figure> figures, int i) {
        int j = i + 1;
        while (j < figures.size() && !figures.get(j).rangeEnd()
                && BETWEEN_LISTED_FIGURES.matcher(text.substring(figures.get(j - 1).suffixEnd(), figures.get(j).start()))
                .matches()) {
            j++;
        }
        return j;
    }

    /** Strips verbs, adverbs and qualifiers from the end of the words before a figure. */
    private Peeled peel(String before) {
        String rest = before;
        String changeVerb = null;
        boolean shared = false;
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        while (!rest.isEmpty()) {
            String q = cues.prefixQualifierEnding(rest);
            String c = q == null ? cues.changeVerbEnding(rest) : null;
            String l = q == null && c == null ? cues.levelVerbEnding(rest) : null;
            String a = q == null && c == null && l == null ? cues.adverbEnding(rest) : null;
            if (q != null) {
                qualifiers.add(cues.prefixQualifier(q));
                rest = rest.substring(0, rest.length() - q.length());
            } else if (c != null) {
                if (changeVerb == null) {
                    changeVerb = c;
                }
                rest = rest.substring(0, rest.length() - c.length());
            } else if (l != null) {
                shared |= l.startsWith("均");
                rest = rest.substring(0, rest.length() - l.length());
            } else if (a != null) {
                rest = rest.substring(0, rest.length() - a.length());
            } else {
                break;
            }
        }
        return new Peeled(rest, changeVerb, qualifiers, shared);
    }

    /** 新签约甲、乙等项目 128 个: the clause's opening verb and the noun after 等. */
    private String enumeration(String text, int from, String rest) {
        String noun = clean(rest.substring(rest.lastIndexOf('等') + 1));
        String clause = text.substring(Clauses.start(text, from), from) + rest;
        String verb = cues.enumerationVerbAt(clause);
        return verb == null ? noun : verb + noun;
    }

    /** The words after a figure up to the end of its clause: 17个「项目建成投产」. */
    private static String post(String text, int pos) {
        int end = pos;
        while (end < text.length() && Clauses.ENDS.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '、'
                && !Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(pos, end);
    }

    /**
     * Items of a list of indicators, with a shared head noun given to those that lack one; a
     * single item with a word that names two (存贷款余额) gives both when two are expected.
     */
    private List<String> split(String list, int expected) {
        List<String> items = splitOn(list, List.of("、"));
        if (expected > 0 ? items.size() != expected : items.size() < 2) {
            items = splitOn(list, cues.listSeparators());
        }
        if (items.size() == 1 && expected > 1) {
            return unpaired(items.get(0), expected);
        }
        if (items.size() < 2) {
            return items;
        }
        String last = items.get(items.size() - 1);
        String first = items.get(0);
        // 工业投资和制造业投资 share their head already; 城镇、农村居民收入 lend 农村's to 城镇.
        boolean sameHead = first.length() >= 2 && last.endsWith(first.substring(first.length() - 2));
        if (!cues.hasHead(first) && !sameHead && last.length() > first.length()) {
            String head = last.substring(first.length());
            List<String> withHead = new ArrayList<>();
            for (String item : items.subList(0, items.size() - 1)) {
                withHead.add(cues.hasHead(item) ? item : item + head);
            }
            withHead.add(last);
            return withHead;
        }
        return items;
    }

    /** 金融机构存贷款余额 with two figures: 金融机构存款余额 and 金融机构贷款余额. */
    private List<String> unpaired(String item, int expected) {
        String word = cues.pairedWordIn(item);
        if (word == null || cues.pairedParts(word).size() != expected) {
            return List.of(item);
        }
        return cues.pairedParts(word).stream().map(part -> item.replace(word, part)).toList();
    }

    private static List<String> splitOn(String list, List<String> separators) {
        String marked = list;
        for (String s : separators) {
            marked = marked.replace(s, "\u0000");
        }
        List<String> items = new ArrayList<>();
        for (String item : marked.split("\u0000")) {
            if (!item.isBlank()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Quotes, list joints, opening words such as 全年 and opening verbs such as 改造提升 removed. */
    private String clean(String indicator) {
        StringBuilder sb = new StringBuilder();
        for (char c : indicator.toCharArray()) {
            if (QUOTES.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        String s = stripEnds(sb.toString());
        while (true) {
            String lead = cues.leadingWordAt(s);
            if (lead == null) {
                lead = cues.indicatorVerbAt(s);
            }
            if (lead == null) {
                lead = cues.leadingTimeAt(s);
            }
            if (lead == null || s.length() - lead.length() < MIN_INDICATOR) {
                return s;
            }
            s = stripEnds(s.substring(lead.length()));
        }
    }

    private static String stripEnds(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && "、，和及与的".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "、，和及与的".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The figure's own qualifiers, those peeled before it, and the sentence's hedges that reach it. */
    private Set<Qualifier> qualifiers(Reading r, Figure figure, Set<Qualifier> before) {
        String text = r.text();
        Set<Qualifier> all = EnumSet.noneOf(Qualifier.class);
        all.addAll(figure.qualifiers());
        all.addAll(before);
        int firstFigure = r.figures().get(0).start();
        int clause = Clauses.start(text, figure.start());
        for (MetricCues.Hedge h : cues.hedges(text)) {
            // 预计 opening a sentence hedges all its figures; after a figure a hedge reaches only its own clause
            // (全年接待游客860万人次，预计带动消费52亿元 reports the first figure as a result).
            boolean reaches = h.end() <= figure.start() && (h.start() < firstFigure || h.start() >= clause);
            boolean future = h.year() == null || (r.period() != null && h.year() > r.period());
            if (reaches && future) {
                all.add(h.qualifier());
            }
        }
        if (cues.targetAt(text, figure.suffixEnd())) {
            all.add(Qualifier.TARGET);
        }
        return all;
    }

    /** The year a target is set for; null for any other figure, which refers to the report's own period. */
    private String period(Reading r, Figure figure, Set<Qualifier> qualifiers) {
        if (!qualifiers.contains(Qualifier.TARGET)) {
            return null;
        }
        return cues.targetYear(r.text().substring(0, figure.start()), r.period());
    }

    private static Integer year(String period) {
        if (period == null || !period.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(period.strip());
    }

    private static Measure measure(Figure figure, String changeVerb) {
        UnitTable.Kind kind = figure.unit().kind();
        if (kind == UnitTable.Kind.POINT) {
            return Measure.CHANGE_ABS;
        }
        if (changeVerb == null) {
            return Measure.LEVEL;
        }
        return kind == UnitTable.Kind.PERCENT ? Measure.CHANGE_RATE : Measure.CHANGE_ABS;
    }

    private BigDecimal signed(BigDecimal value, String changeVerb) {
        return changeVerb != null && cues.sign(changeVerb) < 0 ? value.negate() : value;
    }

    /**
     * 长城汽车整车下线: a figure about a named organisation or project. Without one, a short name
     * before 实现 is the region's (阳江实现地区生产总值) and is dropped.
     */
    private Draft withSubject(Draft d, List<EntityMention> mentions, int offset) {
        for (EntityMention m : mentions) {
            boolean canOwnFigures = m.type() == EntityType.Organization || m.type() == EntityType.Project;
            if (canOwnFigures && d.indicator().startsWith(m.name()) && d.indicator().length() > m.name().length()
                    && m.start() - offset >= d.quoteStart() && m.start() - offset < d.figure().start()) {
                String rest = clean(d.indicator().substring(m.name().length()));
                return new Draft(rest.isEmpty() ? d.indicator() : rest, rest.isEmpty() ? null : m.name(), d.measure(),
                        d.value(), d.figure(), d.qualifiers(), d.period(), d.quoteStart(), d.quoteEnd());
            }
        }
        int start = cues.afterSubjectVerb(d.indicator());
        if (start > 0 && d.indicator().length() - start >= MIN_INDICATOR) {
            return new Draft(d.indicator().substring(start), null, d.measure(), d.value(), d.figure(), d.qualifiers(),
                    d.period(), d.quoteStart(), d.quoteEnd());
        }
        return d;
    }

    private static Metric toMetric(Sentence sentence, Draft d) {
        int start = sentence.start() + d.quoteStart();
        int end = sentence.start() + d.quoteEnd();
        return new Metric(d.indicator(), d.subject(), d.measure(), d.value(), d.figure().unit().code(),
                d.figure().raw(), d.qualifiers(), d.period(),
                new Evidence(start, end, sentence.text().substring(d.quoteStart(), d.quoteEnd())));
    }
}
