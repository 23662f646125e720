package org.reasoningexplorer.app.tree.impl;

import org.reasoningexplorer.app.tree.TreeModel;

/**
 * A spatial index for a layered tree: the shown nodes of each depth in one array sorted by x, so a
 * viewport is a depth range plus a binary search on x, and a hit test checks two nodes per depth.
 *
 * <p>Built level by level in linear time: a tidy layout keeps each level's left-to-right order equal
 * to its parents' order followed by sibling order, so no sort is needed.
 */
public final class LayerIndex {
    private static final byte OPEN = 1;
    private static final byte SIBLING_BEFORE = 2;
    private static final byte PRUNED = 4;

    private final int[] order;
    /**
     * In float: a million-node tree is at most a million slots wide, where a float still resolves a
     * sixteenth of a slot, far below a pixel at any zoom that shows such widths; and rounding keeps the order.
     */
    private final float[] xs;
    /** Per position, so a renderer sweeping a level reads memory in order instead of jumping into the model. */
    private final byte[] bits;
    private final int[] levelStart;
    private final double levelGap;

    private LayerIndex(int[] order, float[] xs, byte[] bits, int[] levelStart, double levelGap) {
        this.order = order;
        this.xs = xs;
        this.bits = bits;
        this.levelStart = levelStart;
        this.levelGap = levelGap;
    }

    /** Indexes the shown nodes of a layout. */
    public static LayerIndex build(TreeModel model, TreeLayout layout) {
        if (model.size() != layout.size()) {
            throw new IllegalArgumentException("layout has " + layout.size() + " nodes but the model has " + model.size());
        }
        int shown = layout.shownCount();
        int[] order = new int[shown];
        float[] xs = new float[shown];
        byte[] bits = new byte[shown];
        int levels = layout.maxShownDepth() + 1;
        int[] levelStart = new int[levels + 1];
        int end = 0;
        if (shown > 0) {
            order[end++] = 0;
        }
        int start = 0;
        for (int d = 0; d < levels; d++) {
            levelStart[d] = start;
            int levelEnd = end;
            for (int k = start; k < levelEnd; k++) {
                int v = order[k];
                xs[k] = (float) layout.x(v);
                if (model.hasFlag(v, TreeModel.IN_PRUNED_BRANCH)) {
                    bits[k] |= PRUNED;
                }
                int c = model.firstChild(v);
                if (c >= 0 && layout.isShown(c)) {
                    bits[k] |= OPEN;
                    for (int first = end; c >= 0; c = model.nextSibling(c)) {
                        bits[end] = end > first ? SIBLING_BEFORE : 0;
                        order[end++] = c;
                    }
                }
            }
            start = levelEnd;
        }
        levelStart[levels] = end;
        return new LayerIndex(order, xs, bits, levelStart, layout.levelGap());
    }

    /** The nodes of this index that pass a test, with the same levels and order (e.g. only answers). */
    public LayerIndex subset(java.util.function.IntPredicate keep) {
        int count = 0;
        for (int v : order) {
            count += keep.test(v) ? 1 : 0;
        }
        int[] o = new int[count];
        float[] x = new float[count];
        byte[] b = new byte[count];
        int[] starts = new int[levelStart.length];
        int k = 0;
        for (int d = 0; d < levelCount(); d++) {
            starts[d] = k;
            for (int p = levelStart[d]; p < levelStart[d + 1]; p++) {
                if (keep.test(order[p])) {
                    o[k] = order[p];
                    b[k] = (byte) (bits[p] & ~SIBLING_BEFORE);
                    x[k++] = xs[p];
                }
            }
        }
        starts[levelCount()] = k;
        return new LayerIndex(o, x, b, starts, levelGap);
    }

    /** The number of depths that hold shown nodes. */
    public int levelCount() {
        return levelStart.length - 1;
    }

    /** The first position of a depth's nodes. */
    public int levelStart(int depth) {
        return levelStart[depth];
    }

    /** One past the last position of a depth's nodes. */
    public int levelEnd(int depth) {
        return levelStart[depth + 1];
    }

    /** The node at a position; positions run level by level, left to right. */
    public int node(int position) {
        return order[position];
    }

    /** The x of the node at a position. */
    public double x(int position) {
        return xs[position];
    }

    public int size() {
        return order.length;
    }

    /** Whether the node at a position shows children (has some and is not collapsed). */
    public boolean isOpen(int position) {
        return (bits[position] & OPEN) != 0;
    }

    /** Whether the node at a position lies in a pruned branch. */
    public boolean isPruned(int position) {
        return (bits[position] & PRUNED) != 0;
    }

    /** Whether the previous position holds the node's previous sibling (always false in a subset). */
    public boolean followsSibling(int position) {
        return (bits[position] & SIBLING_BEFORE) != 0;
    }

    /** The first position in the depth whose x is at least {@code x} (levelEnd when none is). */
    public int lowerBound(int depth, double x) {
        return lowerBound(levelStart[depth], levelStart[depth + 1], x);
    }

    /** The first position in [from, to) whose x is at least {@code x} ({@code to} when none is); the range must lie in one level. */
    public int lowerBound(int from, int to, double x) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position in the depth whose x exceeds {@code x} (levelEnd when none does). */
    public int upperBound(int depth, double x) {
        int lo = levelStart[depth];
        int hi = levelStart[depth + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first depth whose y is at least {@code y}, clamped to the levels. */
    public int firstDepthAtOrBelow(double y) {
        return (int) Math.max(0, Math.min(levelCount(), Math.ceil(y / levelGap)));
    }

    /** The last depth whose y is at most {@code y}, clamped; -1 when y is above the root. */
    public int lastDepthAtOrAbove(double y) {
        return (int) Math.max(-1, Math.min(levelCount() - 1, Math.floor(y / levelGap)));
    }

    /**
     * The shown node nearest to a point in screen distance, among those within {@code rx} pixels
     * horizontally and {@code ry} pixels vertically of it; -1 when there is none.
     *
     * @param wx the point's world x
     * @param wy the point's world y
     * @param sx pixels per world unit in x
     * @param sy pixels per world unit in y
     */
    public int nearest(double wx, double wy, double sx, double sy, double rx, double ry) {
        int d0 = firstDepthAtOrBelow(wy - ry / sy);
        int d1 = lastDepthAtOrAbove(wy + ry / sy);
        int best = -1;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int d = d0; d <= d1; d++) {
            double dy = (d * levelGap - wy) * sy;
            if (dy * dy >= bestDist) {
                continue;
            }
            int k = lowerBound(d, wx);
            for (int p = k - 1; p <= k; p++) {
                if (p < levelStart[d] || p >= levelStart[d + 1]) {
                    continue;
                }
                double dx = (xs[p] - wx) * sx;
                double dist = dx * dx + dy * dy;
                if (Math.abs(dx) <= rx && dist < bestDist) {
                    bestDist = dist;
                    best = order[p];
                }
            }
        }
        return best;
    }
}
