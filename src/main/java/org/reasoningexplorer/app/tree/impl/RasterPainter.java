package org.reasoningexplorer.app.tree.impl;

import java.util.Arrays;
import java.util.BitSet;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Draws a zoomed-out tree straight into an ARGB pixel buffer: orthogonal edges as runs of pixels, nodes
 * as small discs, answers and highlighted paths on top. A node costs a few pixel writes instead of a
 * stroked line, so a million nodes fit in a frame; nodes falling on the same pixel are drawn once.
 */
final class RasterPainter {
    private static final int MAX_RADIUS = 9;
    /** DISC[r][dy + r]: the half width of a disc of radius r on row dy. */
    private static final int[][] DISC = new int[MAX_RADIUS + 1][];

    static {
        for (int r = 0; r <= MAX_RADIUS; r++) {
            DISC[r] = new int[2 * r + 1];
            for (int dy = -r; dy <= r; dy++) {
                DISC[r][dy + r] = (int) Math.floor(Math.sqrt((r + 0.45) * (r + 0.45) - dy * dy));
            }
        }
    }

    private int[] buf;
    private int bw;
    private int bh;
    private double sx;
    private double sy;
    private double ox;
    private double oy;

    /**
     * Paints into {@code buffer} ({@code w} × {@code h}, row-major) the part of the tree whose buffer
     * position is world × scale + (frame translation + margin).
     */
    void paint(int[] buffer, int w, int h, ViewFrame f, double marginX, double marginY) {
        buf = buffer;
        bw = w;
        bh = h;
        sx = f.sx;
        sy = f.sy;
        ox = f.tx + marginX;
        oy = f.ty + marginY;
        TreePalette p = f.palette;
        Arrays.fill(buf, 0, w * h, p.argb(Swatch.BACKGROUND));
        LaidOutTree t = f.tree;
        if (t.model().isEmpty()) {
            return;
        }
        int r = f.dotRadius();
        int dFirst = Math.max(0, t.index().firstDepthAtOrBelow(worldY(-MAX_RADIUS - 4)));
        int dLast = Math.min(t.index().levelCount() - 1, t.index().lastDepthAtOrAbove(worldY(bh + MAX_RADIUS + 4)) + 1);
        int edge = p.argb(Swatch.EDGE);
        int fadedEdge = NodeColors.blend(edge, p.argb(Swatch.BACKGROUND), 0.55);
        for (int d = Math.max(1, dFirst); d <= dLast; d++) {
            edges(t, d, edge, fadedEdge, r);
        }
        for (int d = dFirst; d <= Math.min(dLast, t.index().levelCount() - 1); d++) {
            nodes(t, f.colors, d, r);
        }
        collapsedMarks(t, r, edge);
        highlights(t, f.highlighted, r, p.argb(Swatch.HIGHLIGHT));
        answers(t, f.colors, r, p.argb(Swatch.GOLD));
        buf = null;
    }

    private double worldX(double bx) {
        return (bx - ox) / sx;
    }

    private double worldY(double by) {
        return (by - oy) / sy;
    }

    private int bx(double wx) {
        return (int) Math.floor(wx * sx + ox + 0.5);
    }

    private int by(double wy) {
        return (int) Math.floor(wy * sy + oy + 0.5);
    }

    /** The edges from depth d-1 down to depth d: a stub under each parent, a bar along the siblings, a stub over each child. */
    private void edges(LaidOutTree t, int d, int edge, int fadedEdge, int r) {
        LayerIndex idx = t.index();
        TreeModel m = t.model();
        TreeLayout l = t.layout();
        double gap = l.levelGap();
        int py = by((d - 1) * gap);
        int cy = by(d * gap);
        if (cy - py < 2 || cy < 0 || py >= bh) {
            return;
        }
        int bar = py + (cy - py) / 2;
        int start = idx.levelStart(d);
        int k0 = Math.max(start, idx.lowerBound(d, worldX(-2)) - 1);
        int k1 = Math.min(idx.levelEnd(d), idx.upperBound(d, worldX(bw + 2)) + 1);
        int lastStub = Integer.MIN_VALUE;
        int lastColor = 0;
        for (int k = k0; k < k1; k++) {
            int c = idx.node(k);
            int cx = bx(idx.x(k));
            boolean pruned = m.hasFlag(c, TreeModel.IN_PRUNED_BRANCH);
            int color = pruned ? fadedEdge : edge;
            if (cx != lastStub || color != lastColor) {
                vline(cx, bar, cy - r - 1, color, pruned);
                lastStub = cx;
                lastColor = color;
            }
            if (k > start && m.parent(idx.node(k - 1)) == m.parent(c)) {
                int prev = bx(idx.x(k - 1));
                if (prev != cx) {
                    hline(prev, cx, bar, color, pruned);
                }
            }
        }
        int pk0 = Math.max(idx.levelStart(d - 1), idx.lowerBound(d - 1, worldX(-2)));
        int pk1 = idx.upperBound(d - 1, worldX(bw + 2));
        int lastParent = Integer.MIN_VALUE;
        for (int k = pk0; k < pk1; k++) {
            int v = idx.node(k);
            if (!t.isOpen(v)) {
                continue;
            }
            int px = bx(idx.x(k));
            if (px != lastParent) {
                boolean pruned = m.hasFlag(v, TreeModel.IN_PRUNED_BRANCH);
                vline(px, py + r + 1, bar, pruned ? fadedEdge : edge, pruned);
                lastParent = px;
            }
        }
    }

