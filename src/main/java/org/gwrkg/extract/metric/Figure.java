package org.gwrkg.extract.metric;

import java.math.BigDecimal;
import java.util.Set;
import org.gwrkg.extract.Qualifier;

/**
 * A number with its unit as found in a sentence, before it is tied to an indicator.
 *
 * @param start        offset of the number in the sentence
 * @param end          offset just past the unit (and a 余/多 inside it)
 * @param suffixEnd    offset just past a qualifier after the unit (以上, 左右), else {@code end}
 * @param raw          the number and unit as written: 5万余亩; a range's whole text (3至5个) for both ends
 * @param value        the number in the canonical unit
 * @param unit         the unit as found in the unit table
 * @param qualifiers   qualifiers written inside or right after the figure
 * @param countedNoun  the noun a unitless figure counts (740多万玉林人民 gives 玉林人民), else null
 * @param rangeEnd     whether it is the upper end of a range (3至5个), which shares the lower end's indicator
 */
record Figure(int start, int end, int suffixEnd, String raw, BigDecimal value, UnitTable.Unit unit,
              Set<Qualifier> qualifiers, String countedNoun, boolean rangeEnd) {
}
