package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalsTest {
    @Test
    void wilsonIntervalMatchesTheClosedForm() {
        Interval i = Wilson.interval(7, 20, 0.95);
        assertEquals(0.35, i.mean(), 1e-15);
        assertEquals(0.18119182410108206, i.low(), 1e-12);
        assertEquals(0.5671457233147638, i.high(), 1e-12);
    }

    @Test
    void wilsonIntervalStaysInsideZeroOneAtTheExtremes() {
        Interval none = Wilson.interval(0, 10, 0.95);
        assertEquals(0.0, none.low(), 0.0);
        assertEquals(0.2775327998628892, none.high(), 1e-12);
        Interval all = Wilson.interval(10, 10, 0.95);
        assertEquals(0.7224672001371107, all.low(), 1e-12);
        assertEquals(1.0, all.high(), 0.0);
    }

    @Test
    void bootstrapIsDeterministicForASeedAndBracketsTheMean() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < 0.4 ? 1.0 : 0.0;
        }
        Interval a = Bootstrap.meanInterval(values, 0.95, 5000, 11L);
        Interval b = Bootstrap.meanInterval(values, 0.95, 5000, 11L);
        assertEquals(a, b);
        assertTrue(a.contains(a.mean()));
        // The percentile interval of a proportion is close to the normal-theory one.
        double se = Math.sqrt(a.mean() * (1 - a.mean()) / values.length);
        assertEquals(2 * 1.96 * se, a.width(), 0.15 * 2 * 1.96 * se);
    }

    @Test
    void bootstrapOfConstantValuesIsAPoint() {
        Interval i = Bootstrap.meanInterval(new double[] {0.25, 0.25, 0.25}, 0.9);
        assertEquals(new Interval(0.25, 0.25, 0.25), i);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        assertEquals(1.75, Quantiles.quantile(values, 0.25), 1e-15);  // NumPy's default
        assertEquals(3.5, Quantiles.median(values), 1e-15);
        assertEquals(6.9, Quantiles.quantile(values, 0.9), 1e-12);
        assertEquals(9.0, Quantiles.quantile(values, 1.0), 0.0);
    }

    @Test
    void invalidArgumentsAreRejectedNamingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wilson.interval(11, 10, 0.95));
        assertTrue(e.getMessage().contains("[0, trials=10]") && e.getMessage().contains("11"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Bootstrap.meanInterval(new double[] {1}, 1.0));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.meanInterval(new double[0], 0.9));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.quantile(new double[] {1}, 1.5));
    }
}
