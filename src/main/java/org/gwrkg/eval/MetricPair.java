package org.gwrkg.eval;

import org.gwrkg.extract.Metric;

/**
 * A gold metric and the predicted one it was matched with, kept where the two disagree on
 * something the matching ignores (their qualifiers), so that a person can see what to fix.
 *
 * @param gold      the gold metric
 * @param predicted the predicted metric matched to it
 */
public record MetricPair(GoldMetric gold, Metric predicted) {
}
