package org.reasoningexplorer.engine.verify;

import java.util.Objects;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Solver;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;

/**
 * Simulated process reward model. A step's truth is 1 when its arithmetic is right and the
 * numbers left as written can still reach the target (exactly, by {@link Solver}); for the answer
 * line it is the exact correctness of the answer. The score is that truth seen through a
 * {@link NoiseModel}.
 */
public final class EmbeddedPrm implements Verifier.ProcessRewardModel<PuzzleState> {
    private final NoiseModel noise;
    private final Solver solver;

    public EmbeddedPrm(NoiseModel noise) {
        this(noise, new Solver());
    }

    public EmbeddedPrm(NoiseModel noise, Solver solver) {
        this.noise = Objects.requireNonNull(noise, "noise");
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    public NoiseModel noise() {
        return noise;
    }

    @Override
    public String name() {
        return "prm(" + noise.describe() + ")";
    }

    @Override
    public Verifier.Score scoreStep(PuzzleState stateAfterStep, SplittableRandom rng) {
        return noise.score(isGoodStep(stateAfterStep), rng);
    }

    /** The PRM's ground truth for the last step of {@code stateAfterStep}. */
    public boolean isGoodStep(PuzzleState stateAfterStep) {
        if (stateAfterStep.depth() == 0) {
            throw new IllegalArgumentException("a process reward model scores a step; the state of puzzle "
                    + stateAfterStep.puzzle().id() + " has none yet");
        }
        if (stateAfterStep.isTerminal()) {
            return ExactChecker.isCorrectAnswer(stateAfterStep.puzzle(), stateAfterStep.answer());
        }
        Puzzle p = stateAfterStep.puzzle();
        return stateAfterStep.lastStepArithmeticOk()
                && solver.canReach(stateAfterStep.remaining(), p.targetValue(), p.rules());
    }
}
