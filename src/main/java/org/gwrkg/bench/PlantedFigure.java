package org.gwrkg.bench;

import java.math.BigDecimal;

/**
 * A figure the generator wrote into a report, as the extractor should read it back: the value in
 * the canonical unit of the annotation guidelines (285.6亿元 is 28560000000 CNY, 下降3.1% is -3.1).
 *
 * <pre>{@code
 * PlantedFigure f = report.figures().get(0);
 * f.raw();    // 285.6亿元
 * f.value();  // 28560000000
 * }</pre>
 *
 * @param indicator the indicator as worded in the report (地区生产总值)
 * @param measure   level, changeRate or changeAbs, as in the ontology
 * @param value     the number in the canonical unit, signed for a fall
 * @param unit      the canonical unit code (CNY, percent, person …)
 * @param raw       the number and unit as written
 */
public record PlantedFigure(String indicator, String measure, BigDecimal value, String unit, String raw) {
}
