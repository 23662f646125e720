package org.reasoningexplorer.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.metrics.MctsFormulas;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;

class SelectionScoreTest {
    /**
     * Replays MCTS samples and checks, at every select event, that each child the tree policy walked
     * into is the one the inspector ranks first: the inspector explains the search's real choices.
     */
    @ParameterizedTest
    @ValueSource(strings = {"samples/mcts-overturned.trace.jsonl", "samples/mcts-uct-rollouts.trace.jsonl"})
    void theChildSelectionWalksIntoIsAlwaysRankedFirst(String file) throws Exception {
        TraceReader.ReadResult r = TraceReader.readAll(Path.of(file));
        TraceTree tree = new TraceTree();
        int checked = 0;
        for (TraceEvent e : r.events()) {
            if (e instanceof TraceEvent.Selected s) {
                for (int i = 1; i < s.path().size(); i++) {
                    SelectionScore score = SelectionScore.of(tree, r.header(), s.path().get(i));
                    assertNotNull(score);
                    assertEquals(1, score.rank(), "select " + s.path() + ": node " + s.path().get(i) + " should rank first");
                    checked++;
                }
            }
            tree.apply(e);
        }
        assertTrue(checked > 50, "only " + checked + " choices checked");
    }

    @Test
    void termsMatchTheFormulasWithTheHeadersConstants() throws Exception {
        TraceReader.FoldResult f = TraceReader.fold(Path.of("samples/mcts-overturned.trace.jsonl"));
        TraceTree t = f.tree();
        int child = t.firstChild(0);
        SelectionScore s = SelectionScore.of(t, f.header(), child);
        assertTrue(s.puct());
        double priorSum = 0;
        for (int c = t.firstChild(0); c >= 0; c = t.nextSibling(c)) {
            priorSum += t.prior(c);
        }
        MctsFormulas.Terms expected = MctsFormulas.puctTerms(t.mean(child), t.prior(child) / priorSum, t.visits(0), t.visits(child));
        assertEquals(expected.exploitation(), s.terms().exploitation(), 1e-12);
        assertEquals(expected.exploration(), s.terms().exploration(), 1e-12);
        assertEquals(MctsFormulas.puctC(t.visits(0)), s.c(), 1e-12);
        assertNull(SelectionScore.of(t, f.header(), 0), "the root has no selection score");
        assertNull(SelectionScore.of(TraceReader.fold(Path.of("samples/beam.trace.jsonl")).tree(),
                TraceReader.fold(Path.of("samples/beam.trace.jsonl")).header(), 1), "beam search has none");
    }
}
