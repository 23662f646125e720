package org.reasoningexplorer.engine.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Solver;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;

/**
 * Simulated Tree-of-Thoughts value prompt. The true verdict on a state is sure when every step's
 * arithmetic so far is right and the numbers left can still reach the target (with one number
 * left: it equals the target; once answered: the answer is exactly correct), else impossible.
 *
 * <p>Each sample flips that verdict with the noise model's false-positive/negative rate, draws a
 * raw logit-space score for the resulting label, and maps it: raw ≥ ln 3 (score ≥ 0.75) is
 * {@link Judgement#SURE}, raw ≤ −ln 3 (score ≤ 0.25) is {@link Judgement#IMPOSSIBLE}, anything
 * between is {@link Judgement#LIKELY}. A perfect model is always sure or impossible and right;
 * a mediocre one says "likely" about half the time.
 */
public final class EmbeddedValueJudge implements Verifier.ValueJudge<PuzzleState> {
    /** Raw-score boundary between likely and sure (logit of 0.75). */
    public static final double SURE_ABOVE = Math.log(3.0);

    private final NoiseModel noise;
    private final Solver solver;

    public EmbeddedValueJudge(NoiseModel noise) {
        this(noise, new Solver());
    }

    public EmbeddedValueJudge(NoiseModel noise, Solver solver) {
        this.noise = Objects.requireNonNull(noise, "noise");
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    @Override
    public String name() {
        return "value(" + noise.describe() + ")";
    }

    @Override
    public List<Judgement> judge(PuzzleState state, int samples, SplittableRandom rng) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        boolean truth = isSure(state);
        List<Judgement> out = new ArrayList<>(samples);
        for (int s = 0; s < samples; s++) {
            double raw = noise.raw(noise.label(truth, rng), rng);
            out.add(raw >= SURE_ABOVE ? Judgement.SURE : raw <= -SURE_ABOVE ? Judgement.IMPOSSIBLE : Judgement.LIKELY);
        }
        return out;
    }

    /** The true verdict: can this chain still end in an exactly correct answer? */
    public boolean isSure(PuzzleState state) {
        Puzzle p = state.puzzle();
        if (state.isTerminal()) {
            return ExactChecker.isCorrectAnswer(p, state.answer());
        }
        return state.allArithmeticOk() && solver.canReach(state.remaining(), p.targetValue(), p.rules());
    }
}
