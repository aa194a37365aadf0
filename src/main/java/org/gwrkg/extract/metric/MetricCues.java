package org.gwrkg.extract.metric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gwrkg.extract.Lexicons;
import org.gwrkg.extract.Qualifier;

/**
 * The words around a figure that say what kind of figure it is ({@code cues.json}): change
 * verbs and their sign, level verbs, qualifiers and hedges, words that open an indicator but are
 * not part of it, what may not stand before or after a number, and the years targets are set for.
 */
final class MetricCues {
    private static final MetricCues STANDARD = new MetricCues(Lexicons.json("/org/gwrkg/extract/metric/cues.json"));

    /**
     * A hedge word found in a sentence.
     *
     * @param year the year it names when it hedges only a later year than the report's (到2027年), else null
     */
    record Hedge(int start, int end, Qualifier qualifier, Integer year) {
    }

    /** A noun that a unitless figure counts, and the unit (as written in the unit table) it is counted in. */
    record CountedNoun(String word, String unit) {
    }

    private record HedgePattern(Pattern pattern, Qualifier qualifier, boolean futureYear) {
    }

    private final Map<String, JsonNode> changeVerbs;
    private final List<String> levelVerbs;
    private final List<String> adverbs;
    private final Pattern comparison;
    private final Map<String, JsonNode> prefixQualifiers;
    private final Map<String, JsonNode> suffixQualifiers;
    private final Map<String, JsonNode> innerQualifiers;
    private final List<HedgePattern> hedges = new ArrayList<>();
    private final Pattern targetAfterFigure;
    private final Map<String, JsonNode> relativeYears;
    private final Map<String, JsonNode> planPeriods;
    private final Pattern year;
    private final List<String> leadingWords;
    private final Pattern leadingTime;
    private final List<String> indicatorVerbs;
    private final List<String> subjectVerbs;
    private final int maxSubjectPrefix;
    private final List<String> enumerationVerbs;
    private final List<String> notAfterNumber;
    private final List<String> notBeforeNumber;
    private final List<String> indefiniteBefore;
    private final List<String> rangeJoiners;
    private final List<CountedNoun> countedNouns = new ArrayList<>();
    private final List<String> thresholdMarkers;
    private final List<String> indicatorHeads;
    private final List<String> listSeparators;
    private final Map<String, List<String>> pairedWords = new LinkedHashMap<>();
    private final Pattern benchmarkGap;
    private final List<String> actionVerbs;
    private final List<String> figureModifies;

    MetricCues(JsonNode json) {
        changeVerbs = Lexicons.longestFirstMap(json.get("changeVerbs"));
        levelVerbs = Lexicons.longestFirst(json.get("levelVerbs"));
        adverbs = Lexicons.longestFirst(json.get("adverbs").get("words"));
        comparison = Pattern.compile(json.get("comparisons").get("pattern").asText());
        prefixQualifiers = Lexicons.longestFirstMap(json.get("prefixQualifiers"));
        suffixQualifiers = Lexicons.longestFirstMap(json.get("suffixQualifiers"));
        innerQualifiers = Lexicons.longestFirstMap(json.get("innerQualifiers"));
        json.get("hedges").get("patterns").forEach(h -> hedges.add(new HedgePattern(
                Pattern.compile(h.get("pattern").asText()), qualifier(h.get("qualifier")),
                h.path("futureYear").asBoolean(false))));
        targetAfterFigure = Pattern.compile(json.get("targetAfterFigure").get("pattern").asText());
        JsonNode years = json.get("targetYears");
        relativeYears = Lexicons.longestFirstMap(years.get("relative"));
        planPeriods = Lexicons.longestFirstMap(years.get("planPeriods"));
        year = Pattern.compile(years.get("yearPattern").asText());
        leadingWords = Lexicons.longestFirst(json.get("leadingWords"));
        leadingTime = Pattern.compile(json.get("leadingTime").get("pattern").asText());
        indicatorVerbs = Lexicons.longestFirst(json.get("indicatorVerbs").get("words"));
        subjectVerbs = Lexicons.longestFirst(json.get("subjectVerbs").get("words"));
        maxSubjectPrefix = json.get("subjectVerbs").get("maxPrefix").asInt();
        enumerationVerbs = Lexicons.longestFirst(json.get("enumerationVerbs"));
        notAfterNumber = Lexicons.longestFirst(json.get("notAfterNumber"));
        notBeforeNumber = Lexicons.longestFirst(json.get("notBeforeNumber").get("words"));
        indefiniteBefore = Lexicons.longestFirst(json.get("indefiniteBefore").get("words"));
        rangeJoiners = Lexicons.longestFirst(json.get("rangeJoiners"));
        Lexicons.longestFirstMap(json.get("countedNouns"))
                .forEach((word, unit) -> countedNouns.add(new CountedNoun(word, unit.asText())));
        thresholdMarkers = Lexicons.longestFirst(json.get("thresholdMarkers"));
        indicatorHeads = Lexicons.longestFirst(json.get("indicatorHeads"));
        listSeparators = Lexicons.longestFirst(json.get("listSeparators"));
        Lexicons.longestFirstMap(json.get("pairedWords"))
                .forEach((word, parts) -> {
                    List<String> inOrder = new ArrayList<>();
                    parts.forEach(part -> inOrder.add(part.asText()));
                    pairedWords.put(word, List.copyOf(inOrder));
                });
        benchmarkGap = Pattern.compile(json.get("benchmarkGap").get("pattern").asText());
        actionVerbs = Lexicons.longestFirst(json.get("actionVerbs"));
        figureModifies = Lexicons.longestFirst(json.get("figureModifies"));
    }

