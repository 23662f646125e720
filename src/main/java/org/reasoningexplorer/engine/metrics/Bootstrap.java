package org.reasoningexplorer.engine.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap confidence intervals for a mean over problems: resample the problems with
 * replacement, recompute the mean, and take the central quantiles of those means.
 *
 * <p>Deterministic: the resampling stream is a {@link SplittableRandom} seeded by the caller.
 */
public final class Bootstrap {
    /** Resamples used when the caller does not say. */
    public static final int DEFAULT_RESAMPLES = 10_000;
    /** The seed used when the caller does not say. */
    public static final long DEFAULT_SEED = 0xB007L;

    private Bootstrap() {
    }

    /** A percentile interval at the given confidence (e.g. 0.95) with the default resamples and seed. */
    public static Interval meanInterval(double[] values, double confidence) {
        return meanInterval(values, confidence, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /**
     * The observed mean of {@code values} with the (1−confidence)/2 and (1+confidence)/2 quantiles
     * of {@code resamples} bootstrap means as its bounds.
     */
    public static Interval meanInterval(double[] values, double confidence, int resamples, long seed) {
        if (values.length == 0) {
            throw new IllegalArgumentException("need at least one value to bootstrap a mean");
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1) but was " + confidence);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1 but was " + resamples);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values must be finite but value " + i + " was " + values[i]);
            }
        }
        int n = values.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        double tail = (1.0 - confidence) / 2.0;
        return new Interval(Arrays.stream(values).sum() / n,
                Quantiles.quantileOfSorted(means, tail), Quantiles.quantileOfSorted(means, 1.0 - tail));
    }
}
