package org.reasoningexplorer.engine.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The choosing rules over finished chains, as pure functions of a {@link ChainTable} and chain
 * scores; each returns the index of the chosen chain (the first chain of the winning answer for votes).
 */
public final class SelectionRules {
    /** Tallies of one vote: count and summed score per answer cluster, and each cluster's first chain. */
    public record Tally(double[] count, double[] weight, double[] bestSingle, int[] first) {
    }

    private SelectionRules() {
    }

    /** Counts the chains selected by {@code include} (null = all), weighting by {@code scores} (null = 1 each). */
    public static Tally tally(ChainTable t, double[] scores, boolean[] include) {
        int k = t.clusters().size();
        double[] count = new double[k];
        double[] weight = new double[k];
        double[] best = new double[k];
        int[] first = new int[k];
        Arrays.fill(first, -1);
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < t.chains(); i++) {
            if (include != null && !include[i]) {
                continue;
            }
            int c = t.cluster(i);
            double w = scores == null ? 1.0 : scores[i];
            count[c]++;
            weight[c] += w;
            best[c] = Math.max(best[c], w);
            if (first[c] < 0) {
                first[c] = i;
            }
        }
        return new Tally(count, weight, best, first);
    }

    /** Clusters tied at the top of {@code key}, in order of first appearance. */
    public static List<Integer> top(double[] key, int[] first) {
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < key.length; c++) {
            if (first[c] >= 0) {
                top = Math.max(top, key[c]);
            }
        }
        List<Integer> tied = new ArrayList<>();
        for (int c = 0; c < key.length; c++) {
            if (first[c] >= 0 && key[c] == top) {
                tied.add(c);
            }
        }
        tied.sort((a, b) -> Integer.compare(first[a], first[b]));
        return tied;
    }

    /** Majority vote, ties to the answer seen first. */
    public static int majority(ChainTable t) {
        Tally y = tally(t, null, null);
        return y.first()[top(y.count(), y.first()).get(0)];
    }

    /** Weighted majority vote: the answer with the largest summed score, ties to the one seen first. */
    public static int weighted(ChainTable t, double[] scores) {
        Tally y = tally(t, scores, null);
        return y.first()[top(y.weight(), y.first()).get(0)];
    }

    /** Best-of-N: the highest-scored chain, ties to the earlier. */
    public static int best(double[] scores) {
        int b = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[b]) {
                b = i;
            }
        }
        return b;
    }

    /** Majority vote among the chains whose score is in the top {@code fraction} (at least one chain). */
    public static int topFilteredMajority(ChainTable t, double[] scores, double fraction) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int keep = Math.max(1, (int) Math.ceil(fraction * scores.length));
        double cut = sorted[scores.length - keep];
        boolean[] include = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            include[i] = scores[i] >= cut;
        }
        Tally y = tally(t, null, include);
        return y.first()[top(y.count(), y.first()).get(0)];
    }
}
