package org.reasoningexplorer.app.tree.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;

class LaidOutTreeTest {
    @ParameterizedTest
    @ValueSource(strings = {"mcts-overturned.trace.jsonl", "beam.trace.jsonl", "majority-wrong.trace.jsonl", "tot-dfs-backtracking.trace.jsonl"})
    void aLayoutKeptForAStepWithoutNewNodesEqualsAFreshLayout(String sample) throws Exception {
        List<TraceEvent> events = TraceReader.readAll(java.nio.file.Path.of("samples", sample)).events();
        TraceTree tree = new TraceTree();
        BitSet collapsed = new BitSet();
        LaidOutTree shown = LaidOutTree.compute(TreeModel.EMPTY, collapsed);
        int kept = 0;
        for (TraceEvent e : events) {
            tree.apply(e);
            TreeModel model = TreeModel.from(tree, tree.size());
            LaidOutTree fresh = LaidOutTree.compute(model, collapsed);
            if (!model.isEmpty() && model.size() == shown.model().size() && model.extendsShapeOf(shown.model())) {
                LaidOutTree reused = shown.withModel(model);
                assertSame(shown.layout(), reused.layout());
                assertSameTree(fresh, reused, sample + " after " + e.type());
                kept++;
                shown = reused;
            } else {
                shown = fresh;
            }
        }
        assertTrue(kept > 0, "some steps added no node");
    }

    @Test
    void aModelOfAnotherShapeIsRefused() {
        LaidOutTree small = LaidOutTree.compute(TreeModel.of(new int[] {-1, 0}), new BitSet());
        assertThrows(IllegalArgumentException.class, () -> small.withModel(TreeModel.of(new int[] {-1, 0, 0})));
        LaidOutTree chain = LaidOutTree.compute(TreeModel.of(new int[] {-1, 0, 1}), new BitSet());
        assertThrows(IllegalArgumentException.class, () -> chain.withModel(TreeModel.of(new int[] {-1, 0, 0})));
    }

    private static void assertSameTree(LaidOutTree want, LaidOutTree got, String where) {
        assertEquals(want.layout().shownCount(), got.layout().shownCount(), where);
        for (int v = 0; v < want.model().size(); v++) {
            assertEquals(want.layout().x(v), got.layout().x(v), where + ": x of " + v);
            assertEquals(want.layout().y(v), got.layout().y(v), where + ": y of " + v);
        }
        assertSameIndex(want.index(), got.index(), where + ": index");
        assertSameIndex(want.answers(), got.answers(), where + ": answers");
        assertSameIndex(want.correct(), got.correct(), where + ": correct answers");
    }

    private static void assertSameIndex(LayerIndex want, LayerIndex got, String where) {
        assertEquals(want.size(), got.size(), where + ": size");
        assertEquals(want.levelCount(), got.levelCount(), where + ": levels");
        for (int k = 0; k < want.size(); k++) {
            assertEquals(want.node(k), got.node(k), where + ": node at " + k);
            assertEquals(want.x(k), got.x(k), where + ": x at " + k);
            assertEquals(want.isOpen(k), got.isOpen(k), where + ": open at " + k);
            assertEquals(want.isPruned(k), got.isPruned(k), where + ": pruned at " + k);
            assertEquals(want.followsSibling(k), got.followsSibling(k), where + ": sibling at " + k);
        }
    }
}
