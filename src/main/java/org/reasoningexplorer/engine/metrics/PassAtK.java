package org.reasoningexplorer.engine.metrics;

import java.util.Arrays;

/**
 * The unbiased pass@k estimator of Chen et al. (2021): the chance that a random k-subset of n
 * samples, c of them correct, contains at least one correct sample.
 *
 * <p>pass@k = 1 − C(n−c, k)/C(n, k), evaluated as 1 − Π_{i=n−c+1..n}(1 − k/i) so that no binomial
 * coefficient is ever formed; it is exactly 1 when n − c &lt; k.
 */
public final class PassAtK {
    private PassAtK() {
    }

    /** pass@k from n samples of which c are correct; requires 0 ≤ c ≤ n and 1 ≤ k ≤ n. */
    public static double estimate(int n, int c, int k) {
        validate(n, c, k);
        if (n - c < k) {
            return 1.0;
        }
        double allWrong = 1.0;
        for (int i = n - c + 1; i <= n; i++) {
            allWrong *= 1.0 - (double) k / i;
        }
        return 1.0 - allWrong;
    }

    /**
     * The mean of pass@k over problems, problem i having {@code samples[i]} samples of which
     * {@code correct[i]} are correct; k must not exceed any problem's sample count.
     */
    public static double meanOverProblems(int[] samples, int[] correct, int k) {
        if (samples.length != correct.length) {
            throw new IllegalArgumentException("samples and correct must have equal lengths but were "
                    + samples.length + " and " + correct.length);
        }
        if (samples.length == 0) {
            throw new IllegalArgumentException("need at least one problem to average pass@k over");
        }
        double sum = 0.0;
        for (int i = 0; i < samples.length; i++) {
            sum += estimate(samples[i], correct[i], k);
        }
        return sum / samples.length;
    }

    /** The mean of pass@k over problems that all have n samples, with the given correct counts. */
    public static double meanOverProblems(int n, int[] correct, int k) {
        int[] samples = new int[correct.length];
        Arrays.fill(samples, n);
        return meanOverProblems(samples, correct, k);
    }

    static void validate(int n, int c, int k) {
        if (n < 1) {
            throw new IllegalArgumentException("sample count n must be at least 1 but was " + n);
        }
        if (c < 0 || c > n) {
            throw new IllegalArgumentException("correct count c must be in [0, n=" + n + "] but was " + c);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, n=" + n + "] but was " + k);
        }
    }
}
