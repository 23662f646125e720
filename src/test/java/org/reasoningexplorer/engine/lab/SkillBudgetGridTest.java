package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.verify.NoiseModel;

class SkillBudgetGridTest {
    private static final double[] SKILLS = {0, 1, 2, 4};
    private static final int[] BUDGETS = {1, 4, 16};
    private static final double[] LEVELS = {0.2, 0.4, 0.6};

    @Test
    void accuracyRisesWithSkillAtEveryBudgetAndTheGridHasContours() {
        SkillBudgetGrid.Result r = SkillBudgetGrid.run(new SkillBudgetGrid.Plan(LabFixtures.puzzles(24), SKILLS, BUDGETS,
                ResampledCurves.Method.MAJORITY, LabFixtures.template(NoiseModel.MEDIOCRE), LEVELS, 0.6, 2), null, null);
        assertEquals(SKILLS.length * BUDGETS.length, r.cells().size());
        for (int j = 0; j < BUDGETS.length; j++) {
            int rises = 0;
            for (int i = 1; i < SKILLS.length; i++) {
                rises += r.accuracy()[i][j] >= r.accuracy()[i - 1][j] ? 1 : 0;
            }
            assertTrue(rises >= SKILLS.length - 2, "accuracy mostly non-decreasing in skill at N = " + BUDGETS[j]);
            assertTrue(r.accuracy()[SKILLS.length - 1][j] > r.accuracy()[0][j] + 0.3,
                    "skill 4 beats skill 0 clearly at N = " + BUDGETS[j]);
        }
        assertFalse(r.contours().isEmpty());
        for (IsoLines.Line l : r.contours()) {
            for (int i = 0; i < l.x().length; i++) {
                assertTrue(l.x()[i] >= 0 && l.x()[i] <= 4 && l.y()[i] >= 0 && l.y()[i] <= 4, "inside the grid");
            }
        }
        assertFalse(r.tradeoff().caption().isBlank());
    }

    @Test
    void budgetsBeyondTheSamplesAndBadLevelsAreRejected() {
        SampleSet small = Synthetic.binary(5, 8, 0.5, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SkillBudgetGrid.of(
                java.util.List.of(small, small), new double[] {0, 1}, new int[] {1, 16}, ResampledCurves.Method.MAJORITY,
                LEVELS, 0.5));
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SkillBudgetGrid.Plan(LabFixtures.puzzles(2), SKILLS,
                BUDGETS, ResampledCurves.Method.MAJORITY, LabFixtures.template(NoiseModel.MEDIOCRE), new double[] {1.5}, 0.5, 1));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SkillBudgetGrid.Plan(LabFixtures.puzzles(2),
                new double[] {1, 0}, BUDGETS, ResampledCurves.Method.MAJORITY, LabFixtures.template(NoiseModel.MEDIOCRE),
                LEVELS, 0.5, 1));
        assertTrue(e.getMessage().contains("skills"), e.getMessage());
    }
}
