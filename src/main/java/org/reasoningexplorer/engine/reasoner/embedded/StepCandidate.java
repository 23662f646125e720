package org.reasoningexplorer.engine.reasoner.embedded;

/**
 * One next step the embedded policy may write, with its true arithmetic: the step text, the
 * state it leads to, its probability under the policy, whether the target stays reachable after
 * it, and its logit ({@code (skill · promise + naturalness) / temperature}; at temperature 0 the
 * unscaled utility).
 */
public record StepCandidate(String text, PuzzleState next, double probability, boolean promising, double logit) {
}
