package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BestOfNClosedFormTest {
    private final BestOfNClosedForm reference = new BestOfNClosedForm(1.0, 0.5, 0.0, 1.0, 0.3);

    @Test
    void reproducesTheReferenceOverOptimisationCurve() {
        int[] n = {1, 2, 4, 8, 16, 64};
        double[] expected = {0.3, 0.43207, 0.521365, 0.53327, 0.485915, 0.309091};
        for (int i = 0; i < n.length; i++) {
            assertEquals(expected[i], reference.accuracy(n[i]), 1e-6, "N=" + n[i]);
        }
    }

    @Test
    void matchesHighPrecisionQuadratureToTenDigits() {
        // mpmath quad at 30 digits.
        assertEquals(0.432070392400233509, reference.accuracy(2), 1e-10);
        assertEquals(0.533269588826565130, reference.accuracy(8), 1e-10);
        assertEquals(0.309091230583568106, reference.accuracy(64), 1e-10);
    }

    @Test
    void peaksAtEightSamplesThenFalls() {
        assertTrue(reference.accuracy(8) > reference.accuracy(4));
        assertTrue(reference.accuracy(8) > reference.accuracy(16));
    }

    @Test
    void agreesWithASeededSimulation() {
        SplittableRandom random = new SplittableRandom(99);
        int n = 6;
        int trials = 100_000;
        int hits = 0;
        for (int t = 0; t < trials; t++) {
            double best = Double.NEGATIVE_INFINITY;
            boolean bestCorrect = false;
            for (int i = 0; i < n; i++) {
                boolean correct = random.nextDouble() < 0.3;
                double score = correct ? 1.0 + 0.5 * gaussian(random) : gaussian(random);
                if (score > best) {
                    best = score;
                    bestCorrect = correct;
                }
            }
            hits += bestCorrect ? 1 : 0;
        }
        double expected = reference.accuracy(n);
        double standardError = Math.sqrt(expected * (1 - expected) / trials);
        assertEquals(expected, (double) hits / trials, 4 * standardError);
    }

    @Test
    void aPerfectlySeparatingVerifierFindsACorrectSampleIfAnyExists() {
        BestOfNClosedForm separating = new BestOfNClosedForm(100.0, 1.0, 0.0, 1.0, 0.3);
        assertEquals(1.0 - Math.pow(0.7, 10), separating.accuracy(10), 1e-12);
    }

    @Test
    void invalidDistributionsAreRejectedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BestOfNClosedForm(1, 0, 0, 1, 0.3));
        assertTrue(e.getMessage().contains("correct sd") && e.getMessage().contains("(0, ∞)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BestOfNClosedForm(1, 1, 0, 1, -0.1));
        assertTrue(e.getMessage().contains("[0, 1]") && e.getMessage().contains("-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reference.accuracy(0));
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log1p(-u)) * Math.cos(2.0 * Math.PI * v);
    }
}
