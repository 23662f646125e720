package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reasoningexplorer.engine.puzzle.Move;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.puzzle.Solver;

/**
 * The policy's options from one multiset of written numbers: every legal (pair, operation),
 * deduplicated by step text, in a fixed order, with utilities and probabilities. It depends only
 * on the numbers, so the reasoner caches one menu per multiset.
 */
final class StepMenu {
    /** One option: numbers {@code i} and {@code j} of the state combined by {@code move}. */
    record Option(int i, int j, Move move, String text, boolean promising, double utility) {
    }

    final List<Option> options;
    final double[] probabilities;
    final double[] logits;
    final int best;

    private StepMenu(List<Option> options, double[] probabilities, double[] logits, int best) {
        this.options = options;
        this.probabilities = probabilities;
        this.logits = logits;
        this.best = best;
    }

    static StepMenu build(List<Rational> values, Puzzle puzzle, PolicyKnobs knobs, Solver solver) {
        List<Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                for (Move m : puzzle.rules().moves(values.get(i), values.get(j))) {
                    List<Rational> after = leftAfter(values, i, j, m.result());
                    String text = StepText.step(m.left(), m.op(), m.right(), m.result(), after);
                    if (!seen.add(text)) {
                        continue;
                    }
                    boolean promising = solver.canReach(after, puzzle.targetValue(), puzzle.rules());
                    double utility = knobs.skill() * (promising ? 1.0 : 0.0) + naturalness(m.result(), puzzle.target());
                    options.add(new Option(i, j, m, text, promising, utility));
                }
            }
        }
        int n = options.size();
        int best = 0;
        for (int k = 1; k < n; k++) {
            Option o = options.get(k);
            Option b = options.get(best);
            if (o.utility() > b.utility() || o.utility() == b.utility() && o.text().compareTo(b.text()) < 0) {
                best = k;
            }
        }
        double[] logits = new double[n];
        double[] probs = new double[n];
        if (knobs.temperature() == 0.0) {
            for (int k = 0; k < n; k++) {
                logits[k] = options.get(k).utility();
            }
            probs[best] = 1.0;
        } else {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                logits[k] = options.get(k).utility() / knobs.temperature();
                max = Math.max(max, logits[k]);
            }
            double sum = 0.0;
            for (int k = 0; k < n; k++) {
                probs[k] = Math.exp(logits[k] - max);
                sum += probs[k];
            }
            for (int k = 0; k < n; k++) {
                probs[k] /= sum;
            }
        }
        return new StepMenu(List.copyOf(options), probs, logits, best);
    }

    /**
     * A small preference an LLM shows regardless of lookahead: +0.3 for a whole-number result
     * (−0.3 for a fraction), +0.2 more when it is a positive factor of the target (6, 8, 12 or 24
     * for 24), and −0.2 for a result of 0. It lies in [−0.3, 0.5], well below the default skill 2.
     */
    static double naturalness(Rational result, int target) {
        if (!result.isInteger()) {
            return -0.3;
        }
        double n = 0.3;
        if (result.signum() > 0 && target > 0 && target % result.num() == 0) {
            n += 0.2;
        }
        if (result.isZero()) {
            n -= 0.2;
        }
        return n;
    }

    /** The numbers other than {@code i} and {@code j}, plus {@code value}, ascending. */
    static List<Rational> leftAfter(List<Rational> values, int i, int j, Rational value) {
        List<Rational> out = new ArrayList<>(values.size() - 1);
        for (int x = 0; x < values.size(); x++) {
            if (x != i && x != j) {
                out.add(values.get(x));
            }
        }
        out.add(value);
        out.sort(null);
        return out;
    }
}
