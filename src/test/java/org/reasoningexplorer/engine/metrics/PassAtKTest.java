package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassAtKTest {
    @Test
    void reproducesTheReferenceExamples() {
        assertEquals(0.3, PassAtK.estimate(10, 3, 1), 1e-12);
        assertEquals(11.0 / 12.0, PassAtK.estimate(10, 3, 5), 1e-12);
        assertEquals(1.0, PassAtK.estimate(5, 3, 3), 0.0);
        assertEquals(0.408548, PassAtK.estimate(200, 10, 10), 1e-6);
    }

    @Test
    void equalsOneMinusTheBinomialRatio() {
        // 1 - C(190,10)/C(200,10), computed exactly in Python.
        assertEquals(0.40854786608141713, PassAtK.estimate(200, 10, 10), 1e-14);
    }

    @Test
    void isZeroWithoutCorrectSamplesAndOneWhenWrongOnesCannotFillK() {
        assertEquals(0.0, PassAtK.estimate(64, 0, 10), 0.0);
        assertEquals(1.0, PassAtK.estimate(64, 60, 5), 0.0);
    }

    @Test
    void meanOverProblemsAveragesEachProblemsEstimate() {
        double expected = (0.3 + 1.0 + 0.0) / 3.0;
        assertEquals(expected, PassAtK.meanOverProblems(new int[] {10, 5, 8}, new int[] {3, 5, 0}, 1), 1e-12);
        assertEquals((11.0 / 12.0 + 0.0) / 2.0, PassAtK.meanOverProblems(10, new int[] {3, 0}, 5), 1e-12);
    }

    @Test
    void invalidCountsAreRejectedNamingTheValueAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(10, 11, 1));
        assertTrue(e.getMessage().contains("[0, n=10]") && e.getMessage().contains("11"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(10, 3, 0));
        assertTrue(e.getMessage().contains("[1, n=10]") && e.getMessage().contains("was 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(10, 3, 11));
        assertTrue(e.getMessage().contains("was 11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PassAtK.meanOverProblems(new int[] {1}, new int[0], 1));
    }
}
