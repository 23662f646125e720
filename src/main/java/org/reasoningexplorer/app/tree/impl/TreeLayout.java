package org.reasoningexplorer.app.tree.impl;

/**
 * Where each node of a {@link org.reasoningexplorer.app.tree.TreeModel} sits, stored outside the
 * model: x in sibling slots (adjacent leaves are one gap apart), y = depth × level gap, and NaN for
 * nodes hidden inside a collapsed subtree.
 */
public final class TreeLayout {
    private final double[] x;
    private final double[] y;
    private final int shownCount;
    private final int maxShownDepth;
    private final double width;
    private final double levelGap;

    TreeLayout(double[] x, double[] y, int shownCount, int maxShownDepth, double width, double levelGap) {
        this.x = x;
        this.y = y;
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
        return y[id];
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
