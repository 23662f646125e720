package org.reasoningexplorer.engine.reasoner;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A writer of reasoning steps: the embedded puzzle reasoner, or a language model.
 *
 * <p>Every random choice takes its stream from the caller, which keys it to the node being
 * extended, so results depend only on the seed and the node's identity.
 */
public interface ReasoningBackend<S extends ReasoningState> {
    /** The state before any step: the problem alone. */
    S initialState();

    /** Samples one next step at the backend's temperature. */
    Proposal<S> sample(S state, SplittableRandom rng);

    /**
     * Proposes up to {@code k} distinct next steps, as a Tree-of-Thoughts propose prompt or an
     * MCTS expansion would; fewer when fewer exist. Probabilities are the policy's own.
     */
    List<Proposal<S>> propose(S state, int k, SplittableRandom rng);

    /** The most likely next step (temperature zero), as used by greedy lookahead rollouts. */
    Proposal<S> greedy(S state, SplittableRandom rng);

    /** A short description for trace headers, e.g. "embedded(skill=2.0, ...)". */
    String describe();
}
