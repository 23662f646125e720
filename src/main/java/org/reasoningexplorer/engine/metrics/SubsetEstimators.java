package org.reasoningexplorer.engine.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy-vs-k estimates for one problem from n saved samples: the expectation over all C(n,k)
 * subsets of size k drawn without replacement, as used to plot scaling curves.
 *
 * <p>Each sample has a correctness flag, an answer-cluster id (equal ids mean equal normalised
 * answers) or a verifier score. Curve methods return an array indexed by k with entry 0 NaN,
 * and cost little more than the single-k methods. pass@k, maj@k (up to
 * {@link #MAX_EXACT_MAJORITY_SAMPLES} samples) and best-of-k are exact; weighted majority is exact
 * up to 12 samples and a seeded Monte Carlo estimate above (see {@link WeightedVoteCurve}), with
 * {@link #DEFAULT_DRAWS} random orderings and {@link #DEFAULT_SEED} unless given: a standard error
 * of at most 0.016 per point, about 0.5 ms per 64-sample curve. Above 512 samples maj@k uses the
 * same estimator with unit scores, because exact subset counts would overflow doubles.
 */
public final class SubsetEstimators {
    /** maj@k is exact up to this many samples, and estimated as weighted majority with unit scores above. */
    public static final int MAX_EXACT_MAJORITY_SAMPLES = SubsetMajority.MAX_EXACT_SAMPLES;
    /** Random orderings drawn per problem by the Monte Carlo estimates. */
    public static final int DEFAULT_DRAWS = 1000;
    /** The fixed seed of the Monte Carlo estimates. */
    public static final long DEFAULT_SEED = 0x5EED_CAFEL;

    private SubsetEstimators() {
    }

    /** pass@k from per-sample correctness (Chen et al.'s unbiased estimator). */
    public static double passAtK(boolean[] correct, int k) {
        return PassAtK.estimate(correct.length, countTrue(correct), k);
    }

    /** pass@k for every k = 1..n. */
    public static double[] passAtKCurve(boolean[] correct) {
        int n = correct.length;
        int c = countTrue(correct);
        double[] curve = nanHeaded(n);
        for (int k = 1; k <= n; k++) {
            curve[k] = PassAtK.estimate(n, c, k);
        }
        return curve;
    }

    /**
     * Exact maj@k: the expected correctness of a plurality vote, uniform tie-breaking, over all
     * k-subsets; a sample is correct when its cluster id is in {@code correctClusters}.
     */
    public static double majorityAtK(int[] clusters, Set<Integer> correctClusters, int k) {
        requireK(clusters.length, k);
        return majority(clusters, correctClusters, k)[k];
    }

    /** maj@k for every k = 1..n. */
    public static double[] majorityCurve(int[] clusters, Set<Integer> correctClusters) {
        requireSamples(clusters.length);
        return majority(clusters, correctClusters, clusters.length);
    }

    /**
     * Exact best-of-k: the expected correctness of the highest-scored sample of a random k-subset.
     * The i-th highest score (0-based) is the subset's maximum with probability
     * C(n−1−i, k−1)/C(n, k). Samples with equal scores are one group: when the subset's maximum
     * falls in a group the pick is uniform among the group's members in the subset, and by symmetry
     * it is then correct with probability (correct in group)/(group size).
     */
    public static double bestOfK(double[] scores, boolean[] correct, int k) {
        requireK(scores.length, k);
        return bestOf(scores, correct, k, k)[k];
    }

    /** Best-of-k for every k = 1..n. */
    public static double[] bestOfKCurve(double[] scores, boolean[] correct) {
        requireSamples(scores.length);
        return bestOf(scores, correct, 1, scores.length);
    }

    /**
     * Weighted majority over random k-subsets: the cluster with the largest total score wins, ties
     * uniform. Exact for n ≤ 12, otherwise estimated with {@link #DEFAULT_DRAWS} orderings and
     * {@link #DEFAULT_SEED}. Scores must be finite and non-negative.
     */
    public static double weightedMajorityAtK(int[] clusters, double[] scores, Set<Integer> correctClusters, int k) {
        requireK(clusters.length, k);
        return weighted(clusters, scores, correctClusters, k, DEFAULT_DRAWS, DEFAULT_SEED)[k];
    }

    /** Weighted majority for every k = 1..n, with the default draws and seed. */
    public static double[] weightedMajorityCurve(int[] clusters, double[] scores, Set<Integer> correctClusters) {
        return weightedMajorityCurve(clusters, scores, correctClusters, DEFAULT_DRAWS, DEFAULT_SEED);
    }

    /** Weighted majority for every k = 1..n, with the given Monte Carlo draws and seed. */
    public static double[] weightedMajorityCurve(int[] clusters, double[] scores, Set<Integer> correctClusters,
            int draws, long seed) {
        requireSamples(clusters.length);
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1 but was " + draws);
        }
        return weighted(clusters, scores, correctClusters, clusters.length, draws, seed);
    }

    private static double[] majority(int[] clusters, Set<Integer> correctClusters, int kMax) {
        Clustering c = Clustering.of(clusters, correctClusters);
        if (clusters.length <= MAX_EXACT_MAJORITY_SAMPLES) {
            return SubsetMajority.curve(c.sizes, c.correct, kMax);
        }
        double[] unit = new double[clusters.length];
        Arrays.fill(unit, 1.0);
        return new WeightedVoteCurve(c.dense, unit, c.correct).curve(kMax, DEFAULT_DRAWS, DEFAULT_SEED);
    }

    private static double[] weighted(int[] clusters, double[] scores, Set<Integer> correctClusters, int kMax,
            int draws, long seed) {
        requireSameLength("clusters", clusters.length, "scores", scores.length);
        for (int i = 0; i < scores.length; i++) {
            if (!(scores[i] >= 0.0) || Double.isInfinite(scores[i])) {
                throw new IllegalArgumentException("weighted-majority scores must be in [0, ∞) but sample " + i
                        + " had " + scores[i]);
            }
        }
        Clustering c = Clustering.of(clusters, correctClusters);
        return new WeightedVoteCurve(c.dense, scores, c.correct).curve(kMax, draws, seed);
    }

    private static double[] bestOf(double[] scores, boolean[] correct, int kMin, int kMax) {
        requireSameLength("scores", scores.length, "correct", correct.length);
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores must not be NaN but sample " + i + " was");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        // groupShare[i]: correct fraction of the tie group holding the i-th highest score.
        double[] groupShare = new double[n];
        for (int start = 0, end; start < n; start = end) {
            int hits = 0;
            for (end = start; end < n && scores[order[end]] == scores[order[start]]; end++) {
                hits += correct[order[end]] ? 1 : 0;
            }
            Arrays.fill(groupShare, start, end, (double) hits / (end - start));
        }
        double[] curve = nanHeaded(kMax);
        for (int k = kMin; k <= kMax; k++) {
            double topAt = (double) k / n;  // P(the i-th highest is the subset's maximum), i = 0
            double sum = 0.0;
            for (int i = 0; i <= n - k; i++) {
                sum += topAt * groupShare[i];
                if (i < n - k) {
                    topAt *= (double) (n - i - k) / (n - 1 - i);
                }
            }
            curve[k] = Math.min(1.0, sum);
        }
        return curve;
    }

    /** Dense cluster indices 0..G−1 in order of first appearance, with sizes and correctness. */
    private static final class Clustering {
        final int[] dense;
        final int[] sizes;
        final boolean[] correct;

        private Clustering(int[] dense, int[] sizes, boolean[] correct) {
            this.dense = dense;
            this.sizes = sizes;
            this.correct = correct;
        }

        static Clustering of(int[] clusters, Set<Integer> correctClusters) {
            Map<Integer, Integer> index = new HashMap<>();
            int[] dense = new int[clusters.length];
            for (int i = 0; i < clusters.length; i++) {
                dense[i] = index.computeIfAbsent(clusters[i], id -> index.size());
            }
            int[] sizes = new int[index.size()];
            boolean[] correct = new boolean[index.size()];
            for (int i = 0; i < clusters.length; i++) {
                sizes[dense[i]]++;
                correct[dense[i]] = correctClusters.contains(clusters[i]);
            }
            return new Clustering(dense, sizes, correct);
        }
    }

    private static int countTrue(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }

    private static double[] nanHeaded(int kMax) {
        double[] curve = new double[kMax + 1];
        curve[0] = Double.NaN;
        return curve;
    }

    private static void requireSamples(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least 1 sample but got " + n);
        }
    }

    private static void requireK(int n, int k) {
        requireSamples(n);
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, n=" + n + "] but was " + k);
        }
    }

    private static void requireSameLength(String a, int la, String b, int lb) {
        if (la != lb) {
            throw new IllegalArgumentException(a + " and " + b + " must have equal lengths but were " + la
                    + " and " + lb);
        }
    }
}
