package org.reasoningexplorer.engine.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Weighted-majority accuracy over random k-subsets of saved samples: the answer cluster with the
 * largest total score wins, ties (exact equality of totals) broken uniformly at random.
 *
 * <p>Up to {@link #MAX_ENUMERATED_SAMPLES} samples every subset is enumerated, which is exact.
 * Above that the curve is estimated from random orderings of the samples: the first k samples of
 * a uniformly random permutation form a uniformly random k-subset, so one permutation serves every
 * k at once while the leader is updated incrementally (scores are non-negative, so adding a sample
 * can only raise its own cluster's total). Ties are scored by their expectation, correct tied
 * clusters over tied clusters, rather than by a coin, which lowers the variance. The generator is
 * a {@link SplittableRandom} with a caller-given seed, so results are reproducible; the standard
 * error at each k is at most 0.5/√draws.
 */
final class WeightedVoteCurve {
    /** Sample counts up to this are enumerated exactly (2^12 subsets). */
    static final int MAX_ENUMERATED_SAMPLES = 12;

    private final int[] cluster;
    private final double[] score;
    private final boolean[] clusterCorrect;

    /** Samples with dense cluster indices 0..G−1, non-negative scores, and per-cluster correctness. */
    WeightedVoteCurve(int[] cluster, double[] score, boolean[] clusterCorrect) {
        this.cluster = cluster;
        this.score = score;
        this.clusterCorrect = clusterCorrect;
    }

    /** Accuracy for k = 0..kMax (entry 0 NaN): exact when n is small, otherwise sampled. */
    double[] curve(int kMax, int draws, long seed) {
        return cluster.length <= MAX_ENUMERATED_SAMPLES ? enumerated(kMax) : sampled(kMax, draws, seed);
    }

    private double[] enumerated(int kMax) {
        int n = cluster.length;
        double[] sum = new double[n + 1];
        double[] subsets = new double[n + 1];
        double[] total = new double[clusterCorrect.length];
        boolean[] present = new boolean[clusterCorrect.length];
        for (int mask = 1; mask < (1 << n); mask++) {
            int k = Integer.bitCount(mask);
            if (k > kMax) {
                continue;
            }
            Arrays.fill(total, 0.0);
            Arrays.fill(present, false);
            for (int i = 0; i < n; i++) {
                if ((mask >>> i & 1) != 0) {
                    total[cluster[i]] += score[i];
                    present[cluster[i]] = true;
                }
            }
            double best = Double.NEGATIVE_INFINITY;
            int tied = 0;
            int correctTied = 0;
            for (int g = 0; g < total.length; g++) {
                if (!present[g]) {
                    continue;
                }
                if (total[g] > best) {
                    best = total[g];
                    tied = 0;
                    correctTied = 0;
                }
                if (total[g] == best) {
                    tied++;
                    correctTied += clusterCorrect[g] ? 1 : 0;
                }
            }
            sum[k] += (double) correctTied / tied;
            subsets[k]++;
        }
        double[] result = new double[kMax + 1];
        result[0] = Double.NaN;
        for (int k = 1; k <= kMax; k++) {
            result[k] = sum[k] / subsets[k];
        }
        return result;
    }

    /**
     * A uniform integer in [0, bound) by Lemire's multiply-shift on 32 random bits: far cheaper than
     * the rejection loop of nextInt(bound), with a bias below bound/2³² (under 1e-7 here).
     */
    private static int below(SplittableRandom random, int bound) {
        return (int) (((random.nextInt() & 0xFFFFFFFFL) * bound) >>> 32);
    }

    private double[] sampled(int kMax, int draws, long seed) {
        int n = cluster.length;
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[n];
        double[] total = new double[clusterCorrect.length];  // −1 marks a cluster not yet drawn
        double[] sum = new double[kMax + 1];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.fill(total, -1.0);
            double best = Double.NEGATIVE_INFINITY;
            int tied = 0;
            int correctTied = 0;
            double share = 0.0;  // correctTied / tied
            for (int k = 1; k <= kMax; k++) {
                int j = k - 1 + below(random, n - k + 1);  // Fisher–Yates, one position at a time
                int sample = order[j];
                order[j] = order[k - 1];
                order[k - 1] = sample;
                int g = cluster[sample];
                double old = total[g];
                double now = Math.max(old, 0.0) + score[sample];
                total[g] = now;
                if (now > best) {
                    best = now;
                    tied = 1;
                    correctTied = clusterCorrect[g] ? 1 : 0;
                    share = correctTied;
                } else if (now == best && old != best) {  // g joins the tie, unless it was already in it
                    tied++;
                    correctTied += clusterCorrect[g] ? 1 : 0;
                    share = (double) correctTied / tied;
                }
                sum[k] += share;
            }
        }
        double[] result = new double[kMax + 1];
        result[0] = Double.NaN;
        for (int k = 1; k <= kMax; k++) {
            result[k] = sum[k] / draws;
        }
        return result;
    }
}
