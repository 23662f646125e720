package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MctsFormulasTest {
    @Test
    void uctReproducesTheReferenceScores() {
        assertEquals(1.452905, MctsFormulas.uct(0.7, 30, 12, Math.sqrt(2.0)), 1e-6);
        assertEquals(1.232384, MctsFormulas.uct(0.7, 30, 12, 1.0), 1e-6);
    }

    @Test
    void puctReproducesTheReferenceRateAndScore() {
        assertEquals(1.251576, MctsFormulas.puctC(30), 1e-6);
        assertEquals(1.556896, MctsFormulas.puct(0.7, 0.5, 30, 3), 1e-6);
    }

    @Test
    void unvisitedChildrenHaveInfiniteUctSoTheyGoFirst() {
        assertEquals(Double.POSITIVE_INFINITY, MctsFormulas.uct(0.0, 5, 0, 1.0));
        assertEquals(Double.POSITIVE_INFINITY, MctsFormulas.uct(0.0, 0, 0, 1.0));
    }

    @Test
    void termsSplitTheScoreIntoValueAndExplorationBonus() {
        MctsFormulas.Terms uct = MctsFormulas.uctTerms(0.7, 30, 12, 1.0);
        assertEquals(0.7, uct.exploitation(), 0.0);
        assertEquals(1.232384 - 0.7, uct.exploration(), 1e-6);
        MctsFormulas.Terms puct = MctsFormulas.puctTerms(0.7, 0.5, 30, 3);
        assertEquals(0.7, puct.exploitation(), 0.0);
        assertEquals(1.556896, puct.total(), 1e-6);
    }

    @Test
    void puctExplorationShrinksAsTheChildIsVisited() {
        assertTrue(MctsFormulas.puctTerms(0, 0.5, 30, 3).exploration() > MctsFormulas.puctTerms(0, 0.5, 30, 4).exploration());
    }

    @Test
    void invalidVisitCountsAndConstantsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MctsFormulas.uct(0.5, 3, 4, 1.0));
        assertTrue(e.getMessage().contains("n=4") && e.getMessage().contains("N_parent=3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MctsFormulas.uct(0.5, 3, 1, -1.0));
        assertTrue(e.getMessage().contains("[0, ∞)") && e.getMessage().contains("-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MctsFormulas.puct(0.5, 1.5, 3, 1));
        assertTrue(e.getMessage().contains("[0, 1]") && e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MctsFormulas.puctC(-1));
    }
}
