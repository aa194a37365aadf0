package org.gwrkg.bench;

import java.util.SplittableRandom;

/**
 * The length a report aims at: a log-normal distribution with median 14,000 characters and
 * σ = 0.35 (of the logarithm), truncated to [min, max]. Untruncated, 68% of reports fall between
 * 10,000 and 20,000 characters, 5% above 25,000 and 1.5% above 30,000; the default bounds, 5,000
 * and 40,000, cut 0.3% of it.
 *
 * <p>Drawn by inverting the distribution function over [F(min), F(max)], so truncation costs no
 * retries, with {@link StrictMath} so that the same seed gives the same lengths on every JVM.
 */
final class LengthDistribution {

    static final double MEDIAN = 14_000;
    static final double SIGMA = 0.35;

    private final int min;
    private final int max;
    private final double low;
    private final double high;

    LengthDistribution(int min, int max) {
        this.min = min;
        this.max = max;
        this.low = cdf(min);
        this.high = cdf(max);
    }

    /** One target length, in characters. */
    int draw(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (high - low < 1e-12) {
            // The bounds lie far in one tail: the distribution is flat there, so uniform is exact enough.
            return (int) (min + u * (max - min));
        }
        double x = MEDIAN * StrictMath.exp(SIGMA * inverseNormal(low + u * (high - low)));
        return (int) Math.max(min, Math.min(max, StrictMath.round(x)));
    }

    /** How the lengths are drawn, for the manifest. */
    String describe() {
        return "log-normal, median " + (int) MEDIAN + " characters, sigma " + SIGMA + " (of ln length), truncated to ["
                + min + ", " + max + "]";
    }

    private static double cdf(double x) {
        return normal(StrictMath.log(x / MEDIAN) / SIGMA);
    }

    /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double normal(double z) {
        double x = Math.abs(z) / StrictMath.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * StrictMath.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /** Its inverse (Acklam's rational approximation, relative error below 1.2e-9). */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                      -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                      -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                      4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double pLow = 0.02425;
        if (p <= 0) {
            return -8;
        }
        if (p >= 1) {
            return 8;
        }
        if (p < pLow) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - pLow) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
