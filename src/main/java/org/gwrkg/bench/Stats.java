package org.gwrkg.bench;

import java.util.Arrays;

/** Order statistics of a few timings. */
final class Stats {

    private Stats() {
    }

    /** The median: the middle value, or the mean of the two middle ones. */
    static double median(double[] values) {
        double[] v = sorted(values);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * The {@code p}-th percentile by the nearest-rank method: the smallest value with at least p% of
     * the values at or below it. With fewer than 100 values the 99th is the largest.
     */
    static double percentile(double[] values, double p) {
        double[] v = sorted(values);
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, Math.min(v.length, rank) - 1)];
    }

    private static double[] sorted(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v;
    }
}
