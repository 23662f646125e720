package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolverTest {
    private final Solver solver = new Solver();

    private static List<Rational> values(long... xs) {
        return java.util.Arrays.stream(xs).mapToObj(Rational::of).toList();
    }

    @Test
    void reachabilityIsExactIncludingFractions() {
        assertTrue(solver.canReach(values(1, 5, 5, 5), Rational.of(24), Rules.GAME24));
        assertTrue(solver.canReach(values(3, 3, 8, 8), Rational.of(24), Rules.GAME24));
        assertFalse(solver.canReach(values(1, 1, 1, 1), Rational.of(24), Rules.GAME24));
        assertTrue(solver.canReach(List.of(Rational.of(8, 3), Rational.of(8), Rational.of(3)), Rational.of(24), Rules.GAME24));
    }

    @Test
    void countdownForbidsFractionsSoSomeGame24PuzzlesBecomeUnsolvable() {
        assertFalse(solver.canReach(values(1, 5, 5, 5), Rational.of(24), Rules.COUNTDOWN));
        assertFalse(solver.canReach(values(3, 3, 8, 8), Rational.of(24), Rules.COUNTDOWN));
        assertTrue(solver.canReach(values(4, 9, 10, 13), Rational.of(24), Rules.COUNTDOWN));
    }

    @Test
    void countdownDifferencesAreNeverNegative() {
        assertFalse(solver.canReach(values(2, 7), Rational.of(-5), Rules.COUNTDOWN));
        assertTrue(solver.canReach(values(2, 7), Rational.of(5), Rules.COUNTDOWN));
    }

    @Test
    void everyNumberMustBeUsed() {
        assertFalse(solver.canReach(values(24, 7), Rational.of(24), Rules.COUNTDOWN),
                "24 alone is not a solution when 7 must also be used");
    }

    @Test
    void solutionsAreDistinctCorrectAndCanonical() {
        Puzzle p = Puzzle.game24(4, 9, 10, 13);
        Solver.Solutions s = solver.solutions(p);
        assertTrue(s.canonical().contains("(10 − 4) × (13 − 9)"), s.canonical().toString());
        assertEquals(s.count(), new HashSet<>(s.canonical()).size());
        for (int k = 0; k < s.count(); k++) {
            Expr e = s.expressions().get(k);
            assertEquals(Rational.of(24), e.evaluate());
            assertEquals(p.values(), e.leaves());
            assertEquals(s.canonical().get(k), e.canonical());
        }
        assertTrue(s.statesExplored() > 1);
    }

    @Test
    void aFractionOnlyPuzzleHasExactlyItsOneSolution() {
        Solver.Solutions s = solver.solutions(Puzzle.game24(1, 5, 5, 5));
        assertEquals(List.of("5 × (5 − 1 ÷ 5)"), s.canonical());
        assertEquals(List.of("8 ÷ (3 − 8 ÷ 3)"), solver.solutions(Puzzle.game24(3, 3, 8, 8)).canonical());
    }

    @Test
    void unsolvablePuzzlesHaveNoSolutions() {
        assertEquals(0, solver.solutions(Puzzle.game24(1, 1, 1, 1)).count());
        assertFalse(solver.isSolvable(Puzzle.game24(1, 1, 1, 1)));
    }

    @Test
    void theSameQuestionGetsTheSameAnswerFromASharedSolver() {
        assertEquals(solver.canReach(values(6, 6, 6, 6), Rational.of(24), Rules.GAME24),
                Solver.shared().canReach(values(6, 6, 6, 6), Rational.of(24), Rules.GAME24));
        assertThrows(IllegalArgumentException.class, () -> solver.canReach(List.of(), Rational.ONE, Rules.GAME24));
    }
}
