package org.reasoningexplorer.engine.metrics;

/** Binomial coefficients as doubles, shared by the exact vote and subset calculations. */
final class Binomials {
    /** C(1029, 514) is the last central coefficient below Double.MAX_VALUE. */
    static final int MAX_EXACT_ROW = 1029;

    private Binomials() {
    }

    /** Pascal's triangle up to row n: {@code t[a][b] = C(a, b)} for 0 ≤ b ≤ a ≤ n. */
    static double[][] pascal(int n) {
        if (n < 0 || n > MAX_EXACT_ROW) {
            throw new IllegalArgumentException("Pascal row must be in [0, " + MAX_EXACT_ROW + "] but was " + n);
        }
        double[][] t = new double[n + 1][];
        for (int a = 0; a <= n; a++) {
            t[a] = new double[a + 1];
            t[a][0] = 1.0;
            t[a][a] = 1.0;
            for (int b = 1; b < a; b++) {
                t[a][b] = t[a - 1][b - 1] + t[a - 1][b];
            }
        }
        return t;
    }

    /** p^x for x = 0..n, with 0^0 = 1. */
    static double[] powers(double p, int n) {
        double[] pw = new double[n + 1];
        pw[0] = 1.0;
        for (int x = 1; x <= n; x++) {
            pw[x] = pw[x - 1] * p;
        }
        return pw;
    }

    /**
     * The Binomial(n, p) probability mass function at 0..n, each term formed in log space so that
     * no coefficient overflows for any n.
     */
    static double[] pmf(int n, double p) {
        double[] pmf = new double[n + 1];
        if (p == 0.0 || p == 1.0) {
            pmf[p == 0.0 ? 0 : n] = 1.0;
            return pmf;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logChoose = 0.0;  // ln C(n, k), advanced with k
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logChoose += Math.log((double) (n - k + 1) / k);
            }
            pmf[k] = Math.exp(logChoose + k * logP + (n - k) * logQ);
        }
        return pmf;
    }
}
