package org.reasoningexplorer.engine.metrics;

/**
 * Exact maj@k from saved samples: the expectation, over all C(n,k) subsets of size k, of a
 * plurality vote's correctness with ties broken uniformly at random.
 *
 * <p>A k-subset takes x_g samples from answer cluster g (of size m_g) in Π_g C(m_g, x_g) ways, so
 * the sum over subsets is a sum over count vectors with these weights (multivariate
 * hypergeometric). For each candidate winning count M, clusters with m_g &lt; M can never reach M
 * and are pooled: by Vandermonde's identity they contribute C(S, x) for x samples from their S
 * members. The remaining "big" clusters run the same dynamic programme as {@link PluralityVote}
 * over (samples used, clusters tied at M), with one table of subset counts and one weighted by the
 * number of correct clusters tied at M. Every subset size is read from the same tables, so a
 * whole curve costs about as much as its largest k. Over M each cluster is big for m_g values,
 * which bounds the work by O(n³) for the worst cluster structure and far less in practice.
 */
final class SubsetMajority {
    /** Above this many samples, subset counts may overflow doubles and Monte Carlo is used instead. */
    static final int MAX_EXACT_SAMPLES = 512;

    private SubsetMajority() {
    }

    /**
     * maj@k for k = 0..kMax (entry 0 is NaN), from cluster sizes and per-cluster correctness.
     * Requires Σ sizes ≤ {@link #MAX_EXACT_SAMPLES} and 1 ≤ kMax ≤ Σ sizes.
     */
    static double[] curve(int[] sizes, boolean[] correct, int kMax) {
        int n = 0;
        int largestCorrect = 0;
        for (int g = 0; g < sizes.length; g++) {
            n += sizes[g];
            if (correct[g]) {
                largestCorrect = Math.max(largestCorrect, sizes[g]);
            }
        }
        double[][] choose = Binomials.pascal(n);
        double[] result = new double[kMax + 1];
        for (int max = 1; max <= Math.min(kMax, largestCorrect); max++) {
            addWinsAtMaximum(max, sizes, correct, kMax, choose, result);
        }
        result[0] = Double.NaN;
        for (int k = 1; k <= kMax; k++) {
            result[k] = Math.min(1.0, result[k] / choose[n][k]);
        }
        return result;
    }

    /** Adds, for each k, the count of k-subsets whose top count is max, weighted by correct/tied. */
    private static void addWinsAtMaximum(int max, int[] sizes, boolean[] correct, int kMax, double[][] choose,
            double[] result) {
        int bigCount = 0;
        int bigTotal = 0;
        for (int size : sizes) {
            if (size >= max) {
                bigCount++;
                bigTotal += size;
            }
        }
        int pooled = choose.length - 1 - bigTotal;
        int sMax = Math.min(kMax, bigTotal);
        int tieCap = Math.min(bigCount, sMax / max);
        int width = tieCap + 1;
        double[] count = new double[(sMax + 1) * width];
        double[] marked = new double[count.length];
        count[0] = 1.0;
        int reach = 0;
        for (int g = 0; g < sizes.length; g++) {
            int size = sizes[g];
            if (size < max) {
                continue;
            }
            double[] nextCount = new double[count.length];
            double[] nextMarked = new double[count.length];
            double[] ways = choose[size];
            for (int s = 0; s <= reach; s++) {
                int tMax = Math.min(tieCap, s / max);
                for (int t = 0; t <= tMax; t++) {
                    int at = s * width + t;
                    double c0 = count[at];
                    double c1 = marked[at];
                    if (c0 == 0.0 && c1 == 0.0) {
                        continue;
                    }
                    int below = Math.min(max - 1, sMax - s);
                    for (int x = 0; x <= below; x++) {
                        nextCount[at + x * width] += c0 * ways[x];
                        nextMarked[at + x * width] += c1 * ways[x];
                    }
                    if (s + max <= sMax && t < tieCap) {
                        int to = at + max * width + 1;
                        nextCount[to] += c0 * ways[max];
                        nextMarked[to] += (correct[g] ? c0 + c1 : c1) * ways[max];
                    }
                }
            }
            reach = Math.min(sMax, reach + max);
            count = nextCount;
            marked = nextMarked;
        }
        double[] expected = new double[sMax + 1];
        for (int s = max; s <= reach; s++) {
            for (int t = 1; t <= Math.min(tieCap, s / max); t++) {
                expected[s] += marked[s * width + t] / t;
            }
        }
        double[] poolWays = choose[pooled];
        for (int s = max; s <= reach; s++) {
            if (expected[s] == 0.0) {
                continue;
            }
            for (int x = 0; x <= pooled && s + x <= kMax; x++) {
                result[s + x] += expected[s] * poolWays[x];
            }
        }
    }
}
