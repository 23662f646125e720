package org.reasoningexplorer.engine.search.mcts;

import java.util.SplittableRandom;

/** Draws from a symmetric Dirichlet distribution, via normalised Gamma variates. */
final class Dirichlet {
    private Dirichlet() {
    }

    static double[] sample(int k, double alpha, SplittableRandom rng) {
        double[] x = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            x[i] = gamma(alpha, rng);
            sum += x[i];
        }
        for (int i = 0; i < k; i++) {
            x[i] = sum > 0 ? x[i] / sum : 1.0 / k;
        }
        return x;
    }

    /** Marsaglia and Tsang's method, with the alpha < 1 boost. */
    static double gamma(double alpha, SplittableRandom rng) {
        if (alpha < 1) {
            double u = rng.nextDouble();
            return gamma(alpha + 1, rng) * Math.pow(u, 1 / alpha);
        }
        double d = alpha - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x, v;
            do {
                x = gaussian(rng);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble(), u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
