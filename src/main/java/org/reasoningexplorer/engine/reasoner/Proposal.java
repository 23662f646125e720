package org.reasoningexplorer.engine.reasoner;

/**
 * One candidate next step: the state it leads to, its text, the policy's probability for it
 * (the PUCT prior; NaN when the backend cannot tell) and the tokens it cost to write.
 */
public record Proposal<S extends ReasoningState>(S next, String text, double probability, int tokens) {
}
