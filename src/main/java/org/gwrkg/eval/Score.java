package org.gwrkg.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts for one kind of item and the precision, recall and F1 they give. A ratio whose
 * denominator is zero is 0: predicting nothing earns no precision.
 *
 * <pre>{@code
 * Score s = new Score("metrics", 3, 3, 2);
 * s.precision(); // 0.667
 * }</pre>
 *
 * @param kind      metrics, entities, entities/Project, relations, relations/status …
 * @param gold      how many gold items there are
 * @param predicted how many items were predicted
 * @param matched   how many pairs matched
 */
public record Score(String kind, int gold, int predicted, int matched) {

    /** Matched over predicted. */
    @JsonProperty
    public double precision() {
        return ratio(matched, predicted);
    }

    /** Matched over gold. */
    @JsonProperty
    public double recall() {
        return ratio(matched, gold);
    }

    /** The harmonic mean of precision and recall. */
    @JsonProperty
    public double f1() {
        return ratio(2 * matched, gold + predicted);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
