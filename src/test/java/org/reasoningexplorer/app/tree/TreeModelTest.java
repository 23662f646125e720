package org.reasoningexplorer.app.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

class TreeModelTest {
    static TraceTree smallTrace() {
        TraceTree t = new TraceTree();
        t.apply(new TraceEvent.NodeCreated(0, -1, "k0", "Use 1 4 8 3 to make 24", Double.NaN, 0, false));
        t.apply(new TraceEvent.NodeCreated(1, 0, "k1", "8 × 3 = 24 (left: 1 4 24)", 0.5, 9, false));
        t.apply(new TraceEvent.NodeCreated(2, 0, "k2", "第一步：4 − 1 = 3 (left: 3 3 8)", 0.3, 9, false));
        t.apply(new TraceEvent.NodeCreated(3, 1, "k3", "24 × (4 − 1 − 1) ... = 48", 0.2, 9, true));
        t.apply(new TraceEvent.NodeCreated(4, 2, "k4", "3 × 8 × (3 / 3) = 24", 0.6, 9, true));
        t.apply(new TraceEvent.Scored(1, "prm", ScoreKind.PRM, 0.8, Double.NaN, 1, List.of()));
        t.apply(new TraceEvent.Backpropagated(List.of(0, 2), 1.0, List.of(3, 1), List.of(0.6, 1.0)));
        t.apply(new TraceEvent.AnswerExtracted(3, "48", "48", false));
        t.apply(new TraceEvent.AnswerExtracted(4, "24", "24", true));
        t.apply(new TraceEvent.Pruned(3, "wrong"));
        return t;
    }

    @Test
    void fromATraceKeepsShapeScoresAnswersAndStatus() {
        TreeModel m = TreeModel.from(smallTrace(), 5);
        assertEquals(5, m.size());
        assertEquals(1, m.firstChild(0));
        assertEquals(2, m.lastChild(0));
        assertEquals(2, m.depth(4));
        assertEquals(0.8f, m.score(1));
        assertEquals(1.0f, m.score(2), "an unscored but visited node is coloured by Q");
        assertTrue(Float.isNaN(m.score(3)));
        assertEquals(3, m.visits(0));
        assertEquals(TreeModel.PRUNED, m.status(3));
        assertTrue(m.hasFlag(3, TreeModel.IN_PRUNED_BRANCH));
        assertEquals(0, m.answerCluster(3));
        assertEquals(1, m.answerCluster(4));
        assertEquals("24", m.clusterAnswer(1));
        assertTrue(m.isClusterCorrect(1));
        assertFalse(m.isClusterCorrect(0));
        assertTrue(m.hasFlag(0, TreeModel.LEADS_TO_CORRECT));
        assertTrue(m.hasFlag(0, TreeModel.LEADS_TO_WRONG));
        assertFalse(m.hasFlag(1, TreeModel.LEADS_TO_CORRECT));
        assertEquals(5, m.subtreeSize(0));
        assertEquals("第一步：4 − 1 = 3 (left: 3 3 8)", m.text(2));
    }

    @Test
    void aPrefixShowsOnlyTheFirstNodes() {
        TreeModel m = TreeModel.from(smallTrace(), 3);
        assertEquals(3, m.size());
        assertEquals(-1, m.firstChild(1));
        assertEquals(0, m.clusterCount());
    }

    @Test
    void rawArraysAreCheckedWithReadableMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TreeModel.of(new int[] {-1, 0, 3, 1}));
        assertTrue(e.getMessage().contains("parent[2] is 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TreeModel.of(new int[] {-1, 0}, new float[1], null, null, null, null, null, null));
        assertTrue(e.getMessage().contains("score has 1 entries"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TreeModel.from(smallTrace(), 6));
        assertTrue(e.getMessage().contains("nodeCount 6"), e.getMessage());
    }

    @Test
    void syntheticTreesAreDeepAndBushy() {
        TreeModel m = TreeModels.synthetic(20_000, 1);
        int maxChildren = 0;
        for (int v = 0; v < m.size(); v++) {
            int k = 0;
            for (int c = m.firstChild(v); c >= 0; c = m.nextSibling(c)) {
                k++;
            }
            maxChildren = Math.max(maxChildren, k);
        }
        assertTrue(m.maxDepth() >= 30, "max depth " + m.maxDepth());
        assertTrue(maxChildren >= 50, "max fan-out " + maxChildren);
        assertEquals(m.size(), m.visits(0));
        assertTrue(m.answerNodeCount() > 1000);
    }

    /** Everything a snapshot shows of its nodes' shape and visits, as text. */
    private static String shapeAndVisits(TreeModel m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
            sb.append(i).append(':').append(m.parent(i)).append(',').append(m.firstChild(i)).append(',')
                    .append(m.nextSibling(i)).append(',').append(m.visits(i)).append(',').append(m.depth(i)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aSnapshotOfAWholeTrimmedTreeKeepsItsArraysWhileTheTreeStepsBackAndForth() throws Exception {
        List<TraceEvent> events = org.reasoningexplorer.engine.trace.TraceReader
                .readAll(java.nio.file.Path.of("samples/mcts-overturned.trace.jsonl")).events();
        TraceTree tree = new TraceTree().withUndo();
        events.forEach(tree::apply);
        tree.trim();
        TreeModel whole = TreeModel.from(tree, tree.size());
        String before = shapeAndVisits(whole);
        // Back over node creations and backpropagations, then forward again, then back part of the way.
        for (int k = events.size() - 1; k >= events.size() - 60; k--) {
            tree.undo(events.get(k));
        }
        assertEquals(before, shapeAndVisits(whole), "the tree copied the arrays it lent before changing them");
        TraceTree reference = new TraceTree();
        events.subList(0, events.size() - 60).forEach(reference::apply);
        assertEquals(shapeAndVisits(TreeModel.from(reference, reference.size())), shapeAndVisits(TreeModel.from(tree, tree.size())));
        for (int k = events.size() - 60; k < events.size(); k++) {
            tree.apply(events.get(k));
        }
        assertEquals(before, shapeAndVisits(whole));
        assertEquals(before, shapeAndVisits(TreeModel.from(tree, tree.size())));
    }
}
