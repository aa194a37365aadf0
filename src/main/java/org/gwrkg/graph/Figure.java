package org.gwrkg.graph;

/**
 * One figure about an entity: an observation whose {@code gwr:subject} is the entity.
 *
 * @param indicator the indicator as worded in the report
 * @param value     the value in its canonical unit, or as written, or the empty string
 * @param unit      the unit code, or the empty string
 * @param year      the year the figure refers to, or the empty string
 */
public record Figure(String indicator, String value, String unit, String year) {
}
