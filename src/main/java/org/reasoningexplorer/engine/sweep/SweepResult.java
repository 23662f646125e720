package org.reasoningexplorer.engine.sweep;

import org.reasoningexplorer.engine.metrics.Interval;

/**
 * One row of a sweep table: a strategy at a budget over a problem set.
 *
 * @param accuracy fraction of problems whose final answer is correct, with a bootstrap interval over problems
 * @param passAt1 unbiased pass@1 over the sampled chains, NaN for strategies that do not sample whole chains
 * @param passAtN fraction of problems where any sampled chain was correct (pass@n with k = n), NaN likewise
 */
public record SweepResult(String strategy, int budget, int problems, Interval accuracy, double passAt1, double passAtN,
                          double meanSteps, double meanTokens, double meanVerifierCalls) {
}
