package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.reasoningexplorer.engine.puzzle.Expr;
import org.reasoningexplorer.engine.puzzle.Move;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.puzzle.Solver;
import org.reasoningexplorer.engine.reasoner.Proposal;
import org.reasoningexplorer.engine.reasoner.ReasoningBackend;

/**
 * A stand-in for an LLM that solves one arithmetic puzzle step by step, in ToT's step format.
 *
 * <p>The candidates at a state are every legal (pair, operation) under the puzzle's rules,
 * deduplicated by step text. Each has logit {@code (skill · promise + naturalness) / temperature},
 * where promise is 1 when the target is still exactly reachable afterwards ({@link Solver}) and
 * naturalness is {@link StepMenu#naturalness}; the softmax gives the probabilities, which are
 * also the PUCT priors. After a step is chosen its arithmetic slips with probability
 * {@code slipRate}; when one number is left the only step is the answer line, which with
 * probability {@code unfaithfulRate} claims the target although the chain did not reach it.
 *
 * <p>All randomness comes from the stream passed in; the reasoner is thread-safe (its menu cache
 * is concurrent and states are immutable).
 */
public final class EmbeddedReasoner implements ReasoningBackend<PuzzleState> {
    private final Puzzle puzzle;
    private final PolicyKnobs knobs;
    private final Solver solver;
    private final Map<List<Rational>, StepMenu> menus = new ConcurrentHashMap<>();

    /** A reasoner with its own solver memo. */
    public EmbeddedReasoner(Puzzle puzzle, PolicyKnobs knobs) {
        this(puzzle, knobs, new Solver());
    }

    /** A reasoner sharing {@code solver}'s memo (for many reasoners on the same puzzles). */
    public EmbeddedReasoner(Puzzle puzzle, PolicyKnobs knobs, Solver solver) {
        this.puzzle = Objects.requireNonNull(puzzle, "puzzle");
        this.knobs = Objects.requireNonNull(knobs, "knobs");
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    public Puzzle puzzle() {
        return puzzle;
    }

    public PolicyKnobs knobs() {
        return knobs;
    }

    @Override
    public PuzzleState initialState() {
        return PuzzleState.initial(puzzle);
    }

    /**
     * Every candidate next step with its probability, in a fixed order, with true arithmetic
     * (no slips). With one number left it is the single faithful answer line, probability 1.
     */
    public List<StepCandidate> distribution(PuzzleState state) {
        checkOpen(state);
        if (state.remaining().size() == 1) {
            Rational v = state.finalValue();
            String text = "Answer: " + answerText(state, v);
            return List.of(new StepCandidate(text, answered(state, v), 1.0, v.equals(puzzle.targetValue()), 0.0));
        }
        StepMenu menu = menu(state);
        List<StepCandidate> out = new ArrayList<>(menu.options.size());
        for (int k = 0; k < menu.options.size(); k++) {
            StepMenu.Option o = menu.options.get(k);
            PuzzleState next = state.combine(o.i(), o.j(), o.move().result(), expr(state, o), o.text(), true);
            out.add(new StepCandidate(o.text(), next, menu.probabilities[k], o.promising(), menu.logits[k]));
        }
        return out;
    }

    @Override
    public Proposal<PuzzleState> sample(PuzzleState state, SplittableRandom rng) {
        checkOpen(state);
        if (state.remaining().size() == 1) {
            return answer(state, rng);
        }
        StepMenu menu = menu(state);
        int chosen = menu.best;
        if (knobs.temperature() > 0.0) {
            double u = rng.nextDouble();
            double cumulative = 0.0;
            chosen = menu.options.size() - 1;
            for (int k = 0; k < menu.options.size(); k++) {
                cumulative += menu.probabilities[k];
                if (u < cumulative) {
                    chosen = k;
                    break;
                }
            }
        }
        return realise(state, menu, chosen, rng);
    }

    @Override
    public List<Proposal<PuzzleState>> propose(PuzzleState state, int k, SplittableRandom rng) {
        checkOpen(state);
        if (k < 1) {
            throw new IllegalArgumentException("propose needs k >= 1, got " + k);
        }
        if (state.remaining().size() == 1) {
            return List.of(answer(state, rng));
        }
        StepMenu menu = menu(state);
        int n = menu.options.size();
        double[] keys = new double[n];
        List<Integer> order = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            keys[c] = knobs.temperature() > 0.0 ? menu.logits[c] + gumbel(rng) : menu.logits[c];
            order.add(c);
        }
        order.sort(Comparator.<Integer>comparingDouble(c -> -keys[c])
                .thenComparing(c -> menu.options.get(c).text()));
        List<Proposal<PuzzleState>> out = new ArrayList<>();
        for (int c = 0; c < Math.min(k, n); c++) {
            out.add(realise(state, menu, order.get(c), rng));
        }
        return out;
    }

