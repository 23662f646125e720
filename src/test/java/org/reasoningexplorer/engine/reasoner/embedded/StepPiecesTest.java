package org.reasoningexplorer.engine.reasoner.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Move;
import org.reasoningexplorer.engine.puzzle.Op;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.puzzle.Rules;

class StepPiecesTest {
    @Test
    void stepTextFollowsTreeOfThoughtsWithUnicodeOperators() {
        assertEquals("8 × 3 = 24 (left: 1 4 24)", StepText.step(Rational.of(8), Op.MUL, Rational.of(3), Rational.of(24),
                List.of(Rational.of(1), Rational.of(4), Rational.of(24))));
        assertEquals("8 ÷ 3 = 8/3 (left: 8/3 3 8)", StepText.step(Rational.of(8), Op.DIV, Rational.of(3),
                Rational.of(8, 3), List.of(Rational.of(8, 3), Rational.of(3), Rational.of(8))));
    }

    @Test
    void tokenCountIsDeterministicAndGrowsWithText() {
        assertEquals(13, StepText.tokens("8 × 3 = 24 (left: 1 4 24)"));
        assertEquals(2 + 1, StepText.tokens("1234"), "four digits are two tokens, plus the step break");
        assertTrue(StepText.tokens("Answer: (10 − 4) × (13 − 9) = 24") > StepText.tokens("10 − 4 = 6 (left: 6)"));
    }

    @Test
    void slipsArePlausibleAndNeverTheTruth() {
        Move times = new Move(Op.MUL, Rational.of(8), Rational.of(7), Rational.of(56));
        List<Rational> options = Slips.options(times, Rules.GAME24);
        assertTrue(options.containsAll(List.of(Rational.of(48), Rational.of(64), Rational.of(49), Rational.of(63))),
                options.toString());
        assertFalse(options.contains(Rational.of(56)));
        Move zero = new Move(Op.SUB, Rational.of(5), Rational.of(5), Rational.ZERO);
        for (Rational r : Slips.options(zero, Rules.COUNTDOWN)) {
            assertTrue(r.signum() > 0 && r.isInteger(), r.toString());
        }
        Move fraction = new Move(Op.DIV, Rational.of(8), Rational.of(3), Rational.of(8, 3));
        assertEquals(List.of(Rational.of(7, 3), Rational.of(3)), Slips.options(fraction, Rules.GAME24));
    }

    @Test
    void knobsHaveDocumentedDefaultsAndClearErrors() {
        assertEquals(new PolicyKnobs(2.0, 1.0, 0.05, 0.1), PolicyKnobs.DEFAULTS);
        assertEquals(new PolicyKnobs(3.0, 0.7, 0.0, 0.1), PolicyKnobs.parse("skill=3, t=0.7, slip=0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyKnobs.DEFAULTS.withSlipRate(1.5));
        assertTrue(e.getMessage().contains("slipRate") && e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolicyKnobs.DEFAULTS.withTemperature(-1));
        assertThrows(IllegalArgumentException.class, () -> PolicyKnobs.DEFAULTS.withSkill(Double.NaN));
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> PolicyKnobs.parse("heat=2"));
        assertTrue(key.getMessage().contains("skill, temperature, slip, unfaithful"), key.getMessage());
    }

    @Test
    void replayBuildsAChainFromWrittenStepsAndMarksSlips() {
        PuzzleState s = PuzzleState.initial(Puzzle.game24(4, 9, 10, 13));
        s = StepReplay.apply(s, "13 - 9 = 4 (left: 4 4 10)");
        assertTrue(s.lastStepArithmeticOk());
        assertEquals("13 − 9 = 4 (left: 4 4 10)", s.lastStep());
        s = StepReplay.apply(s, "10 − 4 = 5");
        assertFalse(s.lastStepArithmeticOk(), "10 − 4 = 5 is a slip");
        assertEquals(List.of(Rational.of(4), Rational.of(5)), s.remaining(), "the wrong value is carried forward");
        s = StepReplay.apply(s, "5 × 4 = 20");
        assertTrue(s.lastStepArithmeticOk());
        s = StepReplay.apply(s, "Answer: (10 − 4) × (13 − 9) = 20");
        assertTrue(s.isTerminal());
        assertFalse(s.lastStepArithmeticOk());
        assertEquals(List.of(true, false, true, false), s.arithmeticOk());
        PuzzleState start = PuzzleState.initial(Puzzle.game24(4, 9, 10, 13));
        assertThrows(IllegalArgumentException.class, () -> StepReplay.apply(start, "5 + 5 = 10"));
        assertThrows(IllegalArgumentException.class, () -> StepReplay.apply(start, "4 − 9 = -5"));
        assertThrows(IllegalArgumentException.class, () -> StepReplay.apply(start, "four plus nine"));
    }
}
