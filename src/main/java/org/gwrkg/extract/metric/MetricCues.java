package org.gwrkg.extract.metric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gwrkg.extract.Lexicons;
import org.gwrkg.extract.Qualifier;

/**
 * The words around a figure that say what kind of figure it is ({@code cues.json}): change
 * verbs and their sign, level verbs, qualifiers, words that open an indicator but are not part
 * of it, and what may not follow a number.
 */
final class MetricCues {
    private static final MetricCues STANDARD = new MetricCues(Lexicons.json("/org/gwrkg/extract/metric/cues.json"));

    private final Map<String, JsonNode> changeVerbs;
    private final List<String> levelVerbs;
    private final Map<String, JsonNode> prefixQualifiers;
    private final Map<String, JsonNode> suffixQualifiers;
    private final Map<String, JsonNode> innerQualifiers;
    private final Map<String, JsonNode> sentenceQualifiers;
    private final List<String> leadingWords;
    private final List<String> enumerationVerbs;
    private final List<String> notAfterNumber;
    private final List<String> thresholdMarkers;
    private final List<String> indicatorHeads;
    private final List<String> listSeparators;
    private final List<String> actionVerbs;
    private final List<String> figureModifies;

    MetricCues(JsonNode json) {
        changeVerbs = Lexicons.longestFirstMap(json.get("changeVerbs"));
        levelVerbs = Lexicons.longestFirst(json.get("levelVerbs"));
        prefixQualifiers = Lexicons.longestFirstMap(json.get("prefixQualifiers"));
        suffixQualifiers = Lexicons.longestFirstMap(json.get("suffixQualifiers"));
        innerQualifiers = Lexicons.longestFirstMap(json.get("innerQualifiers"));
        sentenceQualifiers = Lexicons.longestFirstMap(json.get("sentenceQualifiers"));
        leadingWords = Lexicons.longestFirst(json.get("leadingWords"));
        enumerationVerbs = Lexicons.longestFirst(json.get("enumerationVerbs"));
        notAfterNumber = Lexicons.longestFirst(json.get("notAfterNumber"));
        thresholdMarkers = Lexicons.longestFirst(json.get("thresholdMarkers"));
        indicatorHeads = Lexicons.longestFirst(json.get("indicatorHeads"));
        listSeparators = Lexicons.longestFirst(json.get("listSeparators"));
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

    /** Qualifiers that a word earlier in the sentence puts on every figure after it (预计, 目标). */
    Map<String, JsonNode> sentenceQualifiers() {
        return sentenceQualifiers;
    }

    Qualifier sentenceQualifier(String word) {
        return qualifier(sentenceQualifiers.get(word));
    }

    /** The word an indicator phrase opens with that is not part of the indicator (全年, 全区), or null. */
    String leadingWordAt(String text) {
        return startingAt(text, 0, leadingWords);
    }

    /** The verb an enumeration clause opens with (新签约 …等项目 128 个), or null. */
    String enumerationVerbAt(String text) {
        return startingAt(text, 0, enumerationVerbs);
    }

    boolean notAfterNumber(String text, int pos) {
        return startingAt(text, pos, notAfterNumber) != null;
    }

    boolean isThreshold(String text, int pos) {
        return startingAt(text, pos, thresholdMarkers) != null;
    }

    /** Whether an indicator ends with a head noun such as 率 or 总额, so it needs none from its neighbours. */
    boolean hasHead(String indicator) {
        return endingIn(indicator, indicatorHeads) != null;
    }

    /** Words that join the items of a list: 、 和 及. */
    List<String> listSeparators() {
        return listSeparators;
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
