package org.reasoningexplorer.engine.verify;

/** A Tree-of-Thoughts value judgement, with the weight the ToT paper gives it. */
public enum Judgement {
    SURE(20.0), LIKELY(1.0), IMPOSSIBLE(0.001);

    private final double weight;

    Judgement(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
