package org.reasoningexplorer.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseModelTest {
    @Test
    void perfectNoiseScoresExactlyTheTruth() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(new Verifier.Score(1.0, 1.0), NoiseModel.PERFECT.score(true, rng));
            assertEquals(new Verifier.Score(0.0, 0.0), NoiseModel.PERFECT.score(false, rng));
        }
    }

    @Test
    void measuredFlipRatesMatchTheConfiguredOnes() {
        NoiseModel m = NoiseModel.parse("perfect,fp=0.2,fn=0.1");
        SplittableRandom rng = new SplittableRandom(2);
        int n = 40_000;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < n; i++) {
            if (m.sample(false, rng) > 0.5) {
                fp++;
            }
            if (m.sample(true, rng) < 0.5) {
                fn++;
            }
        }
        assertEquals(0.2, (double) fp / n, 4 * Math.sqrt(0.2 * 0.8 / n));
        assertEquals(0.1, (double) fn / n, 4 * Math.sqrt(0.1 * 0.9 / n));
    }

    @Test
    void rawScoresFollowTheConfiguredNormals() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 40_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double raw = NoiseModel.MISLEADING.raw(false, rng);
            sum += raw;
            sumSq += raw * raw;
        }
        double mean = sum / n;
        assertEquals(0.0, mean, 0.03);
        assertEquals(1.0, Math.sqrt(sumSq / n - mean * mean), 0.03);
    }

    @Test
    void misleadingVerifierReproducesTheReferenceOverOptimisationCurve() {
        // REFERENCE.md: p = 0.3, Best-of-N accuracy 0.3, 0.521365, 0.53327, 0.309091 at N = 1, 4, 8, 64.
        int[] ns = {1, 4, 8, 64};
        double[] expected = {0.3, 0.521365, 0.53327, 0.309091};
        SplittableRandom rng = new SplittableRandom(4);
        int trials = 20_000;
        for (int k = 0; k < ns.length; k++) {
            int wins = 0;
            for (int t = 0; t < trials; t++) {
                double best = -1;
                boolean bestRight = false;
                for (int i = 0; i < ns[k]; i++) {
                    boolean right = rng.nextDouble() < 0.3;
                    double s = NoiseModel.MISLEADING.sample(right, rng);
                    if (s > best) {
                        best = s;
                        bestRight = right;
                    }
                }
                if (bestRight) {
                    wins++;
                }
            }
            double sd = Math.sqrt(expected[k] * (1 - expected[k]) / trials);
            assertEquals(expected[k], (double) wins / trials, 4 * sd, "N = " + ns[k]);
        }
    }

    @Test
    void parsesPresetsAndSettings() {
        assertEquals(NoiseModel.GOOD, NoiseModel.parse("good"));
        assertEquals(NoiseModel.MEDIOCRE, NoiseModel.parse(" Mediocre "));
        assertEquals(NoiseModel.MISLEADING, NoiseModel.parse("misleading"));
        assertEquals(NoiseModel.PERFECT, NoiseModel.parse("perfect"));
        NoiseModel custom = NoiseModel.parse("sigma=0.5,fp=0.1,fn=0.2");
        assertEquals(new NoiseModel(2.5, 0.5, -2.5, 0.5, 0.1, 0.2), custom);
        assertEquals(custom, NoiseModel.parse(custom.describe()));
        assertEquals("misleading", NoiseModel.MISLEADING.describe());
    }

    @Test
    void badSettingsNameTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NoiseModel.parse("great"));
        assertTrue(e.getMessage().contains("good, mediocre, misleading, perfect"), e.getMessage());
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> NoiseModel.parse("noise=1"));
        assertTrue(k.getMessage().contains("fp, fn"), k.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NoiseModel.parse("fp=1.5"));
        assertThrows(IllegalArgumentException.class, () -> NoiseModel.parse("sigma=-1"));
        assertThrows(IllegalArgumentException.class, () -> NoiseModel.parse("fp=x"));
    }
}
