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
    private static final int LIVE = 0;
    private static final int DENSE = 1;
    private static final int PRUNED = 2;
    private final int[] stubColors = new int[3];
    /** Stub columns of the level being drawn, x in the low 24 bits and the kind above. */
    private int[] stubX = new int[1024];
    private int stubs;
    private int bw;
    private int bh;
    /** Ints from one row of the buffer to the next (at least the width). */
    private int stride;
    private double sx;
    private double sy;
    private double ox;
    private double oy;

    /**
     * Paints into the top left {@code w} × {@code h} of {@code buffer} (row-major, rows {@code rowStride}
     * ints apart) the part of the tree whose buffer position is world × scale + (frame translation + margin).
     */
    void paint(int[] buffer, int rowStride, int w, int h, ViewFrame f, double marginX, double marginY) {
        if (rowStride < w || buffer.length < (long) rowStride * (h - 1) + w) {
            throw new IllegalArgumentException("a " + w + " × " + h + " image does not fit a buffer of " + buffer.length
                    + " ints with rows " + rowStride + " apart");
        }
        buf = buffer;
        bw = w;
        bh = h;
        stride = rowStride;
        sx = f.sx;
        sy = f.sy;
        ox = f.tx + marginX;
        oy = f.ty + marginY;
        TreePalette p = f.palette;
        int background = p.argb(Swatch.BACKGROUND);
        for (int y = 0; y < h; y++) {
            Arrays.fill(buf, y * stride, y * stride + w, background);
        }
        LaidOutTree t = f.tree;
        if (t.model().isEmpty()) {
            return;
        }
        int r = f.dotRadius();
        int dFirst = Math.max(0, t.index().firstDepthAtOrBelow(worldY(-MAX_RADIUS - 4)));
        int dLast = Math.min(t.index().levelCount() - 1, t.index().lastDepthAtOrAbove(worldY(bh + MAX_RADIUS + 4)) + 1);
        int edge = p.argb(Swatch.EDGE);
        int fadedEdge = NodeColors.blend(edge, p.argb(Swatch.BACKGROUND), 0.55);
        stubColors[LIVE] = edge;
        stubColors[DENSE] = NodeColors.blend(edge, p.argb(Swatch.BACKGROUND), 0.5);
        stubColors[PRUNED] = fadedEdge;
        for (int d = Math.max(1, dFirst); d <= dLast; d++) {
            edges(t, d, edge, fadedEdge, r);
        }
        double gap = t.layout().levelGap();
        for (int d = dFirst; d <= Math.min(dLast, t.index().levelCount() - 1); d++) {
            nodes(t.index(), gap, f.colors, d, r);
        }
        collapsedMarks(t, r, edge);
        highlights(t, f.highlighted, r, p.argb(Swatch.HIGHLIGHT));
        // Answers on top, then gold rings round the correct ones, so neither is lost when zoomed out.
        int ar = Math.max(1, r);
        for (int d = dFirst; d <= Math.min(dLast, t.index().levelCount() - 1); d++) {
            rings(t.correct(), gap, d, Math.min(MAX_RADIUS, ar + 2), p.argb(Swatch.GOLD));
            nodes(t.answers(), gap, f.colors, d, ar);
        }
        buf = null;
    }

    private double worldX(double bx) {
        return (bx - ox) / sx;
    }

    private double worldY(double by) {
        return (by - oy) / sy;
    }

    private int bx(double wx) {
        return floor(wx * sx + ox + 0.5);
    }

    private int by(double wy) {
        return floor(wy * sy + oy + 0.5);
    }

    private static int floor(double v) {
        int i = (int) v;
        return v < i ? i - 1 : i;
    }

    /**
     * The first position after {@code k} (in [k+1, end)) whose node lands on a pixel right of
     * {@code x}: when many nodes share a pixel column one binary search skips them all, so a level
     * costs its pixels rather than its nodes.
     */
    private int nextPixel(LayerIndex idx, int k, int end, int x) {
        int next = k + 1;
        if (next >= end || bx(idx.x(next)) != x) {
            return next;
        }
        next = Math.max(next, idx.lowerBound(next, end, (x + 0.5 - ox) / sx));
        while (next < end && bx(idx.x(next)) <= x) {
            next++;
        }
        return next;
    }

    /**
     * The edges from depth d-1 down to depth d: a stub under each parent, a bar along the siblings, a
     * stub over each child. Stubs are collected per pixel column first and then written row by row,
     * because column-wise writes into a large buffer miss the cache on every pixel.
     */
    private void edges(LaidOutTree t, int d, int edge, int fadedEdge, int r) {
        LayerIndex idx = t.index();
        double gap = t.layout().levelGap();
        int py = by((d - 1) * gap);
        int cy = by(d * gap);
        if (cy - py < 2 || cy < 0 || py >= bh) {
            return;
        }
        int bar = py + (cy - py) / 2;
        int start = idx.levelStart(d);
        int end = Math.min(idx.levelEnd(d), idx.upperBound(d, worldX(bw + 2)) + 1);
        stubs = 0;
        for (int k = Math.max(start, idx.lowerBound(d, worldX(-2)) - 1); k < end; ) {
            int cx = bx(idx.x(k));
            boolean pruned = idx.isPruned(k);
            if (idx.followsSibling(k)) {
                int prev = bx(idx.x(k - 1));
                if (prev < cx) {
                    hline(prev, cx, bar, pruned ? fadedEdge : edge, pruned);
                }
            }
            int next = nextPixel(idx, k, end, cx);
            // Where pruned and live children share a pixel column, the live stub is drawn; where
            // children crowd within a few pixels, their stubs are lighter, a bundle rather than a wall.
            boolean crowded = next - k > 1 || (next < end && bx(idx.x(next)) - cx <= 2);
            addStub(cx, pruned && idx.isPruned(next - 1) ? PRUNED : crowded ? DENSE : LIVE);
            k = next;
        }
        writeStubs(bar, cy - r - 1);
        int pStart = idx.levelStart(d - 1);
        int pEnd = idx.upperBound(d - 1, worldX(bw + 2));
        stubs = 0;
        for (int k = Math.max(pStart, idx.lowerBound(d - 1, worldX(-2))); k < pEnd; ) {
            int px = bx(idx.x(k));
            int next = nextPixel(idx, k, pEnd, px);
            // Within one pixel column, the first and last parents stand for the rest.
            if (idx.isOpen(k) || idx.isOpen(next - 1)) {
                addStub(px, idx.isPruned(k) && idx.isPruned(next - 1) ? PRUNED : LIVE);
            }
            k = next;
        }
        writeStubs(py + r + 1, bar);
    }

    private void addStub(int x, int kind) {
        if (x < 0 || x >= bw) {
            return;
        }
        if (stubs == stubX.length) {
            stubX = Arrays.copyOf(stubX, stubs * 2);
        }
        stubX[stubs++] = x | kind << 24;
    }

    /** Rows y0..y1 of every collected stub, in its kind's colour; pruned stubs dashed. */
    private void writeStubs(int y0, int y1) {
        int a = Math.max(0, y0);
        int b = Math.min(bh - 1, y1);
        for (int y = a; y <= b; y++) {
            int row = y * stride;
            boolean gapRow = ((y >> 2) & 1) != 0;
            for (int i = 0; i < stubs; i++) {
                int kind = stubX[i] >>> 24;
                if (kind != PRUNED || !gapRow) {
                    buf[row + (stubX[i] & 0xFFFFFF)] = stubColors[kind];
                }
            }
        }
    }

    /**
     * One disc per pixel column of a level of {@code idx} (the first node's colour wins, looked up by
     * node id: once a column, so no copy of the colours in index order is needed).
     */
    private void nodes(LayerIndex idx, double levelGap, int[] colors, int d, int r) {
        int y = by(d * levelGap);
        if (y < -r || y >= bh + r) {
            return;
        }
        int end = idx.upperBound(d, worldX(bw + r + 1));
        for (int k = idx.lowerBound(d, worldX(-r - 1)); k < end; ) {
            int x = bx(idx.x(k));
            disc(x, y, r, colors[idx.node(k)]);
            k = nextPixel(idx, k, end, x);
        }
    }

    /** Gold rings round correct answers, one per pixel column. */
    private void rings(LayerIndex idx, double levelGap, int d, int r, int gold) {
        int y = by(d * levelGap);
        if (y < -r || y >= bh + r) {
            return;
        }
        int end = idx.upperBound(d, worldX(bw + r + 1));
        for (int k = idx.lowerBound(d, worldX(-r - 1)); k < end; ) {
            int x = bx(idx.x(k));
            ring(x, y, r, gold);
            k = nextPixel(idx, k, end, x);
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

    /** Pixels x0..x1 (inclusive; none when x1 < x0) of row y. */
    private void hline(int x0, int x1, int y, int color, boolean dashed) {
        if (y < 0 || y >= bh) {
            return;
        }
        int a = Math.max(0, x0);
        int b = Math.min(bw - 1, x1);
        int row = y * stride;
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
                buf[y * stride + x] = color;
            }
        }
    }

    private void disc(int cx, int cy, int r, int color) {
        if (r == 0) {
            if (cx >= 0 && cx < bw && cy >= 0 && cy < bh) {
                buf[cy * stride + cx] = color;
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