    static MetricCues standard() {
        return STANDARD;
    }

    /** The change verb that {@code text} ends with, or null. */
    String changeVerbEnding(String text) {
        return endingIn(text, changeVerbs.keySet());
    }

    /** +1 for a rise, -1 for a fall. */
    int sign(String changeVerb) {
        return changeVerbs.get(changeVerb).asInt();
    }

    /** The level verb that {@code text} ends with, or null. */
    String levelVerbEnding(String text) {
        return endingIn(text, levelVerbs);
    }

    /** The adverb (首次, 同比) or base of comparison (比上年, 较2023年) that {@code text} ends with, or null. */
    String adverbEnding(String text) {
        String adverb = endingIn(text, adverbs);
        if (adverb != null) {
            return adverb;
        }
        Matcher m = comparison.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The qualifier word that {@code text} ends with (约, 突破 …), or null. */
    String prefixQualifierEnding(String text) {
        return endingIn(text, prefixQualifiers.keySet());
    }

    Qualifier prefixQualifier(String word) {
        return qualifier(prefixQualifiers.get(word));
    }

    String suffixQualifierAt(String text, int pos) {
        return startingAt(text, pos, suffixQualifiers.keySet());
    }

    Qualifier suffixQualifier(String word) {
        return qualifier(suffixQualifiers.get(word));
    }

    String innerQualifierAt(String text, int pos) {
        return startingAt(text, pos, innerQualifiers.keySet());
    }

    Qualifier innerQualifier(String word) {
        return qualifier(innerQualifiers.get(word));
    }

    /** The hedges of a sentence (预计, 力争, 目标是 …), in text order. */
    List<Hedge> hedges(String text) {
        List<Hedge> found = new ArrayList<>();
        for (HedgePattern h : hedges) {
            Matcher m = h.pattern().matcher(text);
            while (m.find()) {
                found.add(new Hedge(m.start(), m.end(), h.qualifier(),
                        h.futureYear() ? Integer.valueOf(m.group(1)) : null));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Whether the words at {@code pos}, right after a figure, call it a target (等预期目标). */
    boolean targetAt(String text, int pos) {
        return targetAfterFigure.matcher(text).region(pos, text.length()).lookingAt();
    }

    /**
     * The year a target in {@code before} (the sentence up to the figure) is set for: the last year
     * written after the report's period, else 今年/明年 or a plan period, else the year after the
     * report's period; null when nothing says and the period is unknown.
     */
    String targetYear(String before, Integer reportPeriod) {
        String written = null;
        Matcher m = year.matcher(before);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (reportPeriod == null || y > reportPeriod) {
                written = m.group(1);
            }
        }
        if (written != null) {
            return written;
        }
        for (Map.Entry<String, JsonNode> e : planPeriods.entrySet()) {
            if (before.contains(e.getKey())) {
                return e.getValue().asText();
            }
        }
        if (reportPeriod == null) {
            return null;
        }
        for (Map.Entry<String, JsonNode> e : relativeYears.entrySet()) {
            if (before.contains(e.getKey())) {
                return String.valueOf(reportPeriod + e.getValue().asInt());
            }
        }
        return String.valueOf(reportPeriod + 1);
    }

    /** The word an indicator phrase opens with that is not part of the indicator (全年, 全区), or null. */
    String leadingWordAt(String text) {
        return startingAt(text, 0, leadingWords);
    }

    /** The time an indicator phrase opens with (十四五末, 2027年底), or null. */
    String leadingTimeAt(String text) {
        Matcher m = leadingTime.matcher(text);
        return m.lookingAt() && m.end() > 0 ? m.group() : null;
    }

    /** Whether the words before a bare Chinese numeral end with a verb or qualifier that takes an amount (突破千亿元). */
    boolean takesAmount(String before) {
        return prefixQualifierEnding(before) != null || levelVerbEnding(before) != null
                || changeVerbEnding(before) != null;
    }

    /** The verb an indicator phrase opens with that is trimmed from it (改造提升, 放映), or null. */
    String indicatorVerbAt(String text) {
        return startingAt(text, 0, indicatorVerbs);
    }

    /** Where the indicator starts after a short name and a verb (阳江实现地区生产总值 gives 4), else 0. */
    int afterSubjectVerb(String indicator) {
        for (String verb : subjectVerbs) {
            int at = indicator.indexOf(verb);
            if (at > 0 && at <= maxSubjectPrefix) {
                return at + verb.length();
            }
        }
        return 0;
    }

    /** The verb an enumeration clause opens with (新签约 …等项目 128 个), or null. */
    String enumerationVerbAt(String text) {
        return startingAt(text, 0, enumerationVerbs);
    }

    boolean notAfterNumber(String text, int pos) {
        return startingAt(text, pos, notAfterNumber) != null;
    }

    /** Whether the number at {@code pos} is an ordinal, rank or base (第3批, 前5位, 每千人). */
    boolean notBeforeNumber(String text, int pos) {
        return endingIn(text.substring(0, pos), notBeforeNumber) != null;
    }

    /** Whether the Chinese numeral at {@code pos} is a vague amount (数万, 上万). */
    boolean indefiniteBefore(String text, int pos) {
        return endingIn(text.substring(0, pos), indefiniteBefore) != null;
    }

    /** The range joiner at {@code pos} (至, —), or null. */
    String rangeJoinerAt(String text, int pos) {
        return startingAt(text, pos, rangeJoiners);
    }

    /** The counted noun that starts at {@code pos} (群众, 人民), or null. */
    CountedNoun countedNounAt(String text, int pos) {
        for (CountedNoun n : countedNouns) {
            if (text.startsWith(n.word(), pos)) {
                return n;
            }
        }
        return null;
    }

    /** Whether a 的 at {@code pos} makes the figure before it a threshold (超过10万元的村), not a target (6%的目标). */
    boolean isThreshold(String text, int pos) {
        String marker = startingAt(text, pos, thresholdMarkers);
        return marker != null && !targetAt(text, pos);
    }

    /** Whether an indicator ends with a head noun such as 率 or 总额, so it needs none from its neighbours. */
    boolean hasHead(String indicator) {
        return endingIn(indicator, indicatorHeads) != null;
    }

    /** Words that join the items of a list: 、 和 及. */
    List<String> listSeparators() {
        return listSeparators;
    }

    /** The word in {@code indicator} that names two indicators at once (存贷款), or null. */
    String pairedWordIn(String indicator) {
        for (String w : pairedWords.keySet()) {
            if (indicator.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The words a paired word stands for, in order: 存贷款 gives 存款, 贷款. */
    List<String> pairedParts(String word) {
        return pairedWords.get(word);
    }

    /** Whether the words before a figure compare it to a benchmark (高于全省平均水平) rather than name an indicator. */
    boolean isBenchmarkGap(String words) {
        return benchmarkGap.matcher(words).find();
    }

    /** Whether the words before a figure end with an action (发布 5 款新车型), so the indicator follows it. */
    boolean endsWithAction(String text) {
        return endingIn(text, actionVerbs) != null;
    }

    /** Whether an amount at {@code pos} is followed by the noun it classifies (10亿元以上项目), so it is no figure. */
    boolean modifiesNoun(String text, int pos) {
        return startingAt(text, pos, figureModifies) != null;
    }

    private static Qualifier qualifier(JsonNode code) {
        return Qualifier.valueOf(code.asText().toUpperCase());
    }

    private static String endingIn(String text, Iterable<String> words) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    private static String startingAt(String text, int pos, Iterable<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) {
                return w;
            }
        }
        return null;
    }
}
