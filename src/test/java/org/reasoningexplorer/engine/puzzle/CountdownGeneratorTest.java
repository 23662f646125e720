package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountdownGeneratorTest {
    @Test
    void generatesSolvablePuzzlesInTheStreamOfSearchRanges() {
        Solver solver = new Solver();
        List<Puzzle> puzzles = new CountdownGenerator(4).first(100);
        for (Puzzle p : puzzles) {
            assertEquals(Rules.COUNTDOWN, p.rules());
            assertEquals(4, p.numbers().size());
            assertTrue(p.numbers().stream().allMatch(n -> n >= 1 && n <= 99), p.id());
            assertTrue(p.target() >= 10 && p.target() <= 100, p.id());
            assertTrue(solver.isSolvable(p), p.id());
        }
        assertTrue(puzzles.stream().map(Puzzle::target).distinct().count() > 30, "targets should vary");
    }

    @Test
    void isDeterministicForASeedAndIndex() {
        assertEquals(new CountdownGenerator(7).first(20), new CountdownGenerator(7).first(20));
        assertEquals(new CountdownGenerator(7).first(20).get(13), new CountdownGenerator(7).puzzle(13));
        assertNotEquals(new CountdownGenerator(7).first(20), new CountdownGenerator(8).first(20));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new CountdownGenerator(1, 1, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new CountdownGenerator(1, 4, 50, 10));
        assertThrows(IllegalArgumentException.class, () -> new CountdownGenerator(1).puzzle(-1));
    }
}
