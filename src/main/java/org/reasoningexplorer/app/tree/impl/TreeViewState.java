package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Point2D;
import org.reasoningexplorer.app.tree.LevelOfDetail;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * What the view shows and from where: the laid-out tree, the collapsed nodes and the camera. Keeps
 * the picture steady as it changes: a new layout (after a collapse or a grown model) is shifted so a
 * chosen anchor node stays where it was on screen, and a new tree is fitted once it is laid out.
 */
final class TreeViewState {
    /** Above this many nodes in view the tree is rasterised even at label zoom. */
    static final int VECTOR_LIMIT = 2_500;

    private final Camera camera = new Camera();
    private final BitSet collapsed = new BitSet();
    private final LayoutRunner layouts = new LayoutRunner();
    private final Runnable onChange;
    private TreeModel target = TreeModel.EMPTY;
    private LaidOutTree tree = LaidOutTree.EMPTY;
    private double width;
    private double height;
    private boolean fitPending = true;
    private int anchorNode = -1;
    private double anchorX;
    private double anchorY;
    private int centerPending = -1;

    /** @param onChange called on the FX thread whenever the camera or the layout changes */
    TreeViewState(Runnable onChange) {
        this.onChange = onChange;
    }

    Camera camera() {
        return camera;
    }

    LaidOutTree tree() {
        return tree;
    }

    ReadOnlyBooleanProperty layingOutProperty() {
        return layouts.busyProperty();
    }

    void dispose() {
        layouts.dispose();
    }

    /** The viewport changed size; a tree waiting to be fitted is fitted now. */
    void setViewport(double w, double h) {
        width = w;
        height = h;
        if (fitPending && tree.layout().shownCount() > 0 && w > 0 && h > 0) {
            fitToWindow();
        }
    }

    /**
     * Shows a new model. A grown copy of the current one keeps the collapsed nodes and the view, with
     * {@code anchor} (or the node nearest the centre) held in place; any other tree is fitted. A model
     * of the same shape as the one shown (a replay step that added no node) keeps its layout.
     */
    void setModel(TreeModel model, int anchor) {
        if (!isGrowthOf(model, tree.model())) {
            collapsed.clear();
            fitPending = true;
        }
        if (keepsLayout(tree, model)) {
            target = model;
            layouts.cancel();
            anchorNode = -1;
            accept(tree.withModel(model));
            return;
        }
        int keep = viewAnchor(anchor);
        target = model;
        relayout(keep);
    }

    /** Whether {@code now} is {@code before} with nodes added. */
    private static boolean isGrowthOf(TreeModel now, TreeModel before) {
        return !before.isEmpty() && now.extendsShapeOf(before);
    }

    /** Whether a model can be shown with the layout of a laid-out tree: the same nodes, parents and collapsed nodes. */
    private boolean keepsLayout(LaidOutTree laidOut, TreeModel model) {
        return model != laidOut.model() && model.size() == laidOut.model().size() && !model.isEmpty()
                && model.extendsShapeOf(laidOut.model()) && collapsed.equals(laidOut.collapsed());
    }

    /** The given node if it is in view, else the node nearest the centre of the view. */
    private int viewAnchor(int preferred) {
        Point2D p = nodeToScreen(preferred);
        if (p != null && p.getX() >= 0 && p.getX() <= width && p.getY() >= 0 && p.getY() <= height) {
            return preferred;
        }
        if (tree.model().isEmpty()) {
            return -1;
        }
        int centre = tree.index().nearest(camera.worldX(width / 2), camera.worldY(height / 2), camera.sx(), camera.sy(), width, height);
        return centre >= 0 ? centre : 0;
    }

    private void relayout(int anchor) {
        if (anchor >= 0 && anchor < tree.layout().size() && tree.layout().isShown(anchor)) {
            anchorNode = anchor;
            anchorX = camera.screenX(tree.layout().x(anchor));
            anchorY = camera.screenY(tree.layout().y(anchor));
        } else {
            anchorNode = -1;
        }
        layouts.submit(target, collapsed, this::accept);
    }

    private void accept(LaidOutTree laidOut) {
        if (keepsLayout(laidOut, target)) {
            // A layout finished for a model the replay has since moved on from without adding nodes.
            layouts.cancel();
            laidOut = laidOut.withModel(target);
        }
        tree = laidOut;
        TreeLayout l = laidOut.layout();
        if (fitPending) {
            fitToWindow();
        } else if (anchorNode >= 0 && anchorNode < l.size() && l.isShown(anchorNode)) {
            camera.panBy(anchorX - camera.screenX(l.x(anchorNode)), anchorY - camera.screenY(l.y(anchorNode)));
        }
        if (laidOut.model() == target) {
            // An older layout handed back on the way holds the anchor too; the latest one lets it go.
            anchorNode = -1;
        }
        if (centerPending >= 0 && centerPending < l.size() && l.isShown(centerPending)) {
            int v = centerPending;
            centerPending = -1;
            centerOn(v);
        }
        onChange.run();
    }

    /** Whether the id names a node of the laid-out tree, and that tree is the latest model. */
    boolean isNode(int v) {
        return v >= 0 && v < tree.model().size() && tree.model() == target;
    }

