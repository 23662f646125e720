package org.reasoningexplorer.engine.metrics;

/** A point estimate with a confidence interval around it, low ≤ high. */
public record Interval(double mean, double low, double high) {
    /** The interval's width, high − low. */
    public double width() {
        return high - low;
    }

    /** True when low ≤ value ≤ high. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
