package org.reasoningexplorer.engine.metrics;

/**
 * The Wilson score interval for a binomial proportion: well-behaved at 0 and n successes and for
 * small n, unlike the normal-approximation (Wald) interval.
 */
public final class Wilson {
    private Wilson() {
    }

    /**
     * The observed proportion successes/trials with its Wilson interval at the given confidence:
     * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), z = Φ⁻¹((1+confidence)/2).
     */
    public static Interval interval(int successes, int trials, double confidence) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1 but was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, trials=" + trials + "] but was " + successes);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1) but was " + confidence);
        }
        double z = Gaussian.quantile(0.5 + confidence / 2.0);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
        double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double high = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(p, low, high);
    }
}