    boolean isNodeShown(int v) {
        return isNode(v) && tree.layout().isShown(v);
    }

    /** Where a node is drawn in view coordinates; null when it is hidden or unknown. */
    Point2D nodeToScreen(int v) {
        if (!isNodeShown(v)) {
            return null;
        }
        return new Point2D(camera.screenX(tree.layout().x(v)), camera.screenY(tree.layout().y(v)));
    }

    /** The node drawn under a point, within its box (labels) or a few pixels of its dot, or -1. */
    int nodeAt(double x, double y) {
        if (tree.model().isEmpty()) {
            return -1;
        }
        LevelOfDetail lod = camera.levelOfDetail();
        double rx;
        double ry;
        if (isRaster()) {
            rx = ry = Math.max(6, ViewFrame.dotRadius(camera.sx(), camera.sy()) + 3);
        } else {
            rx = ViewFrame.boxWidth(lod, camera.sx()) / 2;
            ry = ViewFrame.boxHeight(lod, camera.sy()) / 2;
        }
        return tree.index().nearest(camera.worldX(x), camera.worldY(y), camera.sx(), camera.sy(), rx, ry);
    }

    /** Dots when far away; also when so many nodes are in view that boxes and text would miss the frame. */
    boolean isRaster() {
        if (camera.levelOfDetail() == LevelOfDetail.DOTS) {
            return true;
        }
        LayerIndex idx = tree.index();
        int count = 0;
        int d0 = idx.firstDepthAtOrBelow(camera.worldY(-camera.sy()));
        int d1 = idx.lastDepthAtOrAbove(camera.worldY(height + camera.sy()));
        for (int d = d0; d <= d1 && count <= VECTOR_LIMIT; d++) {
            count += idx.upperBound(d, camera.worldX(width + camera.sx())) - idx.lowerBound(d, camera.worldX(-camera.sx()));
        }
        return count > VECTOR_LIMIT;
    }

    void fitToWindow() {
        TreeLayout l = tree.layout();
        if (l.shownCount() == 0 || width <= 0 || height <= 0) {
            fitPending = true;
            return;
        }
        // A newer model still being laid out (a growing tree) is fitted again when its layout arrives.
        fitPending = target != null && target != tree.model();
        double gap = l.levelGap();
        camera.fit(-0.5, l.width() + 0.5, -0.5 * gap, (l.maxShownDepth() + 0.5) * gap, width, height, 12);
        onChange.run();
    }

    void zoomAt(double factor, double x, double y) {
        camera.zoomAt(factor, x, y);
        fitPending = false;
        onChange.run();
    }

    void panBy(double dx, double dy) {
        camera.panBy(dx, dy);
        fitPending = false;
        onChange.run();
    }

    /** Puts the node in the middle of the view, expanding collapsed ancestors first. */
    void centerOn(int v) {
        if (!isNode(v)) {
            return;
        }
        if (!tree.layout().isShown(v)) {
            centerPending = v;
            expandAncestors(v);
            return;
        }
        panBy(width / 2 - camera.screenX(tree.layout().x(v)), height / 2 - camera.screenY(tree.layout().y(v)));
    }

    /** Pans the least needed to bring the node well inside the view; expands collapsed ancestors. */
    void ensureVisible(int v) {
        if (!isNode(v)) {
            return;
        }
        if (!tree.layout().isShown(v)) {
            centerOn(v);
            return;
        }
        double x = camera.screenX(tree.layout().x(v));
        double y = camera.screenY(tree.layout().y(v));
        double mx = Math.min(width / 2, Math.max(40, width * 0.1));
        double my = Math.min(height / 2, Math.max(40, height * 0.1));
        double dx = x < mx ? mx - x : x > width - mx ? width - mx - x : 0;
        double dy = y < my ? my - y : y > height - my ? height - my - y : 0;
        if (dx != 0 || dy != 0) {
            panBy(dx, dy);
        }
    }

    boolean isCollapsed(int v) {
        return v >= 0 && collapsed.get(v);
    }

    void setCollapsed(int v, boolean collapse) {
        if (!isNode(v) || collapsed.get(v) == collapse) {
            return;
        }
        collapsed.set(v, collapse);
        relayout(v);
    }

    /** Collapses every node with children except the root, which keeps its children in view. */
    void collapseAll() {
        TreeModel m = tree.model();
        collapsed.clear();
        for (int v = 1; v < m.size(); v++) {
            if (m.firstChild(v) >= 0) {
                collapsed.set(v);
            }
        }
        relayout(0);
    }

    /** Expands everything, keeping {@code anchor} (or the root) in place. */
    void expandAll(int anchor) {
        collapsed.clear();
        relayout(isNodeShown(anchor) ? anchor : 0);
    }

    private void expandAncestors(int v) {
        boolean changed = false;
        for (int p = tree.model().parent(v); p >= 0; p = tree.model().parent(p)) {
            if (collapsed.get(p)) {
                collapsed.clear(p);
                changed = true;
            }
        }
        if (changed) {
            relayout(-1);
        }
    }
}
