package org.reasoningexplorer.engine.lab;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.metrics.Interval;
import org.reasoningexplorer.engine.metrics.Quantiles;

/**
 * Percentile-bootstrap bands over problems for whole curves at once: the resampled problem sets
 * are drawn once (as multiplicities per problem) and shared by every point and every curve, so a
 * band costs one weighted sum per resample instead of a fresh resampling per point.
 */
final class ProblemBootstrap {
    private final int problems;
    private final int[][] multiplicity;

    /** Draws {@code resamples} resamples of {@code problems} problems with replacement from a seeded stream. */
    ProblemBootstrap(int problems, int resamples, long seed) {
        if (problems < 1) {
            throw new IllegalArgumentException("need at least one problem to bootstrap over");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap resamples is " + resamples + "; expected at least 1");
        }
        this.problems = problems;
        multiplicity = new int[resamples][problems];
        SplittableRandom random = new SplittableRandom(seed);
        for (int[] row : multiplicity) {
            for (int i = 0; i < problems; i++) {
                row[random.nextInt(problems)]++;
            }
        }
    }

    /**
     * For each column j of {@code values[problem][j]} (columns 0..width−1; NaN columns stay NaN),
     * the mean over problems with the central {@code confidence} bootstrap interval.
     */
    Interval[] bands(double[][] values, int width, double confidence) {
        if (values.length != problems) {
            throw new IllegalArgumentException("values cover " + values.length + " problems; expected " + problems);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1) but was " + confidence);
        }
        int resamples = multiplicity.length;
        double[][] means = new double[width][resamples];
        double[] sum = new double[width];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(sum, 0.0);
            int[] weight = multiplicity[r];
            for (int p = 0; p < problems; p++) {
                int w = weight[p];
                if (w != 0) {
                    double[] row = values[p];
                    for (int j = 0; j < width; j++) {
                        sum[j] += w * row[j];
                    }
                }
            }
            for (int j = 0; j < width; j++) {
                means[j][r] = sum[j] / problems;
            }
        }
        double tail = (1.0 - confidence) / 2.0;
        Interval[] out = new Interval[width];
        for (int j = 0; j < width; j++) {
            double mean = 0.0;
            for (double[] row : values) {
                mean += row[j];
            }
            mean /= problems;
            if (Double.isNaN(mean)) {
                out[j] = new Interval(Double.NaN, Double.NaN, Double.NaN);
                continue;
            }
            Arrays.sort(means[j]);
            out[j] = new Interval(mean, Quantiles.quantileOfSorted(means[j], tail),
                    Quantiles.quantileOfSorted(means[j], 1.0 - tail));
        }
        return out;
    }
}
