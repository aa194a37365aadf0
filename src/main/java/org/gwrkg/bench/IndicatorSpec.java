package org.gwrkg.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of {@code indicators.tsv}: an indicator the generator writes figures for.
 *
 * @param key       the notation of its concept in ontology/indicators.ttl, or a key of ours
 * @param standard  whether it is a concept of the vocabulary (headline figures and goals are drawn from these)
 * @param labels    the wordings used for it
 * @param theme     the part of a report it belongs to
 * @param verbs     the verb class of its level figures, null when reports give it as a change only
 * @param level     the unit its level is written in, null with verbs
 * @param low       the smallest level in a county
 * @param high      the largest level in a county
 * @param decimals  digits after the point
 * @param scales    whether the level grows with the region's size
 * @param rateLow   the smallest change in percent, null when reports give no change
 * @param rateHigh  the largest change in percent
 * @param abs       the unit of an absolute change, null when reports give none
 * @param absLow    its smallest value
 * @param absHigh   its largest value
 */
record IndicatorSpec(String key, boolean standard, List<String> labels, String theme, String verbs, WrittenUnit level,
                     double low, double high, int decimals, boolean scales, Double rateLow, Double rateHigh,
                     WrittenUnit abs, double absLow, double absHigh) {

    IndicatorSpec {
        labels = List.copyOf(labels);
    }

    boolean hasLevel() {
        return verbs != null;
    }

    boolean hasRate() {
        return rateLow != null;
    }

    boolean hasAbs() {
        return abs != null && hasLevel();
    }

    /**
     * A unit as written, split into its magnitude word and the unit proper, with the canonical code:
     * 亿元 is 亿 (1e8) and 元 (CNY).
     *
     * @param magnitude     the magnitude word, empty when there is none
     * @param magnitudeFactor its factor, 1 without one
     * @param word          the unit as written after the magnitude (元, 人次, 个百分点)
     * @param code          the canonical unit code of the guidelines
     * @param factor        the unit's own factor to the canonical unit
     */
    record WrittenUnit(String magnitude, BigDecimal magnitudeFactor, String word, String code, BigDecimal factor) {
    }
}