    @Override
    public Proposal<PuzzleState> greedy(PuzzleState state, SplittableRandom rng) {
        checkOpen(state);
        if (state.remaining().size() == 1) {
            return answer(state, rng);
        }
        StepMenu menu = menu(state);
        return realise(state, menu, menu.best, rng);
    }

    @Override
    public String describe() {
        return "embedded(skill=" + knobs.skill() + ", temperature=" + knobs.temperature() + ", slip="
                + knobs.slipRate() + ", unfaithful=" + knobs.unfaithfulRate() + ")";
    }

    private Proposal<PuzzleState> realise(PuzzleState state, StepMenu menu, int index, SplittableRandom rng) {
        StepMenu.Option o = menu.options.get(index);
        boolean slip = rng.nextDouble() < knobs.slipRate();
        Move m = o.move();
        Rational written = m.result();
        String text = o.text();
        if (slip) {
            written = Slips.wrongValue(m, puzzle.rules(), rng);
            text = StepText.step(m.left(), m.op(), m.right(), written,
                    StepMenu.leftAfter(state.remaining(), o.i(), o.j(), written));
        }
        PuzzleState next = state.combine(o.i(), o.j(), written, expr(state, o), text, !slip);
        return new Proposal<>(next, text, menu.probabilities[index], StepText.tokens(text));
    }

    private Proposal<PuzzleState> answer(PuzzleState state, SplittableRandom rng) {
        Rational claim = state.finalValue();
        boolean unfaithful = rng.nextDouble() < knobs.unfaithfulRate();
        if (unfaithful && !claim.equals(puzzle.targetValue())) {
            claim = puzzle.targetValue();
        }
        String text = "Answer: " + answerText(state, claim);
        return new Proposal<>(answered(state, claim), text, 1.0, StepText.tokens(text));
    }

    private PuzzleState answered(PuzzleState state, Rational claim) {
        Expr e = state.expressions().get(0);
        boolean ok;
        try {
            ok = e.evaluate().equals(claim);
        } catch (ArithmeticException divisionByZeroOrOverflow) {
            ok = false;
        }
        return state.answered(answerText(state, claim), ok);
    }

    private static String answerText(PuzzleState state, Rational claim) {
        return state.expressions().get(0).pretty() + " = " + claim;
    }

    private static Expr expr(PuzzleState state, StepMenu.Option o) {
        Expr a = state.expressions().get(o.i());
        Expr b = state.expressions().get(o.j());
        boolean iIsLeft = o.move().left().equals(state.remaining().get(o.i()));
        return Expr.of(o.move().op(), iIsLeft ? a : b, iIsLeft ? b : a);
    }

    private StepMenu menu(PuzzleState state) {
        return menus.computeIfAbsent(state.remaining(), v -> StepMenu.build(v, puzzle, knobs, solver));
    }

    private void checkOpen(PuzzleState state) {
        Objects.requireNonNull(state, "state");
        if (state.isTerminal()) {
            throw new IllegalStateException("the chain has already answered (" + state.answer()
                    + "); a terminal state has no next step");
        }
        if (!state.puzzle().equals(puzzle)) {
            throw new IllegalArgumentException("state is for puzzle " + state.puzzle().id()
                    + " but this reasoner solves " + puzzle.id());
        }
    }

    private static double gumbel(SplittableRandom rng) {
        double u = Math.max(rng.nextDouble(), Double.MIN_VALUE);
        return -Math.log(-Math.log(u));
    }
}
