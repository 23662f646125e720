package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.verify.NoiseModel;

class SampleDrawerTest {
    @Test
    void chainsOfOneIndexAreIndependentAcrossProblems() {
        int problems = 100;
        int n = 32;
        SampleSet set = SampleDrawer.draw(LabFixtures.puzzles(problems), n, LabFixtures.template(NoiseModel.MEDIOCRE), 2,
                null, null);
        double[] byIndex = new double[n];
        for (ProblemSamples s : set.problems()) {
            for (int i = 0; i < n; i++) {
                byIndex[i] += s.correct()[i] ? 1.0 / problems : 0;
            }
        }
        double p = set.meanPassAt1();
        double variance = 0;
        for (double v : byIndex) {
            variance += (v - p) * (v - p) / (n - 1);
        }
        // Independent problems: the spread over indices is about p(1 − p)/problems (or less, as
        // problems differ). One seed for all problems makes chain i alike everywhere: 5-10× that.
        double ratio = variance / (p * (1 - p) / problems);
        assertTrue(ratio < 2.5, "accuracy by chain index varies " + ratio + "x the binomial variance");
    }

    @Test
    void progressCountsProblemsAndCancelStopsTheDrawing() {
        AtomicInteger last = new AtomicInteger();
        SampleDrawer.draw(LabFixtures.puzzles(6), 4, LabFixtures.template(NoiseModel.MEDIOCRE), 2,
                (done, total) -> {
                    assertEquals(6, total);
                    last.accumulateAndGet(done, Math::max);
                }, null);
        assertEquals(6, last.get());
        assertThrows(CancellationException.class, () -> SampleDrawer.draw(LabFixtures.puzzles(6), 4,
                LabFixtures.template(NoiseModel.MEDIOCRE), 2, null, () -> true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleDrawer.draw(
                LabFixtures.puzzles(2), 0, LabFixtures.template(NoiseModel.MEDIOCRE), 1, null, null));
        assertTrue(e.getMessage().contains("n is 0"), e.getMessage());
    }
}
