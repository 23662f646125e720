package org.reasoningexplorer.app.tree.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.app.tree.TreeModels;

class TidyLayoutTest {
    private static final double EPS = 1e-9;

    @Test
    void nodesOnTheSameDepthNeverComeCloserThanTheGap() {
        for (long seed = 1; seed <= 5; seed++) {
            TreeModel m = TreeModels.synthetic(3_000, seed);
            TreeLayout l = new TidyLayout(1, 1.5, 2).layout(m, null);
            assertMinimumSeparation(m, l, 1);
        }
    }

    @Test
    void parentsAreCentredOverTheirChildren() {
        TreeModel m = TreeModels.synthetic(3_000, 7);
        TreeLayout l = new TidyLayout().layout(m, null);
        for (int v = 0; v < m.size(); v++) {
            if (m.firstChild(v) >= 0) {
                double mid = (l.x(m.firstChild(v)) + l.x(m.lastChild(v))) / 2;
                assertEquals(mid, l.x(v), 1e-6, "node " + v + " is not centred over its children");
            }
        }
    }

    @Test
    void aSmallTreeGetsTheTextbookPositions() {
        // 0 -> {1, 2}; 1 -> {3, 4}; 2 -> {5}
        TreeModel m = TreeModel.of(new int[] {-1, 0, 0, 1, 1, 2});
        TreeLayout l = new TidyLayout(1, 1, 10).layout(m, null);
        assertEquals(0.0, l.x(3), EPS);
        assertEquals(1.0, l.x(4), EPS);
        assertEquals(0.5, l.x(1), EPS);
        assertEquals(2.0, l.x(5), EPS);
        assertEquals(2.0, l.x(2), EPS);
        assertEquals(1.25, l.x(0), EPS);
        assertEquals(20.0, l.y(5), EPS);
        assertEquals(2.0, l.width(), EPS);
    }

    @Test
    void aFiveThousandDeepChainLaysOutOnASmallStack() throws InterruptedException {
        TreeModel chain = TreeModels.chain(5_000);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<TreeLayout> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(new TidyLayout().layout(chain, null));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 64 * 1024);
        t.start();
        t.join();
        assertEquals(null, failure.get());
        TreeLayout l = result.get();
        assertEquals(4_999, l.maxShownDepth());
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(0.0, l.x(i), EPS);
        }
    }

    @Test
    void layoutIsDeterministic() {
        TreeModel m = TreeModels.synthetic(5_000, 3);
        double[] a = xs(new TidyLayout().layout(m, null));
        double[] b = xs(new TidyLayout().layout(TreeModels.synthetic(5_000, 3), null));
        assertArrayEquals(a, b);
    }

    @Test
    void collapsedSubtreesVanishAndTakeNoSpace() {
        TreeModel m = TreeModels.synthetic(2_000, 11);
        TidyLayout tidy = new TidyLayout();
        TreeLayout full = tidy.layout(m, null);
        int big = biggestChildOfRoot(m);
        BitSet collapsed = new BitSet();
        collapsed.set(big);
        TreeLayout folded = tidy.layout(m, collapsed);
        assertTrue(folded.isShown(big));
        for (int v = 0; v < m.size(); v++) {
            assertEquals(isBelow(m, v, big), !folded.isShown(v), "node " + v);
        }
        assertEquals(m.size() - m.subtreeSize(big) + 1, folded.shownCount());
        assertTrue(folded.width() < full.width(), "collapsing should narrow the tree");
        assertMinimumSeparation(m, folded, 1);
        LayerIndex index = LayerIndex.build(m, folded);
        assertEquals(folded.shownCount(), index.size());
    }

    @Test
    void collapsingTheRootLeavesOneNode() {
        TreeModel m = TreeModels.synthetic(100, 2);
        BitSet c = new BitSet();
        c.set(0);
        TreeLayout l = new TidyLayout().layout(m, c);
        assertEquals(1, l.shownCount());
        assertFalse(l.isShown(1));
    }

    @Test
    void rejectsNonPositiveGaps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TidyLayout(0, 1, 1));
        assertTrue(e.getMessage().contains("siblingGap 0"), e.getMessage());
    }

    static void assertMinimumSeparation(TreeModel m, TreeLayout l, double gap) {
        List<List<Double>> levels = new ArrayList<>();
        for (int v = 0; v < m.size(); v++) {
            if (!l.isShown(v)) {
                continue;
            }
            while (levels.size() <= m.depth(v)) {
                levels.add(new ArrayList<>());
            }
            levels.get(m.depth(v)).add(l.x(v));
        }
        for (int d = 0; d < levels.size(); d++) {
            List<Double> xs = levels.get(d);
            xs.sort(null);
            for (int i = 1; i < xs.size(); i++) {
                assertTrue(xs.get(i) - xs.get(i - 1) >= gap - 1e-6,
                        "depth " + d + ": nodes at " + xs.get(i - 1) + " and " + xs.get(i) + " are closer than " + gap);
            }
        }
    }

    private static boolean isBelow(TreeModel m, int v, int ancestor) {
        for (int p = m.parent(v); p >= 0; p = m.parent(p)) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static int biggestChildOfRoot(TreeModel m) {
        int best = m.firstChild(0);
        for (int c = best; c >= 0; c = m.nextSibling(c)) {
            if (m.subtreeSize(c) > m.subtreeSize(best)) {
                best = c;
            }
        }
        return best;
    }

    private static double[] xs(TreeLayout l) {
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.x(i);
        }
        return out;
    }
}
