package org.reasoningexplorer.engine.verify;

import java.util.Locale;

/** How a chain's per-step PRM scores become one chain score (REFERENCE.md, "PRM aggregation"). */
public enum PrmAggregation {
    /** The last step's score; Snell et al. found it best. */
    LAST,
    /** The weakest step (Math-Shepherd). */
    MIN,
    /** The probability that every step is right (Lightman et al.). */
    PRODUCT,
    /** The arithmetic mean. */
    MEAN;

    /** Aggregates step scores; an empty chain has score 0. */
    public double aggregate(double[] stepScores) {
        if (stepScores.length == 0) {
            return 0.0;
        }
        switch (this) {
            case LAST:
                return stepScores[stepScores.length - 1];
            case MIN: {
                double m = Double.POSITIVE_INFINITY;
                for (double s : stepScores) {
                    m = Math.min(m, s);
                }
                return m;
            }
            case PRODUCT: {
                double p = 1.0;
                for (double s : stepScores) {
                    p *= s;
                }
                return p;
            }
            default: {
                double sum = 0.0;
                for (double s : stepScores) {
                    sum += s;
                }
                return sum / stepScores.length;
            }
        }
    }

    /** Parses "last", "min", "product"/"prod" or "mean", naming the allowed values on error. */
    public static PrmAggregation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("prod")) {
            return PRODUCT;
        }
        for (PrmAggregation a : values()) {
            if (a.name().toLowerCase(Locale.ROOT).equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown PRM aggregation '" + text + "'; expected one of last, min, product, mean");
    }
}
