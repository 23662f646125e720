package org.reasoningexplorer.engine.metrics;

import java.util.Arrays;

/** Order statistics of a sample: quantiles by linear interpolation and the median. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The q-quantile by linear interpolation between order statistics (Hyndman–Fan type 7, the
     * default of R and NumPy): position q·(n−1) in the sorted values.
     */
    public static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, q);
    }

    /** The median, the 0.5-quantile. */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** As {@link #quantile}, for values already sorted ascending (not checked). */
    public static double quantileOfSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("need at least one value to take a quantile of");
        }
        if (!(q >= 0.0 && q <= 1.0)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1] but was " + q);
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
