package org.reasoningexplorer.engine.reasoner;

/** A partial chain of reasoning: what a backend has written so far for one branch. */
public interface ReasoningState {
    /** Number of steps written since the problem statement. */
    int depth();

    /** True when the chain has stated its final answer, or cannot continue. */
    boolean isTerminal();

    /** The final answer as written, or null while the chain is not terminal. */
    String answer();

    /** Reasoning the writer kept apart from its last step (a model's think block), or "" when none. */
    default String lastReasoning() {
        return "";
    }
}
