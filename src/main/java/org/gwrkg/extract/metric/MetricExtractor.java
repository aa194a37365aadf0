package org.gwrkg.extract.metric;

import org.gwrkg.extract.Clauses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * value and qualifiers. Lists are paired up: 分别 with several numbers, indicators sharing one
 * number (均), and a change that follows a level in the next clause (达319天、增加16天).
 *
 * <pre>{@code
 * MetricExtractor metrics = new MetricExtractor();
 * List<Metric> found = metrics.extract(sentence, mentionsOfThatSentence);
 * }</pre>
 */
public final class MetricExtractor {
    private static final String QUOTES = "“”‘’「」『』《》\"'";
    private static final Pattern BETWEEN_LISTED_FIGURES = Pattern.compile("[、，和及与]*");

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
                         Set<Qualifier> qualifiers, int quoteStart, int quoteEnd) {
    }

    /** What a run of verbs and qualifiers before a figure says about it. */
    private record Peeled(String rest, String changeVerb, Set<Qualifier> qualifiers, boolean shared) {
    }

    /**
     * The metrics of one sentence.
     *
     * @param sentence the sentence
     * @param mentions entities named in that sentence, for figures about one of them
     */
    public List<Metric> extract(Sentence sentence, List<EntityMention> mentions) {
        String text = sentence.text();
        List<Figure> figures = finder.find(text);
        List<Draft> drafts = new ArrayList<>();
        int consumed = 0;
        int i = 0;
        while (i < figures.size()) {
            Figure figure = figures.get(i);
            int clause = Clauses.start(text, figure.start());
            int from = Math.max(clause, consumed);
            int respectively = text.lastIndexOf("分别", figure.start());
            if (respectively >= from) {
                int j = listedRun(text, figures, i);
                List<Draft> group = respectively(text, figures.subList(i, j), from, respectively, drafts);
                drafts.addAll(group);
                consumed = figures.get(j - 1).suffixEnd();
                i = j;
                continue;
            }
            consumed = single(text, figure, from, drafts);
            i++;
        }
        List<Metric> metrics = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            metrics.add(toMetric(sentence, withSubject(d, mentions, sentence.start())));
        }
        return metrics;
    }

    /** Ties one figure to its indicator; returns how far the sentence is now read. */
    private int single(String text, Figure figure, int from, List<Draft> drafts) {
        Peeled peeled = peel(text.substring(from, figure.start()));
        // “甲”“乙”项目交付率均达…: adjacent quotes list indicators as 、 does.
        String indicator = clean(peeled.shared() ? peeled.rest().replace("”“", "、") : peeled.rest());
        int quoteEnd = figure.suffixEnd();
        String post = post(text, figure.suffixEnd());
        if (figure.unit().kind() == UnitTable.Kind.CLASSIFIER && !post.isEmpty()
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
        Set<Qualifier> qualifiers = qualifiers(text, figure, peeled.qualifiers());
        Measure measure = measure(figure, peeled.changeVerb());
        BigDecimal value = signed(figure.value(), peeled.changeVerb());
        List<String> items = peeled.shared() ? split(indicator, 0) : List.of(indicator);
        if (items.isEmpty()) {
            return quoteEnd;
        }
        for (String item : items) {
            drafts.add(new Draft(item, null, measure, value, figure, qualifiers, from, quoteEnd));
        }
        return quoteEnd;
    }

    /** 甲、乙、丙分别增长 3%、5% 和 7%: k indicators paired with k figures. */
    private List<Draft> respectively(String text, List<Figure> run, int from, int respectively,
                                     List<Draft> earlier) {
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
        List<Draft> drafts = new ArrayList<>();
        int quoteEnd = run.get(k - 1).suffixEnd();
        for (int n = 0; n < k; n++) {
            Figure f = run.get(n);
            drafts.add(new Draft(indicators.get(n), null, measure(f, verbs.changeVerb()),
                    signed(f.value(), verbs.changeVerb()), f, qualifiers(text, f, verbs.qualifiers()), from, quoteEnd));
        }
        return drafts;
    }

    /** How many figures from {@code i} on are listed together (3%、17%、23%). */
    private static int listedRun(String text, List<Figure> figures, int i) {
        int j = i + 1;
        while (j < figures.size()
                && BETWEEN_LISTED_FIGURES.matcher(text.substring(figures.get(j - 1).suffixEnd(), figures.get(j).start()))
                .matches()) {
            j++;
        }
        return j;
    }

    /** Strips verbs and qualifiers from the end of the words before a figure. */
    private Peeled peel(String before) {
        String rest = before;
        String changeVerb = null;
        boolean shared = false;
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        while (!rest.isEmpty()) {
            String q = cues.prefixQualifierEnding(rest);
            String c = q == null ? cues.changeVerbEnding(rest) : null;
            String l = q == null && c == null ? cues.levelVerbEnding(rest) : null;
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

    /** Items of a list of indicators, with a shared head noun given to those that lack one. */
    private List<String> split(String list, int expected) {
        List<String> items = splitOn(list, List.of("、"));
        if (expected > 0 ? items.size() != expected : items.size() < 2) {
            items = splitOn(list, cues.listSeparators());
        }
        if (items.size() < 2) {
            return items;
        }
        String last = items.get(items.size() - 1);
        String first = items.get(0);
        if (!cues.hasHead(first) && last.length() > first.length()) {
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

    /** Quotes, list joints and opening words such as 全年 removed. */
    private String clean(String indicator) {
        StringBuilder sb = new StringBuilder();
        for (char c : indicator.toCharArray()) {
            if (QUOTES.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        String s = stripEnds(sb.toString());
        String lead;
        while ((lead = cues.leadingWordAt(s)) != null && s.length() > lead.length()) {
            s = stripEnds(s.substring(lead.length()));
        }
        return s;
    }

    private static String stripEnds(String s) {
        String joints = "、，和及与的";
        int a = 0;
        int b = s.length();
        while (a < b && joints.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "、，和及与".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private Set<Qualifier> qualifiers(String text, Figure figure, Set<Qualifier> before) {
        Set<Qualifier> all = EnumSet.noneOf(Qualifier.class);
        all.addAll(figure.qualifiers());
        all.addAll(before);
        for (Map.Entry<String, ?> e : cues.sentenceQualifiers().entrySet()) {
            // 预计 opening a sentence hedges all its figures; elsewhere a cue hedges only its own clause
            // (部分发展目标没有达到预期，…分别下降3% reports a result, not a target).
            int at = text.indexOf(e.getKey());
            if (at >= 0 && at < figure.start() && (at <= 2 || at >= Clauses.start(text, figure.start()))) {
                all.add(cues.sentenceQualifier(e.getKey()));
            }
        }
        return all;
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

    /** 长城汽车整车下线: a figure about a named organisation or project. */
    private static Draft withSubject(Draft d, List<EntityMention> mentions, int offset) {
        for (EntityMention m : mentions) {
            boolean canOwnFigures = m.type() == EntityType.Organization || m.type() == EntityType.Project;
            if (canOwnFigures && d.indicator().startsWith(m.name()) && d.indicator().length() > m.name().length()
                    && m.start() - offset >= d.quoteStart() && m.start() - offset < d.figure().start()) {
                return new Draft(d.indicator().substring(m.name().length()), m.name(), d.measure(), d.value(),
                        d.figure(), d.qualifiers(), d.quoteStart(), d.quoteEnd());
            }
        }
        return d;
    }

    private static Metric toMetric(Sentence sentence, Draft d) {
        int start = sentence.start() + d.quoteStart();
        int end = sentence.start() + d.quoteEnd();
        return new Metric(d.indicator(), d.subject(), d.measure(), d.value(), d.figure().unit().code(),
                d.figure().raw(), d.qualifiers(), new Evidence(start, end, sentence.text().substring(d.quoteStart(), d.quoteEnd())));
    }

}
