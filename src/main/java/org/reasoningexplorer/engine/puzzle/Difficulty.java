package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How hard a puzzle is, measured on its own search space.
 *
 * <p>{@code score = ½ · (1 − solvableFirstSteps) + ½ · 1 / (1 + wholeNumberSolutions)}, in [0, 1],
 * higher is harder, where
 * <ul>
 *   <li>{@code solvableFirstSteps} is the fraction of distinct legal first steps (distinct by the
 *       step text "a op b = c (left: …)") after which the target is still reachable: a puzzle
 *       where most first moves are dead ends punishes a reasoner that does not look ahead;</li>
 *   <li>{@code wholeNumberSolutions} counts the distinct canonical solutions ({@link Expr#canonical()})
 *       whose every intermediate value is a whole number: puzzles such as 3 3 8 8 that need a
 *       fraction are notoriously hard for people and for LLMs.</li>
 * </ul>
 * Over the 1362 solvable Game-of-24 puzzles this score has a Spearman correlation of about 0.55
 * with the human solving-time rank in ToT's 24.csv. {@code level} is 1..5, the quintile of the
 * score among those 1362 puzzles ({@link Game24Catalog#levelFor(double)}); for Countdown puzzles
 * the same cut points are used, so their level is only indicative. An unsolvable puzzle scores 1.
 */
public record Difficulty(int solutions, int wholeNumberSolutions, double solvableFirstSteps, double score, int level) {

    public Difficulty {
        if (level < 0 || level > 5) {
            throw new IllegalArgumentException("level must be 1..5 (0 while not yet levelled), got " + level);
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score);
        }
    }

    /** Measures a puzzle and levels it against the Game-of-24 catalogue's quintiles. */
    public static Difficulty measure(Puzzle puzzle, Solver solver) {
        Difficulty raw = unleveled(puzzle, solver, solver.solutions(puzzle));
        return raw.withLevel(Game24Catalog.levelFor(raw.score()));
    }

    /** The same measurement with the given level. */
    public Difficulty withLevel(int newLevel) {
        return new Difficulty(solutions, wholeNumberSolutions, solvableFirstSteps, score, newLevel);
    }

    static Difficulty unleveled(Puzzle puzzle, Solver solver, Solver.Solutions sols) {
        int whole = 0;
        for (Expr e : sols.expressions()) {
            if (allWhole(e)) {
                whole++;
            }
        }
        double first = solvableFirstStepFraction(puzzle, solver);
        double score = 0.5 * (1.0 - first) + 0.5 / (1.0 + whole);
        return new Difficulty(sols.count(), whole, first, score, 0);
    }

    /** Fraction of distinct legal first steps that keep the target reachable. */
    static double solvableFirstStepFraction(Puzzle puzzle, Solver solver) {
        List<Rational> v = puzzle.values();
        Set<String> seen = new HashSet<>();
        int total = 0;
        int good = 0;
        for (int i = 0; i < v.size(); i++) {
            for (int j = i + 1; j < v.size(); j++) {
                for (Move m : puzzle.rules().moves(v.get(i), v.get(j))) {
                    List<Rational> next = new ArrayList<>(v.size() - 1);
                    for (int k = 0; k < v.size(); k++) {
                        if (k != i && k != j) {
                            next.add(v.get(k));
                        }
                    }
                    next.add(m.result());
                    next.sort(null);
                    if (!seen.add(m.equation() + next)) {
                        continue;
                    }
                    total++;
                    if (solver.canReach(next, puzzle.targetValue(), puzzle.rules())) {
                        good++;
                    }
                }
            }
        }
        return total == 0 ? 0.0 : (double) good / total;
    }

    private static boolean allWhole(Expr e) {
        if (e instanceof Expr.Num) {
            return ((Expr.Num) e).value().isInteger();
        }
        Expr.Bin b = (Expr.Bin) e;
        return allWhole(b.left()) && allWhole(b.right()) && e.evaluate().isInteger();
    }
}
