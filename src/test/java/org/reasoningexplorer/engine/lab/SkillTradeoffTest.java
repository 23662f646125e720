package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTradeoffTest {
    private static final double[] SKILLS = {0, 1, 2, 3};
    private static final int[] BUDGETS = {1, 2, 4, 8, 16, 32, 64};

    /** accuracy = 0.1·(log₂N + log₂6·skill): one unit of skill is worth exactly 6× budget. */
    private static double[][] grid() {
        double[][] z = new double[SKILLS.length][BUDGETS.length];
        for (int i = 0; i < SKILLS.length; i++) {
            for (int j = 0; j < BUDGETS.length; j++) {
                z[i][j] = Math.min(1, 0.1 * (Math.log(BUDGETS[j]) / Math.log(2) + Math.log(6) / Math.log(2) * SKILLS[i]));
            }
        }
        return z;
    }

    @Test
    void theFactorIsReadOffTheContour() {
        SkillTradeoff t = SkillTradeoff.at(SKILLS, BUDGETS, grid(), 0.65);
        assertEquals(6.0, t.budgetFactorPerSkill(), 1e-9);
        assertEquals(Math.pow(2, 6.5) / 6, t.budgetNeeded()[1], 1e-9);
        assertEquals(Math.pow(2, 6.5) / 36, t.budgetNeeded()[2], 1e-9);
        assertTrue(Double.isNaN(t.budgetNeeded()[0]), "skill 0 never reaches 65% within 64");
        assertTrue(Double.isNaN(t.budgetNeeded()[3]), "skill 3 is there at N = 1 already");
        assertTrue(t.caption().startsWith("at 65% accuracy, +1 skill saves about 6.0× budget"), t.caption());
    }

    @Test
    void aLevelWithoutTwoCrossingsFallsBackToTheNearestLevelThatHasThem() {
        // at 5% only skill 0 crosses inside the grid (skill 1 starts at 26%)
        SkillTradeoff t = SkillTradeoff.choose(SKILLS, BUDGETS, grid(), List.of(0.3, 0.5, 0.95), 0.05);
        assertEquals(0.3, t.level(), 0.0);
        assertEquals(6.0, t.budgetFactorPerSkill(), 1e-9);
        SkillTradeoff none = SkillTradeoff.at(SKILLS, BUDGETS, grid(), 0.05);
        assertTrue(Double.isNaN(none.budgetFactorPerSkill()));
        assertTrue(none.caption().contains("fewer than two skills"), none.caption());
    }
}
