package org.gwrkg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One figure of a report: a number stated about an indicator.
 *
 * @param indicator  what is measured, in the report's words (地区生产总值)
 * @param subject    the named entity the figure is about, or null when it is the region
 * @param measure    level, relative or absolute change
 * @param value      the number in the canonical unit (275亿元 gives 27500000000)
 * @param unit       the canonical unit code of GUIDELINES.md (CNY, percent, person …)
 * @param raw        the number and unit as written (275亿元)
 * @param qualifiers hedges such as approx or estimate, in their natural order
 * @param period     the year the figure refers to (2025 for a target set for 2025), or null when it is
 *                   the report's own period
 * @param evidence   the clause that states it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metric(String indicator, String subject, Measure measure, BigDecimal value, String unit,
                     String raw, Set<Qualifier> qualifiers, String period, Evidence evidence) {
    public Metric {
        // An EnumSet keeps the declared order, so output is the same from run to run.
        qualifiers = Collections.unmodifiableSet(qualifiers.isEmpty()
                ? EnumSet.noneOf(Qualifier.class) : EnumSet.copyOf(qualifiers));
    }

    /** A figure about the report's own period. */
    public Metric(String indicator, String subject, Measure measure, BigDecimal value, String unit,
                  String raw, Set<Qualifier> qualifiers, Evidence evidence) {
        this(indicator, subject, measure, value, unit, raw, qualifiers, null, evidence);
    }
}
