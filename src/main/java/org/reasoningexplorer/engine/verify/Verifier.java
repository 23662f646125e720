package org.reasoningexplorer.engine.verify;

import java.util.List;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.reasoner.ReasoningState;

/**
 * Judges of reasoning: the exact outcome checker, an outcome reward model scoring whole chains,
 * a process reward model scoring each step, and a ToT-style value judge.
 *
 * <p>Each score comes with its honest ground truth so traces can show how far the verifier was
 * from the truth. Noise streams come from the caller, keyed to the node being judged.
 */
public final class Verifier {
    private Verifier() {
    }

    /** A verifier's score together with the truth it was trying to estimate. */
    public record Score(double value, double truth) {
    }

    /** Decides exactly whether a terminal chain's answer is right. */
    public interface OutcomeChecker<S extends ReasoningState> {
        boolean isCorrect(S terminal);
    }

    /** Outcome reward model: one score in [0, 1] for a whole terminal chain. */
    public interface OutcomeRewardModel<S extends ReasoningState> {
        String name();

        Score scoreChain(S terminal, SplittableRandom rng);
    }

    /** Process reward model: one score in [0, 1] for the last step of a (partial) chain. */
    public interface ProcessRewardModel<S extends ReasoningState> {
        String name();

        Score scoreStep(S stateAfterStep, SplittableRandom rng);
    }

    /** Tree-of-Thoughts value prompt: sampled sure/likely/impossible judgements of a state. */
    public interface ValueJudge<S extends ReasoningState> {
        String name();

        /** Draws {@code samples} independent judgements; their weights are summed by ToT. */
        List<Judgement> judge(S state, int samples, SplittableRandom rng);
    }
}
