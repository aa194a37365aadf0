package org.gwrkg.bench;

/**
 * What the single-threaded warm-up did before anything was timed: it runs every stage on the
 * corpus's reports, in order and round again, until {@code seconds} have passed (a time bound), and
 * at least one report.
 *
 * @param bound          always {@code time}: the warm-up ends after a time, not a volume
 * @param seconds        the time asked for
 * @param secondsTaken   the time it took (at least one whole report)
 * @param reports        reports put through every stage
 * @param chars          their characters
 */
public record Warmup(String bound, double seconds, double secondsTaken, int reports, long chars) {
}
