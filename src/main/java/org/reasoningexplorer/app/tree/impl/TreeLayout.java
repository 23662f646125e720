package org.reasoningexplorer.app.tree.impl;

import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Where each node of a {@link org.reasoningexplorer.app.tree.TreeModel} sits, stored outside the
 * model: x in sibling slots (adjacent leaves are one gap apart), y = depth × level gap, and NaN for
 * nodes hidden inside a collapsed subtree.
 */
public final class TreeLayout {
    /** The model laid out, whose depths give y (not kept per node: 8 MB for a million nodes). */
    private final TreeModel model;
    /** In float, as the index keeps it (see {@link LayerIndex}): 4 MB less for a million nodes. */
    private final float[] x;
    private final int shownCount;
    private final int maxShownDepth;
    private final double width;
    private final double levelGap;

    TreeLayout(TreeModel model, float[] x, int shownCount, int maxShownDepth, double width,
               double levelGap) {
        this.model = model;
        this.x = x;
        this.shownCount = shownCount;
        this.maxShownDepth = maxShownDepth;
        this.width = width;
        this.levelGap = levelGap;
    }

    public int size() {
        return x.length;
    }

    /** The node's x, NaN when it is hidden. */
    public double x(int id) {
        return x[id];
    }

    /** The node's y (depth × level gap), NaN when it is hidden. */
    public double y(int id) {
        return Double.isNaN(x[id]) ? Double.NaN : model.depth(id) * levelGap;
    }

    public boolean isShown(int id) {
        return !Double.isNaN(x[id]);
    }

    /** How many nodes are shown (not inside a collapsed subtree). */
    public int shownCount() {
        return shownCount;
    }

    /** The depth of the deepest shown node, -1 for an empty tree. */
    public int maxShownDepth() {
        return maxShownDepth;
    }

    /** The x extent: shown nodes lie in [0, width]. */
    public double width() {
        return width;
    }

    public double levelGap() {
        return levelGap;
    }
}