    private void nodes(LaidOutTree t, int[] colors, int d, int r) {
        LayerIndex idx = t.index();
        int y = by(d * t.layout().levelGap());
        if (y < -r || y >= bh + r) {
            return;
        }
        int k0 = idx.lowerBound(d, worldX(-r - 1));
        int k1 = idx.upperBound(d, worldX(bw + r + 1));
        int lastX = Integer.MIN_VALUE;
        int lastColor = 0;
        for (int k = k0; k < k1; k++) {
            int v = idx.node(k);
            int x = bx(idx.x(k));
            int color = colors[v];
            if (x == lastX && color == lastColor) {
                continue;
            }
            disc(x, y, r, color);
            lastX = x;
            lastColor = color;
        }
    }

    /** A small downward wedge under each collapsed node that hides children. */
    private void collapsedMarks(LaidOutTree t, int r, int color) {
        BitSet c = t.collapsed();
        TreeLayout l = t.layout();
        for (int v = c.nextSetBit(0); v >= 0 && v < l.size(); v = c.nextSetBit(v + 1)) {
            if (!l.isShown(v) || t.model().firstChild(v) < 0) {
                continue;
            }
            int x = bx(l.x(v));
            int y = by(l.y(v)) + r + 2;
            for (int row = 0; row < 3; row++) {
                hline(x - 2 + row, x + 2 - row, y + row, color, false);
            }
        }
    }

    private void highlights(LaidOutTree t, BitSet h, int r, int color) {
        TreeModel m = t.model();
        TreeLayout l = t.layout();
        for (int v = h.nextSetBit(0); v >= 0 && v < l.size(); v = h.nextSetBit(v + 1)) {
            if (!l.isShown(v)) {
                continue;
            }
            int x = bx(l.x(v));
            int y = by(l.y(v));
            int p = m.parent(v);
            if (p >= 0 && h.get(p)) {
                int px = bx(l.x(p));
                int py = by(l.y(p));
                int bar = py + (y - py) / 2;
                for (int w = 0; w < 2; w++) {
                    vline(px + w, py, bar, color, false);
                    hline(Math.min(px, x), Math.max(px, x) + 1, bar + w, color, false);
                    vline(x + w, bar, y, color, false);
                }
            }
        }
        for (int v = h.nextSetBit(0); v >= 0 && v < l.size(); v = h.nextSetBit(v + 1)) {
            if (l.isShown(v)) {
                disc(bx(l.x(v)), by(l.y(v)), Math.min(MAX_RADIUS, r + 1), color);
            }
        }
    }

    /** Answers on top: a dot in the node's colour, ringed in gold when correct. */
    private void answers(LaidOutTree t, int[] colors, int r, int gold) {
        TreeModel m = t.model();
        TreeLayout l = t.layout();
        int ar = Math.max(1, r);
        int ring = Math.min(MAX_RADIUS, ar + 2);
        for (int i = 0; i < m.answerNodeCount(); i++) {
            int v = m.answerNode(i);
            if (!l.isShown(v)) {
                continue;
            }
            int x = bx(l.x(v));
            int y = by(l.y(v));
            if (x < -ring || x >= bw + ring || y < -ring || y >= bh + ring) {
                continue;
            }
            if (m.hasFlag(v, TreeModel.CORRECT)) {
                if (y - ring >= 0 && y - ring < bh && x >= 0 && x < bw && buf[(y - ring) * bw + x] == gold) {
                    continue;
                }
                ring(x, y, ring, gold);
            }
            disc(x, y, ar, colors[v]);
        }
    }

    /** Pixels x0..x1 (inclusive; none when x1 < x0) of row y. */
    private void hline(int x0, int x1, int y, int color, boolean dashed) {
        if (y < 0 || y >= bh) {
            return;
        }
        int a = Math.max(0, x0);
        int b = Math.min(bw - 1, x1);
        int row = y * bw;
        for (int x = a; x <= b; x++) {
            if (!dashed || ((x >> 2) & 1) == 0) {
                buf[row + x] = color;
            }
        }
    }

    private void vline(int x, int y0, int y1, int color, boolean dashed) {
        if (x < 0 || x >= bw) {
            return;
        }
        int a = Math.max(0, y0);
        int b = Math.min(bh - 1, y1);
        for (int y = a; y <= b; y++) {
            if (!dashed || ((y >> 2) & 1) == 0) {
                buf[y * bw + x] = color;
            }
        }
    }

    private void disc(int cx, int cy, int r, int color) {
        if (r == 0) {
            if (cx >= 0 && cx < bw && cy >= 0 && cy < bh) {
                buf[cy * bw + cx] = color;
            }
            return;
        }
        int[] spans = DISC[r];
        for (int dy = -r; dy <= r; dy++) {
            int hw = spans[dy + r];
            hline(cx - hw, cx + hw, cy + dy, color, false);
        }
    }

    private void ring(int cx, int cy, int r, int color) {
        int[] outer = DISC[r];
        int[] inner = DISC[r - 1];
        for (int dy = -r; dy <= r; dy++) {
            int hw = outer[dy + r];
            int in = Math.abs(dy) <= r - 1 ? inner[dy + r - 1] : -1;
            hline(cx - hw, cx - in - 1, cy + dy, color, false);
            hline(cx + in + 1, cx + hw, cy + dy, color, false);
        }
    }
}
