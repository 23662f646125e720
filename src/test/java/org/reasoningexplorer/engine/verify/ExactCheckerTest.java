package org.reasoningexplorer.engine.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;
import org.reasoningexplorer.engine.reasoner.embedded.StepReplay;

class ExactCheckerTest {
    private static final Puzzle P = Puzzle.game24(4, 9, 10, 13);

    @Test
    void acceptsExactSolutionsInAnyNotation() {
        assertTrue(ExactChecker.isCorrectAnswer(P, "(10 - 4) * (13 - 9) = 24"));
        assertTrue(ExactChecker.isCorrectAnswer(P, "Answer: (13 − 9) × (10 − 4) = 24"));
        assertTrue(ExactChecker.isCorrectAnswer(P, "4 × (9 + 10 − 13)"));
        assertTrue(ExactChecker.isCorrectAnswer(Puzzle.game24(1, 5, 5, 5), "5 * (5 - 1/5) = 24"));
    }

    @Test
    void rejectsWrongValuesWrongNumbersAndGarbageWithoutThrowing() {
        assertFalse(ExactChecker.isCorrectAnswer(P, "(10 - 4) * (13 - 9) - 1 = 24"), "uses an extra 1");
        assertFalse(ExactChecker.isCorrectAnswer(P, "(10 - 4) * 4 = 24"), "misses 9 and 13");
        assertFalse(ExactChecker.isCorrectAnswer(P, "(10 + 4) + (13 - 9) = 24"), "the claim is false");
        for (String junk : List.of("", "I give up", "(10 - 4", "4 / (9 - 9) + 10 + 13")) {
            assertFalse(ExactChecker.isCorrectAnswer(P, junk), junk);
        }
        assertFalse(ExactChecker.isCorrectAnswer(P, null));
    }

    @Test
    void countdownAnswersMustUseLegalWholeNumberMoves() {
        Puzzle cd = Puzzle.countdown(List.of(1, 5, 5, 5), 24);
        assertFalse(ExactChecker.isCorrectAnswer(cd, "5 * (5 - 1/5) = 24"), "fractions are not Countdown");
        Puzzle sos = Puzzle.countdown(List.of(11, 37, 90, 95), 55);
        assertTrue(ExactChecker.isCorrectAnswer(sos, "11 * (90 + 95) / 37 = 55"));
        Puzzle neg = Puzzle.countdown(List.of(2, 7, 10), 5);
        assertFalse(ExactChecker.isCorrectAnswer(neg, "10 + (2 - 7)"), "negative difference");
        assertTrue(ExactChecker.isCorrectAnswer(neg, "10 - (7 - 2)"));
    }

    @Test
    void judgesTerminalStatesByTheirAnswer() {
        PuzzleState s = PuzzleState.initial(P);
        for (String line : List.of("10 − 4 = 6", "13 − 9 = 4", "6 × 4 = 24", "Answer: (10 − 4) × (13 − 9) = 24")) {
            assertFalse(new ExactChecker().isCorrect(s), "not terminal yet");
            s = StepReplay.apply(s, line);
        }
        assertTrue(new ExactChecker().isCorrect(s));
    }
}
