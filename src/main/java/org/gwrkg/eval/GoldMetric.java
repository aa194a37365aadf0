package org.gwrkg.eval;

import java.math.BigDecimal;
import java.util.List;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Qualifier;

/**
 * One metric of a gold file (GUIDELINES.md section 1).
 *
 * @param id         the annotator's label, e.g. m12; may be null
 * @param indicator  what is measured, in the report's words
 * @param subject    the entity the figure is about, or null for the region
 * @param measure    level, change_rate or change_abs
 * @param value      the number in the canonical unit
 * @param unit       the canonical unit code
 * @param raw        the number and unit as written
 * @param qualifiers hedges such as over or estimate
 * @param quote      the clause that states it
 */
public record GoldMetric(String id, String indicator, String subject, Measure measure, BigDecimal value,
                         String unit, String raw, List<Qualifier> qualifiers, String quote) {
    public GoldMetric {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
    }
}
