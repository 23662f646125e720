package org.reasoningexplorer.app.tree.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.app.tree.TreeModels;

class LayerIndexTest {
    @Test
    void eachLevelIsSortedByXAndHoldsExactlyTheShownNodesOfThatDepth() {
        TreeModel m = TreeModels.synthetic(4_000, 5);
        BitSet collapsed = new BitSet();
        collapsed.set(TidyLayoutTest.biggestChildOfRoot(m));
        TreeLayout l = new TidyLayout().layout(m, collapsed);
        LayerIndex index = LayerIndex.build(m, l);
        int total = 0;
        for (int d = 0; d < index.levelCount(); d++) {
            for (int k = index.levelStart(d); k < index.levelEnd(d); k++) {
                int v = index.node(k);
                assertEquals(d, m.depth(v));
                assertTrue(l.isShown(v));
                assertEquals(l.x(v), index.x(k));
                if (k > index.levelStart(d)) {
                    assertTrue(index.x(k - 1) < index.x(k), "level " + d + " is not sorted at " + k);
                }
                total++;
            }
        }
        assertEquals(l.shownCount(), total);
    }

    @Test
    void viewportQueriesMatchBruteForce() {
        SplittableRandom r = new SplittableRandom(9);
        for (long seed = 1; seed <= 4; seed++) {
            TreeModel m = TreeModels.synthetic(2_500, seed);
            TreeLayout l = new TidyLayout(1, 1, 3).layout(m, null);
            LayerIndex index = LayerIndex.build(m, l);
            for (int q = 0; q < 200; q++) {
                double x0 = r.nextDouble(-5, l.width() + 5);
                double x1 = x0 + r.nextDouble(0, l.width() / 3);
                double y0 = r.nextDouble(-5, l.maxShownDepth() * 3.0 + 5);
                double y1 = y0 + r.nextDouble(0, 30);
                TreeSet<Integer> expected = new TreeSet<>();
                for (int v = 0; v < m.size(); v++) {
                    if (l.x(v) >= x0 && l.x(v) <= x1 && l.y(v) >= y0 && l.y(v) <= y1) {
                        expected.add(v);
                    }
                }
                TreeSet<Integer> actual = new TreeSet<>();
                for (int d = index.firstDepthAtOrBelow(y0); d <= index.lastDepthAtOrAbove(y1); d++) {
                    for (int k = index.lowerBound(d, x0); k < index.upperBound(d, x1); k++) {
                        actual.add(index.node(k));
                    }
                }
                assertEquals(expected, actual, "query x " + x0 + ".." + x1 + ", y " + y0 + ".." + y1);
            }
        }
    }

    @Test
    void nearestMatchesBruteForce() {
        SplittableRandom r = new SplittableRandom(4);
        TreeModel m = TreeModels.synthetic(3_000, 8);
        TreeLayout l = new TidyLayout(1, 1, 1).layout(m, null);
        LayerIndex index = LayerIndex.build(m, l);
        double sx = 14;
        double sy = 30;
        double radius = 9;
        int hits = 0;
        for (int q = 0; q < 2_000; q++) {
            double wx = r.nextDouble(-1, l.width() + 1);
            double wy = r.nextDouble(-1, l.maxShownDepth() + 1);
            int expected = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int v = 0; v < m.size(); v++) {
                double dx = (l.x(v) - wx) * sx;
                double dy = (l.y(v) - wy) * sy;
                double dist = dx * dx + dy * dy;
                if (Math.abs(dx) <= radius && Math.abs(dy) <= radius && dist < best) {
                    best = dist;
                    expected = v;
                }
            }
            int actual = index.nearest(wx, wy, sx, sy, radius, radius);
            if (expected < 0) {
                assertEquals(-1, actual, "query " + wx + "," + wy);
            } else {
                hits++;
                double dx = (l.x(actual) - wx) * sx;
                double dy = (l.y(actual) - wy) * sy;
                assertEquals(best, dx * dx + dy * dy, 1e-9, "query " + wx + "," + wy);
            }
        }
        assertTrue(hits > 20, "too few queries landed near a node to test anything: " + hits);
    }

    @Test
    void aPointOnANodeHitsThatNode() {
        TreeModel m = TreeModels.synthetic(1_000, 3);
        TreeLayout l = new TidyLayout().layout(m, null);
        LayerIndex index = LayerIndex.build(m, l);
        for (int v = 0; v < m.size(); v += 7) {
            assertEquals(v, index.nearest(l.x(v) + 0.1, l.y(v) - 0.05, 20, 40, 6, 6));
        }
    }
}
