package org.reasoningexplorer.engine.metrics;

/**
 * Exact Best-of-N accuracy when verifier scores are Gaussian per class (REFERENCE.md,
 * "Best-of-N with a continuous score"): P(N) = N·p·∫ f1(s)·G(s)^{N−1} ds, G = p·F1 + (1−p)·F0.
 *
 * <p>The integral is taken in the standardised variable z = (s − μ1)/σ1 over [−10, 10] (the mass
 * left out is below 1e-22 per unit of N·p) with 10-point Gauss–Legendre rules on 400 panels, far
 * finer than any feature of the integrand. G^{N−1} is formed as exp((N−1)·log1p(−(1−G))) from the
 * directly computed upper tails, so large N keeps its precision where G rounds to 1.
 */
public final class BestOfNClosedForm {
    private static final double Z_RANGE = 10.0;
    private static final int PANELS = 400;
    private static final int ORDER = 10;
    private static final double[] NODES = new double[ORDER];
    private static final double[] WEIGHTS = new double[ORDER];

    static {
        computeGaussLegendre();
    }

    private final double correctMean;
    private final double correctSd;
    private final double wrongMean;
    private final double wrongSd;
    private final double p;

    /**
     * Correct samples score ~ Normal(correctMean, correctSd), wrong ones ~ Normal(wrongMean,
     * wrongSd), and a sample is correct with probability p.
     */
    public BestOfNClosedForm(double correctMean, double correctSd, double wrongMean, double wrongSd, double p) {
        requireFinite("correct mean", correctMean);
        requireFinite("wrong mean", wrongMean);
        requireSd("correct sd", correctSd);
        requireSd("wrong sd", wrongSd);
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("p must be in [0, 1] but was " + p);
        }
        this.correctMean = correctMean;
        this.correctSd = correctSd;
        this.wrongMean = wrongMean;
        this.wrongSd = wrongSd;
        this.p = p;
    }

    /** The probability that the highest-scored of n samples is correct. */
    public double accuracy(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sample count must be at least 1 but was " + n);
        }
        if (p == 0.0 || n == 1) {
            return p;
        }
        double h = 2.0 * Z_RANGE / PANELS;
        double integral = 0.0;
        for (int panel = 0; panel < PANELS; panel++) {
            double mid = -Z_RANGE + (panel + 0.5) * h;
            double sum = 0.0;
            for (int i = 0; i < ORDER; i++) {
                double z = mid + 0.5 * h * NODES[i];
                sum += WEIGHTS[i] * Gaussian.density(z) * othersBelow(correctMean + correctSd * z, n - 1);
            }
            integral += 0.5 * h * sum;
        }
        return Math.min(1.0, n * p * integral);
    }

    /** G(s)^m: the chance that m independent samples all score below s. */
    private double othersBelow(double s, int m) {
        double above = p * Gaussian.upperTail(s, correctMean, correctSd)
                + (1.0 - p) * Gaussian.upperTail(s, wrongMean, wrongSd);
        if (above < 0.5) {
            return Math.exp(m * Math.log1p(-above));
        }
        double below = p * Gaussian.cdf(s, correctMean, correctSd) + (1.0 - p) * Gaussian.cdf(s, wrongMean, wrongSd);
        return Math.pow(below, m);
    }

    /** Nodes and weights on [−1, 1] by Newton's method on the Legendre polynomial P_ORDER. */
    private static void computeGaussLegendre() {
        for (int i = 0; i < ORDER; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (ORDER + 0.5));
            double derivative = 0.0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1.0;
                double p1 = x;
                for (int k = 2; k <= ORDER; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = ORDER * (x * p1 - p0) / (x * x - 1.0);
                double step = p1 / derivative;
                x -= step;
                if (Math.abs(step) < 1e-16) {
                    break;
                }
            }
            NODES[i] = x;
            WEIGHTS[i] = 2.0 / ((1.0 - x * x) * derivative * derivative);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + value);
        }
    }

    private static void requireSd(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be in (0, ∞) but was " + value);
        }
    }
}
