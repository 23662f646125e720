package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.verify.NoiseModel;

class OverOptimisationTest {
    @Test
    void onSyntheticSamplesTheMeasuredCurveFollowsTheClosedFormAndPeaksInside() {
        SampleSet set = Synthetic.iid(300, 64, new double[] {0.3, 0.7}, NoiseModel.MISLEADING, 21);
        OverOptimisation.Result r = OverOptimisation.of(set, NoiseModel.MISLEADING);
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), r.points().stream().map(OverOptimisation.Point::n).toList());
        assertEquals(8, r.closedFormPerProblemPeak());
        assertTrue(r.measuredPeak() >= 4 && r.measuredPeak() <= 16, "measured peak " + r.measuredPeak());
        for (OverOptimisation.Point p : r.points()) {
            assertTrue(Math.abs(p.measured() - p.closedFormPerProblem()) < 0.04, p.toString());
            assertTrue(p.low() <= p.measured() && p.measured() <= p.high(), p.toString());
        }
        OverOptimisation.Point first = r.points().get(0);
        OverOptimisation.Point last = r.points().get(r.points().size() - 1);
        OverOptimisation.Point peak = r.points().stream().filter(p -> p.n() == r.measuredPeak()).findFirst().orElseThrow();
        assertTrue(peak.measured() > first.measured() + 0.15 && peak.measured() > last.measured() + 0.15,
                "rises, then falls: " + r.points());
    }

    @Test
    void thePooledClosedFormAtPassAt1ReproducesTheReferenceNumbers() {
        // Every problem has exactly 30% correct samples, so the pooled p is 0.3 whatever the draw.
        SampleSet set = Synthetic.iid(20, 10, new double[] {0.3, 0.7}, NoiseModel.MISLEADING, 22);
        OverOptimisation.Result r = OverOptimisation.of(set, NoiseModel.MISLEADING, List.of(1, 2, 4, 8));
        double[] reference = {set.meanPassAt1(), Double.NaN, Double.NaN, Double.NaN};
        assertEquals(reference[0], r.points().get(0).closedForm(), 1e-12);
        double p = set.meanPassAt1();
        double expected2 = new org.reasoningexplorer.engine.metrics.BestOfNClosedForm(1, 0.5, 0, 1, p).accuracy(2);
        assertEquals(expected2, r.points().get(1).closedForm(), 1e-12);
        assertEquals(p, r.passAt1(), 1e-12);
    }

    @Test
    void theEmbeddedReasonerWithTheMisleadingVerifierPeaksAtAnInteriorN() {
        SampleSet set = SampleDrawer.draw(LabFixtures.puzzles(24), 64, LabFixtures.template(NoiseModel.MISLEADING), 2,
                null, null);
        OverOptimisation.Result r = OverOptimisation.of(set, NoiseModel.MISLEADING);
        assertTrue(r.measuredPeak() > 1 && r.measuredPeak() < 64, "measured peak " + r.measuredPeak() + ": " + r.points());
        assertTrue(r.closedFormPeak() > 1 && r.closedFormPeak() < 64, "closed-form peak " + r.closedFormPeak());
        double atPeak = r.points().stream().filter(p -> p.n() == r.measuredPeak()).findFirst().orElseThrow().measured();
        assertTrue(atPeak > r.points().get(r.points().size() - 1).measured() + 0.05, "falls after the peak: " + r.points());
    }

    @Test
    void noiseWithLabelFlipsHasNoClosedForm() {
        SampleSet set = Synthetic.iid(10, 8, new double[] {0.5, 0.5}, NoiseModel.MEDIOCRE, 23);
        OverOptimisation.Result r = OverOptimisation.of(set, NoiseModel.MEDIOCRE);
        assertTrue(Double.isNaN(r.points().get(0).closedForm()));
        assertEquals(0, r.closedFormPeak());
        assertTrue(OverOptimisation.applies(NoiseModel.MISLEADING));
        assertTrue(!OverOptimisation.applies(NoiseModel.PERFECT));
    }
}
