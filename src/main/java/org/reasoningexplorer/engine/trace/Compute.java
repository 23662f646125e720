package org.reasoningexplorer.engine.trace;

/** Compute a search spent: generated steps and tokens, and verifier calls. */
public record Compute(long steps, long tokens, long verifierCalls) {
    public static final Compute ZERO = new Compute(0, 0, 0);

    public Compute plus(Compute o) {
        return new Compute(steps + o.steps, tokens + o.tokens, verifierCalls + o.verifierCalls);
    }
}
