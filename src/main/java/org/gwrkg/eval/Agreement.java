package org.gwrkg.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How often matched pairs also agree on a field the matching rules ignore, such as the
 * qualifiers of a metric: a figure read as 约 100 亿元 where the gold says 突破 100 亿元 is found
 * but hedged wrongly. A share whose denominator is zero is 0, as in {@link Score}.
 *
 * <pre>{@code
 * Agreement a = new Agreement("metrics/qualifiers exact", 111, 100);
 * a.share(); // 0.901
 * }</pre>
 *
 * @param kind     what is compared, e.g. {@code metrics/qualifiers exact}
 * @param compared how many matched pairs were compared
 * @param agreeing how many of them agree
 */
public record Agreement(String kind, int compared, int agreeing) {

    /** Agreeing over compared. */
    @JsonProperty
    public double share() {
        return compared == 0 ? 0 : (double) agreeing / compared;
    }
}
