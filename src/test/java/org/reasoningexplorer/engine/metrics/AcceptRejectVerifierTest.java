package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcceptRejectVerifierTest {
    private final AcceptRejectVerifier reference = new AcceptRejectVerifier(0.3, 0.9, 0.2);

    @Test
    void reproducesTheReferenceFiniteNValuesAndLimit() {
        assertEquals(0.3, reference.accuracy(1), 1e-6);
        assertEquals(0.447, reference.accuracy(2), 1e-6);
        assertEquals(0.584901, reference.accuracy(4), 1e-6);
        assertEquals(0.649614, reference.accuracy(8), 1e-6);
        assertEquals(0.658537, reference.limit(), 1e-6);
        assertEquals(0.658537, reference.accuracy(10_000), 1e-6);
    }

    @Test
    void agreesWithASumOverTheNumberOfAcceptedSamples() {
        // Direct derivation: condition on (accepted correct i, accepted wrong j, rejected rest).
        double p = 0.3, alpha = 0.9, beta = 0.2;
        double a = p * alpha, b = (1 - p) * beta, c = p * (1 - alpha), d = (1 - p) * (1 - beta);
        int n = 6;
        double total = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; i + j <= n; j++) {
                for (int r = 0; i + j + r <= n; r++) {
                    int w = n - i - j - r;  // rejected wrong
                    double prob = multinomial(i, j, r, w) * Math.pow(a, i) * Math.pow(b, j) * Math.pow(c, r) * Math.pow(d, w);
                    total += prob * (i + j > 0 ? (double) i / (i + j) : (double) r / n);
                }
            }
        }
        assertEquals(total, reference.accuracy(n), 1e-12);
    }

    @Test
    void agreesWithASeededSimulation() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 5;
        int trials = 200_000;
        int hits = 0;
        boolean[] correct = new boolean[n];
        boolean[] accepted = new boolean[n];
        for (int t = 0; t < trials; t++) {
            int acceptedCount = 0;
            for (int i = 0; i < n; i++) {
                correct[i] = random.nextDouble() < 0.3;
                accepted[i] = random.nextDouble() < (correct[i] ? 0.9 : 0.2);
                acceptedCount += accepted[i] ? 1 : 0;
            }
            int pick = random.nextInt(acceptedCount > 0 ? acceptedCount : n);
            for (int i = 0; i < n; i++) {
                if (acceptedCount == 0 || accepted[i]) {
                    if (pick-- == 0) {
                        hits += correct[i] ? 1 : 0;
                        break;
                    }
                }
            }
        }
        double expected = reference.accuracy(n);
        double standardError = Math.sqrt(expected * (1 - expected) / trials);
        assertEquals(expected, (double) hits / trials, 4 * standardError);
    }

    @Test
    void aVerifierThatNeverAcceptsLeavesThePriorAccuracy() {
        AcceptRejectVerifier silent = new AcceptRejectVerifier(0.4, 0.0, 0.0);
        assertEquals(0.4, silent.accuracy(7), 1e-15);
        assertEquals(0.4, silent.limit(), 1e-15);
    }

    @Test
    void invalidRatesAreRejectedNamingTheRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AcceptRejectVerifier(0.3, 1.2, 0.1));
        assertTrue(e.getMessage().contains("α") && e.getMessage().contains("[0, 1]") && e.getMessage().contains("1.2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reference.accuracy(0));
    }

    private static double multinomial(int... parts) {
        double r = 1;
        int used = 0;
        for (int part : parts) {
            for (int i = 1; i <= part; i++) {
                r *= (double) (used + i) / i;
            }
            used += part;
        }
        return r;
    }
}
