package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PuzzleTest {
    @Test
    void fourNumbersFromOneToThirteenWithoutATargetAreAGameOf24() {
        Puzzle a = Puzzle.parse("4 9 10 13");
        Puzzle b = Puzzle.parse(" 13, 10,9,4 ");
        assertEquals(a, b);
        assertEquals(Rules.GAME24, a.rules());
        assertEquals(List.of(4, 9, 10, 13), a.numbers());
        assertEquals(24, a.target());
        assertEquals("24:4-9-10-13", a.id());
        assertEquals("Use 4 9 10 13 and + − × ÷ to make 24", a.text());
    }

    @Test
    void anExplicitTargetOtherThan24MakesCountdown() {
        for (String s : List.of("3 7 25 50 -> 365", "3 7 25 50 => 365", "3 7 25 50 target 365", "3,7,25,50 → 365")) {
            Puzzle p = Puzzle.parse(s);
            assertEquals(Rules.COUNTDOWN, p.rules(), s);
            assertEquals(365, p.target(), s);
            assertEquals(List.of(3, 7, 25, 50), p.numbers(), s);
            assertEquals("cd:3-7-25-50->365", p.id(), s);
        }
        assertTrue(Puzzle.parse("3 7 25 50 -> 365").text().contains("whole numbers"));
    }

    @Test
    void target24IsGameOf24OnlyForFourNumbersFromOneToThirteen() {
        assertEquals(Rules.GAME24, Puzzle.parse("4 9 10 13 -> 24").rules());
        assertEquals(Rules.COUNTDOWN, Puzzle.parse("4 9 10 14").rules());
        assertEquals(Rules.COUNTDOWN, Puzzle.parse("2 3 4").rules());
        assertEquals(Rules.COUNTDOWN, Puzzle.parse("1 2 3 4 5 -> 24").rules());
    }

    @Test
    void badInputSaysWhatWasExpectedWithAnExample() {
        for (String bad : List.of("", "7", "1 2 3 4 5 6 7", "4 x 9 10", "3 7 25 50 ->", "3 7 -> 1 -> 2",
                "3 7 -> x", "0 1 2 3", "3 7 -> -5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Puzzle.parse(bad), bad);
            assertTrue(e.getMessage().contains("e.g.") || e.getMessage().contains("must be"), e.getMessage());
        }
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> Puzzle.parse("7"));
        assertTrue(few.getMessage().contains("'4 9 10 13'"), few.getMessage());
    }

    @Test
    void constructorRejectsTooFewOrTooManyNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Puzzle.countdown(List.of(5), 5));
        assertThrows(IllegalArgumentException.class, () -> Puzzle.countdown(List.of(1, 2, 3, 4, 5, 6, 7), 5));
    }
}
