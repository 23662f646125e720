package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifficultyTest {
    private final Solver solver = new Solver();

    @Test
    void aFractionOnlyPuzzleWithFewGoodFirstStepsIsHarderThanAnEasyOne() {
        Difficulty hard = Difficulty.measure(Puzzle.game24(3, 3, 8, 8), solver);
        Difficulty easy = Difficulty.measure(Puzzle.game24(1, 2, 3, 4), solver);
        assertTrue(hard.score() > easy.score());
        assertTrue(easy.solvableFirstSteps() > hard.solvableFirstSteps());
        assertEquals(1, hard.solutions());
        assertEquals(0, hard.wholeNumberSolutions());
        assertEquals(5, hard.level());
    }

    @Test
    void scoreFollowsItsDocumentedFormula() {
        Difficulty d = Difficulty.measure(Puzzle.game24(4, 9, 10, 13), solver);
        assertEquals(0.5 * (1 - d.solvableFirstSteps()) + 0.5 / (1 + d.wholeNumberSolutions()), d.score(), 1e-12);
    }

    @Test
    void anUnsolvablePuzzleScoresOne() {
        Difficulty d = Difficulty.measure(Puzzle.countdown(List.of(1, 1), 50), solver);
        assertEquals(1.0, d.score(), 1e-12);
        assertEquals(5, d.level());
    }

    @Test
    void rejectsOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new Difficulty(1, 1, 0.5, 1.5, 3));
        assertThrows(IllegalArgumentException.class, () -> new Difficulty(1, 1, 0.5, 0.5, 6));
    }
}
