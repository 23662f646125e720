package org.reasoningexplorer.engine.metrics;

/**
 * The normal distribution to double precision: W. J. Cody's rational Chebyshev approximations.
 *
 * <p>Cody, "Rational Chebyshev approximations for the error function" (Math. Comp. 1969) and
 * ACM TOMS Algorithm 715 (1993); the same three-range scheme R's {@code pnorm} uses. Both tails are
 * computed directly, so {@link #upperTail(double)} keeps full relative accuracy far out where
 * {@code 1 - cdf(x)} would cancel to zero. Relative error is about 1e-15 wherever the result is
 * not subnormal.
 */
public final class Gaussian {
    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
    private static final double SQRT_32 = 5.656854249492380195206754896838;
    /** The upper quartile: inside it the central approximation is used. */
    private static final double CENTRAL = 0.67448975;
    /** Below this, the lower tail underflows to zero. */
    private static final double UNDERFLOW_CUTOFF = 38.5;

    private static final double[] A = {
        2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582,
        18154.981253343561249, 0.065682337918207449113};
    private static final double[] B = {
        47.20258190468824187, 976.09855173777669322, 10260.932208618978205,
        45507.789335026729956};
    private static final double[] C = {
        0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979,
        597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
        11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8};
    private static final double[] D = {
        22.266688044328115691, 235.38790178262499861, 1519.377599407554805,
        6485.558298266760755, 18615.571640885098091, 34900.952721145977266,
        38912.003286093271411, 19685.429676859990727};
    private static final double[] P = {
        0.21589853405795699, 0.1274011611602473639, 0.022235277870649807,
        0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303};
    private static final double[] Q = {
        1.28426009614491121, 0.468238212480865118, 0.0659881378689285515,
        0.00378239633202758244, 7.29751555083966205e-5};

    private Gaussian() {
    }

    /** The standard normal density φ(x). */
    public static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** The density of Normal(mean, sd) at x. */
    public static double density(double x, double mean, double sd) {
        requirePositiveSd(sd);
        return density((x - mean) / sd) / sd;
    }

    /** The standard normal distribution function Φ(x) = P(Z ≤ x). */
    public static double cdf(double x) {
        return x > 0 ? smallerTail(-x, true) : smallerTail(x, false);
    }

    /** P(X ≤ x) for X ~ Normal(mean, sd). */
    public static double cdf(double x, double mean, double sd) {
        requirePositiveSd(sd);
        return cdf((x - mean) / sd);
    }

    /** The upper tail 1 − Φ(x) = P(Z &gt; x), accurate even where Φ(x) rounds to 1. */
    public static double upperTail(double x) {
        return cdf(-x);
    }

    /** P(X &gt; x) for X ~ Normal(mean, sd). */
    public static double upperTail(double x, double mean, double sd) {
        requirePositiveSd(sd);
        return upperTail((x - mean) / sd);
    }

    /** The error function erf(x) = 2Φ(x√2) − 1. */
    public static double erf(double x) {
        double z = x * SQRT_2;
        if (Math.abs(z) <= CENTRAL) {
            return 2.0 * centralOffset(z);  // no cancellation near zero
        }
        return x > 0 ? 1.0 - erfc(x) : erfc(-x) - 1.0;
    }

    /** The complementary error function erfc(x) = 2(1 − Φ(x√2)). */
    public static double erfc(double x) {
        return 2.0 * upperTail(x * SQRT_2);
    }

    /**
     * The standard normal quantile Φ⁻¹(p), found by safeguarded Newton steps on {@link #cdf}; the
     * result is as accurate as the distribution function itself.
     */
    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("probability must be in (0, 1) but was " + p);
        }
        boolean upper = p > 0.5;
        double target = upper ? 1.0 - p : p;  // exact for p > 0.5 by Sterbenz's lemma
        double lo = -UNDERFLOW_CUTOFF;
        double hi = 0.0;
        double z = -Math.sqrt(-2.0 * Math.log(target));  // a crude tail guess inside [lo, hi]
        for (int i = 0; i < 200; i++) {
            double f = cdf(z) - target;
            if (f == 0.0) {
                break;
            }
            if (f > 0) {
                hi = z;
            } else {
                lo = z;
            }
            double next = z - f / density(z);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - z) <= 1e-15 * Math.max(1.0, Math.abs(z))) {
                z = next;
                break;
            }
            z = next;
        }
        return upper ? -z : z;
    }

    /**
     * Φ(x) for x ≤ 0 (the smaller tail), or 1 − Φ(x) for x ≤ 0 when {@code complement} is true.
     * For |x| below the quartile the central approximation gives both sides without cancellation.
     */
    private static double smallerTail(double x, boolean complement) {
        double y = -x;
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (y <= CENTRAL) {
            double t = centralOffset(x);
            return complement ? 0.5 - t : 0.5 + t;
        }
        double tail;
        if (y <= SQRT_32) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            tail = gaussianFactor(y) * (num + C[7]) / (den + D[7]);
        } else if (y < UNDERFLOW_CUTOFF) {
            double xsq = 1.0 / (y * y);
            double num = P[5] * xsq;
            double den = xsq;
            for (int i = 0; i < 4; i++) {
                num = (num + P[i]) * xsq;
                den = (den + Q[i]) * xsq;
            }
            double t = xsq * (num + P[4]) / (den + Q[4]);
            tail = gaussianFactor(y) * (INV_SQRT_2PI - t) / y;
        } else {
            tail = 0.0;
        }
        return complement ? 1.0 - tail : tail;
    }

    /** Φ(x) − 0.5 for |x| ≤ {@link #CENTRAL}. */
    private static double centralOffset(double x) {
        double xsq = x * x;
        double num = A[4] * xsq;
        double den = xsq;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * xsq;
            den = (den + B[i]) * xsq;
        }
        return x * (num + A[3]) / (den + B[3]);
    }

    /** exp(−y²/2), split so that the large part of y² is exact (Cody's device against rounding). */
    private static double gaussianFactor(double y) {
        double ySplit = Math.floor(y * 16.0) / 16.0;
        double del = (y - ySplit) * (y + ySplit);
        return Math.exp(-0.5 * ySplit * ySplit) * Math.exp(-0.5 * del);
    }

    private static void requirePositiveSd(double sd) {
        if (!(sd > 0.0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("standard deviation must be in (0, ∞) but was " + sd);
        }
    }
}
