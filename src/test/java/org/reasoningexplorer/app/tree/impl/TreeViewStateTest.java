package org.reasoningexplorer.app.tree.impl;

import static org.reasoningexplorer.app.testing.Fx.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.app.tree.TreeModels;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Big trees are laid out in the background; a replay step that adds no node keeps the layout shown. */
@ExtendWith(ApplicationExtension.class)
class TreeViewStateTest {
    private static final int BIG = LayoutRunner.SYNC_LIMIT + 10_000;

    @Start
    void start(Stage stage) {
        // The FX toolkit is all these tests need.
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    /** The same tree with other scores: what a replay step that scores a node without adding one gives. */
    private static TreeModel rescored(TreeModel m, float score) {
        int[] parent = new int[m.size()];
        float[] scores = new float[m.size()];
        for (int v = 0; v < m.size(); v++) {
            parent[v] = m.parent(v);
            scores[v] = score;
        }
        return TreeModel.of(parent, scores, null, null, null, null, null, null);
    }

    @Test
    void aModelOfTheSameShapeIsShownAtOnceWithTheLayoutShown() throws Exception {
        TreeModel first = TreeModels.synthetic(BIG, 3);
        TreeViewState state = fx(() -> {
            TreeViewState s = new TreeViewState(() -> { });
            s.setViewport(800, 600);
            s.setModel(first, -1);
            return s;
        });
        waitFor(() -> fx(() -> state.tree().model() == first));
        TreeLayout layout = fx(() -> state.tree().layout());
        TreeModel next = rescored(first, 0.5f);
        fx(() -> {
            state.setModel(next, -1);
            return null;
        });
        assertSame(next, fx(() -> state.tree().model()), "shown without waiting for a layout");
        assertSame(layout, fx(() -> state.tree().layout()));
        assertFalse(fx(() -> state.layingOutProperty().get()));
        assertTrue(fx(() -> state.isNode(5)));
    }

    @Test
    void aGrownTreeKeepsTheAnchorNodeWhereItWasOnScreen() {
        // Root with two children, node 2 with a child; node 1 then gets children, which push node 2's subtree away.
        TreeModel before = TreeModel.of(new int[] {-1, 0, 0, 2});
        TreeModel grown = TreeModel.of(new int[] {-1, 0, 0, 2, 1, 1, 1, 1, 1, 1});
        javafx.geometry.Point2D[] at = fx(() -> {
            TreeViewState s = new TreeViewState(() -> { });
            s.setViewport(800, 600);
            s.setModel(before, -1);
            s.zoomAt(1.5, 400, 300);
            // Node 1 in the middle of the view, node 2 in view to its right: the anchor is not the nearest node.
            javafx.geometry.Point2D one = s.nodeToScreen(1);
            s.panBy(400 - one.getX(), 300 - one.getY());
            javafx.geometry.Point2D was = s.nodeToScreen(2);
            s.setModel(grown, 2);
            return new javafx.geometry.Point2D[] {was, s.nodeToScreen(2), s.nodeToScreen(1)};
        });
        assertTrue(at[0].getX() > 400 && at[0].getX() < 800, "node 2 was in view, right of the middle: " + at[0]);
        assertEquals(at[0].getX(), at[1].getX(), 1e-6, "node 2 stays put");
        assertEquals(at[0].getY(), at[1].getY(), 1e-6);
        assertTrue(at[2].getX() < 400, "node 1 moved away from node 2 as its subtree grew: " + at[2]);
    }

    @Test
    void aTreeGrowingFasterThanItIsLaidOutShowsEachFinishedLayoutAndEndsWithTheLatest() throws Exception {
        LayoutRunner runner = new LayoutRunner();
        List<TreeModel> shown = new ArrayList<>();
        List<TreeModel> models = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            models.add(TreeModels.synthetic(BIG + i * 1_000, 3 + i));
        }
        fx(() -> {
            models.forEach(m -> runner.submit(m, new BitSet(), t -> shown.add(t.model())));
            return null;
        });
        waitFor(() -> fx(() -> !shown.isEmpty() && shown.get(shown.size() - 1) == models.get(3)));
        assertFalse(fx(() -> runner.busyProperty().get()));
        List<Integer> order = fx(() -> shown.stream().map(models::indexOf).toList());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i) > order.get(i - 1), "never an older layout after a newer one: " + order);
        }
    }

    @Test
    void cancellingDropsTheLayoutsOnTheirWay() throws Exception {
        LayoutRunner runner = new LayoutRunner();
        List<TreeModel> shown = new ArrayList<>();
        fx(() -> {
            runner.submit(TreeModels.synthetic(BIG, 9), new BitSet(), t -> shown.add(t.model()));
            runner.cancel();
            return null;
        });
        Thread.sleep(1_500);
        assertEquals(0, fx(shown::size));
        assertFalse(fx(() -> runner.busyProperty().get()));
    }
}
