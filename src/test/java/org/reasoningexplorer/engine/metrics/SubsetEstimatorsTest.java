package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SubsetEstimatorsTest {
    /** Per-sample data of one synthetic problem. */
    private record Problem(int[] clusters, Set<Integer> correctClusters, boolean[] correct, double[] scores) {
    }

    private static Problem randomProblem(SplittableRandom random, int n, int clusterCount, boolean coarseScores) {
        int[] clusters = new int[n];
        boolean[] correct = new boolean[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            // Skewed toward low ids so that clusters differ in size; id 0 (and 2 when present) is correct.
            clusters[i] = (int) (clusterCount * Math.pow(random.nextDouble(), 1.5));
            correct[i] = clusters[i] == 0 || clusters[i] == 2;
            scores[i] = coarseScores ? random.nextInt(4) * 0.25 : random.nextDouble();
        }
        return new Problem(clusters, Set.of(0, 2), correct, scores);
    }

    @Test
    void curvesAgreeWithBruteForceSubsetEnumerationUpToTwelveSamples() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(12);
            Problem p = randomProblem(random, n, 1 + random.nextInt(6), trial % 2 == 0);
            double[] majority = SubsetEstimators.majorityCurve(p.clusters, p.correctClusters);
            double[] best = SubsetEstimators.bestOfKCurve(p.scores, p.correct);
            double[] weighted = SubsetEstimators.weightedMajorityCurve(p.clusters, p.scores, p.correctClusters);
            double[] pass = SubsetEstimators.passAtKCurve(p.correct);
            double[][] brute = bruteForce(p);
            for (int k = 1; k <= n; k++) {
                String where = "trial " + trial + ", n=" + n + ", k=" + k;
                assertEquals(brute[0][k], majority[k], 1e-12, where);
                assertEquals(brute[0][k], SubsetEstimators.majorityAtK(p.clusters, p.correctClusters, k), 1e-12, where);
                assertEquals(brute[1][k], best[k], 1e-12, where);
                assertEquals(brute[1][k], SubsetEstimators.bestOfK(p.scores, p.correct, k), 1e-12, where);
                assertEquals(brute[2][k], weighted[k], 1e-12, where);
                assertEquals(brute[3][k], pass[k], 1e-12, where);
            }
        }
    }

    @Test
    void weightedMajorityMonteCarloAgreesWithEnumerationWithinItsStandardError() {
        SplittableRandom random = new SplittableRandom(17);
        Problem p = randomProblem(random, 16, 5, false);
        double[][] brute = bruteForce(p);
        int draws = 20_000;
        double[] sampled = SubsetEstimators.weightedMajorityCurve(p.clusters, p.scores, p.correctClusters, draws, 3L);
        for (int k = 1; k <= 16; k++) {
            assertEquals(brute[2][k], sampled[k], 4 * 0.5 / Math.sqrt(draws), "k=" + k);
        }
        assertEquals(brute[2][16], sampled[16], 1e-12);  // the full set is the same every draw
    }

    @Test
    void weightedMajorityIsReproducibleForAFixedSeed() {
        Problem p = randomProblem(new SplittableRandom(1), 40, 6, false);
        assertEquals(SubsetEstimators.weightedMajorityAtK(p.clusters, p.scores, p.correctClusters, 9),
                SubsetEstimators.weightedMajorityAtK(p.clusters, p.scores, p.correctClusters, 9), 0.0);
    }

    @Test
    void unitScoresMakeWeightedMajorityAPluralityVote() {
        Problem p = randomProblem(new SplittableRandom(8), 11, 4, false);
        double[] ones = new double[11];
        Arrays.fill(ones, 1.0);
        double[] weighted = SubsetEstimators.weightedMajorityCurve(p.clusters, ones, p.correctClusters);
        double[] majority = SubsetEstimators.majorityCurve(p.clusters, p.correctClusters);
        for (int k = 1; k <= 11; k++) {
            assertEquals(majority[k], weighted[k], 1e-12);
        }
    }

    @Test
    void tiedTopScoresArePickedUniformly() {
        double[] scores = {0.9, 0.9, 0.9, 0.1};
        boolean[] correct = {true, false, false, true};
        assertEquals(1.0 / 3.0, SubsetEstimators.bestOfK(scores, correct, 4), 1e-15);
        // k=1 is the base rate: half the samples are correct.
        assertEquals(0.5, SubsetEstimators.bestOfK(scores, correct, 1), 1e-15);
    }

    @Test
    void majorityOverAllSamplesIsTheFullVote() {
        int[] clusters = {7, 7, 7, 3, 3, 5};
        assertEquals(1.0, SubsetEstimators.majorityAtK(clusters, Set.of(7), 6), 0.0);
        assertEquals(0.0, SubsetEstimators.majorityAtK(clusters, Set.of(3), 6), 0.0);
        assertEquals(0.5, SubsetEstimators.majorityAtK(clusters, Set.of(7), 1), 1e-15);  // k=1 is the base rate
        assertEquals(0.0, SubsetEstimators.majorityAtK(clusters, Set.of(1), 3), 0.0);
    }

    @Test
    void worstCaseClusterStructuresGiveExactValues() {
        int[] allDistinct = new int[64];
        int[] pairs = new int[64];
        int[] oneCluster = new int[64];
        for (int i = 0; i < 64; i++) {
            allDistinct[i] = i;
            pairs[i] = i / 2;
        }
        assertEquals(1.0, SubsetEstimators.majorityCurve(oneCluster, Set.of(0))[64], 1e-12);
        assertEquals(1.0 / 32.0, SubsetEstimators.majorityCurve(pairs, Set.of(0))[1], 1e-12);
        assertEquals(3.0 / 64.0, SubsetEstimators.majorityAtK(allDistinct, Set.of(0, 1, 2), 20), 1e-12);
    }

    @Test
    void majorityAboveTheExactLimitIsASeededEstimateNearTheIidVote() {
        int[] clusters = new int[600];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = i < 240 ? 0 : i < 420 ? 1 : 2;  // shares 0.4, 0.3, 0.3
        }
        double estimate = SubsetEstimators.majorityAtK(clusters, Set.of(0), 3);
        // Without replacement differs from the i.i.d. 0.424 by O(k²/n); allow that plus 4 standard errors.
        assertEquals(0.424, estimate, 0.01 + 4 * 0.5 / Math.sqrt(SubsetEstimators.DEFAULT_DRAWS));
        assertEquals(estimate, SubsetEstimators.majorityAtK(clusters, Set.of(0), 3), 0.0);
        assertEquals(1.0, SubsetEstimators.majorityAtK(clusters, Set.of(0), 600), 0.0);
    }

    @Test
    void invalidInputsAreRejectedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubsetEstimators.majorityAtK(new int[] {1, 2}, Set.of(1), 3));
        assertTrue(e.getMessage().contains("[1, n=2]") && e.getMessage().contains("was 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SubsetEstimators.bestOfK(new double[] {1, 2}, new boolean[] {true}, 1));
        assertTrue(e.getMessage().contains("equal lengths"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SubsetEstimators.weightedMajorityAtK(new int[] {1, 2}, new double[] {0.5, -1}, Set.of(1), 1));
        assertTrue(e.getMessage().contains("sample 1") && e.getMessage().contains("-1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SubsetEstimators.majorityCurve(new int[0], Set.of()));
    }

    /** Rows: majority, best-of, weighted majority, pass@k — each averaged over every k-subset. */
    private static double[][] bruteForce(Problem p) {
        int n = p.clusters.length;
        double[][] sums = new double[4][n + 1];
        double[] subsets = new double[n + 1];
        for (int mask = 1; mask < (1 << n); mask++) {
            int k = Integer.bitCount(mask);
            Map<Integer, Integer> votes = new HashMap<>();
            Map<Integer, Double> weight = new HashMap<>();
            double top = Double.NEGATIVE_INFINITY;
            int topCount = 0;
            int topCorrect = 0;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 0) {
                    continue;
                }
                votes.merge(p.clusters[i], 1, Integer::sum);
                weight.merge(p.clusters[i], p.scores[i], Double::sum);
                any |= p.correct[i];
                if (p.scores[i] > top) {
                    top = p.scores[i];
                    topCount = 0;
                    topCorrect = 0;
                }
                if (p.scores[i] == top) {
                    topCount++;
                    topCorrect += p.correct[i] ? 1 : 0;
                }
            }
            sums[0][k] += share(votes, p.correctClusters);
            sums[1][k] += (double) topCorrect / topCount;
            sums[2][k] += share(weight, p.correctClusters);
            sums[3][k] += any ? 1 : 0;
            subsets[k]++;
        }
        for (double[] row : sums) {
            for (int k = 1; k <= n; k++) {
                row[k] /= subsets[k];
            }
        }
        return sums;
    }

    /** Fraction of the clusters tied at the top total that are correct. */
    private static <V extends Comparable<V>> double share(Map<Integer, V> totals, Set<Integer> correct) {
        V max = null;
        for (V v : totals.values()) {
            if (max == null || v.compareTo(max) > 0) {
                max = v;
            }
        }
        int tied = 0;
        int hits = 0;
        for (Map.Entry<Integer, V> e : totals.entrySet()) {
            if (e.getValue().compareTo(max) == 0) {
                tied++;
                hits += correct.contains(e.getKey()) ? 1 : 0;
            }
        }
        return (double) hits / tied;
    }
}
