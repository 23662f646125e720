package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IsoLinesTest {
    private static final double[] LOG_BUDGET = {0, 1, 2, 3, 4, 5, 6};
    private static final double[] SKILL = {0, 0.5, 1, 1.5, 2, 3, 4};

    /** accuracy = 0.08·log₂N + 0.1·skill: the 0.5 contour is the straight line 0.8·x + y = 5. */
    private static double[][] plane() {
        double[][] z = new double[SKILL.length][LOG_BUDGET.length];
        for (int i = 0; i < SKILL.length; i++) {
            for (int j = 0; j < LOG_BUDGET.length; j++) {
                z[i][j] = 0.08 * LOG_BUDGET[j] + 0.1 * SKILL[i];
            }
        }
        return z;
    }

    @Test
    void aLinearGridGivesOneStraightContourFromBorderToBorder() {
        List<IsoLines.Line> lines = IsoLines.extract(LOG_BUDGET, SKILL, plane(), 0.5);
        assertEquals(1, lines.size());
        IsoLines.Line line = lines.get(0);
        assertTrue(line.x().length >= 4, "crosses several cells");
        for (int i = 0; i < line.x().length; i++) {
            assertEquals(5.0, 0.8 * line.x()[i] + line.y()[i], 1e-9, "point " + i + " lies on 0.8x + y = 5");
        }
        double[] ends = {line.x()[0], line.y()[0], line.x()[line.x().length - 1], line.y()[line.y().length - 1]};
        assertTrue(onBorder(ends[0], ends[1]) && onBorder(ends[2], ends[3]), "open line ends on the border");
        // the ends are (6, 0.2) on the right border and (1.25, 4) on the top border, in either order
        double minX = Math.min(ends[0], ends[2]);
        assertEquals(1.25, minX, 1e-9);
        assertEquals(6.0, Math.max(ends[0], ends[2]), 1e-9);
    }

    private static boolean onBorder(double x, double y) {
        return x == 0 || x == 6 || y == 0 || y == 4;
    }

    @Test
    void aContourThroughGridCornersHasNoRepeatedPoints() {
        // 0.8·5 + 1 = 5: the line passes through the corner (5, 1) and others
        IsoLines.Line line = IsoLines.extract(LOG_BUDGET, SKILL, plane(), 0.5).get(0);
        for (int i = 1; i < line.x().length; i++) {
            assertTrue(line.x()[i] != line.x()[i - 1] || line.y()[i] != line.y()[i - 1], "point " + i + " repeats");
        }
    }

    @Test
    void levelsOutsideTheRangeGiveNoLines() {
        assertTrue(IsoLines.extract(LOG_BUDGET, SKILL, plane(), 2.0).isEmpty());
        assertTrue(IsoLines.extract(LOG_BUDGET, SKILL, plane(), -1.0).isEmpty());
    }

    @Test
    void aBumpGivesAClosedLoop() {
        double[] axis = {-2, -1, 0, 1, 2};
        double[][] z = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                z[i][j] = 1 - (axis[i] * axis[i] + axis[j] * axis[j]) / 8;
            }
        }
        List<IsoLines.Line> lines = IsoLines.extract(axis, axis, z, 0.7);
        assertEquals(1, lines.size());
        IsoLines.Line loop = lines.get(0);
        int last = loop.x().length - 1;
        assertEquals(loop.x()[0], loop.x()[last], 0.0);
        assertEquals(loop.y()[0], loop.y()[last], 0.0);
        assertEquals(13, loop.x().length, "the grid lines x, y = -1, 0, 1 each cross the ring twice; the first point repeats");
        for (int i = 0; i < last; i++) {
            double r2 = loop.x()[i] * loop.x()[i] + loop.y()[i] * loop.y()[i];
            assertTrue(Math.abs(r2 - 2.4) < 0.35, "near the ring x² + y² = 2.4: " + r2);
        }
    }

    @Test
    void aSaddleCellIsSplitByItsCentre() {
        double[] axis = {0, 1};
        double[][] z = {{1, 0}, {0, 1}};
        List<IsoLines.Line> high = IsoLines.extract(axis, axis, z, 0.4);
        List<IsoLines.Line> low = IsoLines.extract(axis, axis, z, 0.6);
        assertEquals(2, high.size());
        assertEquals(2, low.size());
        // centre 0.5 ≥ 0.4: the high corners connect, so the lines cut off the low corners (1,0) and (0,1)
        for (IsoLines.Line l : high) {
            double cx = (l.x()[0] + l.x()[1]) / 2;
            double cy = (l.y()[0] + l.y()[1]) / 2;
            assertTrue(Math.abs(cx - cy) > 0.5, "cuts a low corner: " + cx + ", " + cy);
        }
    }

    @Test
    void badGridsAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IsoLines.extract(new double[] {0, 0}, SKILL, plane(), 0.5));
        assertTrue(e.getMessage().contains("increase"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IsoLines.extract(LOG_BUDGET, SKILL, new double[2][7], 0.5));
        assertTrue(e.getMessage().contains("rows"), e.getMessage());
    }
}
