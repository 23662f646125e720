package org.reasoningexplorer.engine.verify;

import java.util.Objects;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;

/** Simulated outcome reward model: the exact verdict on a chain's answer, seen through a {@link NoiseModel}. */
public final class EmbeddedOrm implements Verifier.OutcomeRewardModel<PuzzleState> {
    private final NoiseModel noise;
    private final ExactChecker checker = new ExactChecker();

    public EmbeddedOrm(NoiseModel noise) {
        this.noise = Objects.requireNonNull(noise, "noise");
    }

    public NoiseModel noise() {
        return noise;
    }

    @Override
    public String name() {
        return "orm(" + noise.describe() + ")";
    }

    /** Truth is 1 when {@link ExactChecker} accepts the answer; the state must be terminal. */
    @Override
    public Verifier.Score scoreChain(PuzzleState terminal, SplittableRandom rng) {
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException("an outcome reward model scores finished chains; this one has "
                    + terminal.depth() + " steps and no answer yet");
        }
        return noise.score(checker.isCorrect(terminal), rng);
    }
}
