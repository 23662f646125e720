package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.LevelOfDetail;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * The default skin of {@link TreeCanvas}: one {@link Canvas} the size of the viewport, painted at
 * most once per pulse, as a cached raster image when many nodes are in view and as labelled boxes
 * when few are. Big trees are laid out on a background thread and swapped in when ready.
 *
 * <p>Lifecycle: the constructor builds the graphics; {@link #install()} registers listeners and input
 * handlers; layout sizes the canvas; {@link #dispose()} removes every listener and handler it added.
 */
public final class TreeCanvasSkin extends SkinBase<TreeCanvas> {
    /** Receives the timing of every paint (System.nanoTime values), for benchmarks. */
    public interface FrameListener {
        void painted(long requestedAt, long paintStart, long paintEnd, boolean raster, boolean rasterised);
    }

    /** Above this many nodes in view the tree is rasterised even at label zoom. */
    static final int VECTOR_LIMIT = 2_500;

    private final Canvas canvas = new Canvas();
    private final Camera camera = new Camera();
    private final TreePalette palette;
    private final RasterCache raster = new RasterCache();
    private final VectorPainter vector = new VectorPainter();
    private final OverlayPainter overlay = new OverlayPainter();
    private final ViewFrame frame = new ViewFrame();
    private final LayoutRunner layouts = new LayoutRunner();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hoveredNode", -1);
    private final ReadOnlyObjectWrapper<LevelOfDetail> lod = new ReadOnlyObjectWrapper<>(this, "levelOfDetail", LevelOfDetail.DOTS);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", camera.sx());
    private final BitSet collapsed = new BitSet();
    private final InvalidationListener modelListener = o -> modelChanged();
    private final InvalidationListener highlightListener = o -> highlightChanged();
    private final InvalidationListener selectionListener = o -> selectionChanged();
    private final InvalidationListener repaintListener = o -> requestRedraw();
    private RedrawScheduler scheduler;
    private TreeCanvasBehavior behavior;
    private LaidOutTree tree = LaidOutTree.EMPTY;
    private BitSet highlighted = new BitSet();
    private long bakedRevision;
    private NodeColors nodeColors;
    private int[] colorTable;
    private TreeModel colorTableModel;
    private ColorMode colorTableMode;
    private boolean fitPending = true;
    private int anchorNode = -1;
    private double anchorX;
    private double anchorY;
    private int centerPending = -1;
    private FrameListener frameListener;

    public TreeCanvasSkin(TreeCanvas control) {
        super(control);
        palette = new TreePalette(control, () -> {
            bakedRevision++;
            requestRedraw();
        });
        canvas.setManaged(false);
        getChildren().add(canvas);
    }

    @Override
    public void install() {
        TreeCanvas c = getSkinnable();
        scheduler = new RedrawScheduler(c, this::paint);
        behavior = new TreeCanvasBehavior(c, this);
        c.modelProperty().addListener(modelListener);
        c.highlightedNodesProperty().addListener(highlightListener);
        c.selectedNodeProperty().addListener(selectionListener);
        c.colorModeProperty().addListener(repaintListener);
        c.phaseOverlayProperty().addListener(repaintListener);
        highlightChanged();
        modelChanged();
    }

    @Override
    public void dispose() {
        TreeCanvas c = getSkinnable();
        if (c == null) {
            return;
        }
        c.modelProperty().removeListener(modelListener);
        c.highlightedNodesProperty().removeListener(highlightListener);
        c.selectedNodeProperty().removeListener(selectionListener);
        c.colorModeProperty().removeListener(repaintListener);
        c.phaseOverlayProperty().removeListener(repaintListener);
        behavior.dispose();
        scheduler.dispose();
        layouts.dispose();
        raster.clear();
        getChildren().remove(canvas);
        super.dispose();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return TreePalette.cssMetaData();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (fitPending && tree.layout().shownCount() > 0 && w > 0 && h > 0) {
                fitToWindow();
            }
            requestRedraw();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420 + top + bottom;
    }

    TreePalette palette() {
        return palette;
    }

    Camera camera() {
        return camera;
    }

    LaidOutTree tree() {
        return tree;
    }

    public ReadOnlyIntegerProperty hoveredNodeProperty() {
        return hovered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LevelOfDetail> levelOfDetailProperty() {
        return lod.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return layouts.busyProperty();
    }

    /** Reports the timing of every paint to {@code listener} (null stops). */
    public void setFrameListener(FrameListener listener) {
        frameListener = listener;
    }

    /** Asks for a repaint in the next pulse. */
    public void requestRedraw() {
        if (scheduler != null) {
            scheduler.request();
        }
    }

    /** Paints now if a repaint is pending, for snapshots taken outside a pulse. */
    public void flushRedraw() {
        if (scheduler != null) {
            scheduler.flush();
        }
    }

    // ---- view operations (the control delegates here) ----

    public void fitToWindow() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        TreeLayout l = tree.layout();
        if (l.shownCount() == 0 || w <= 0 || h <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        double gap = l.levelGap();
        camera.fit(-0.5, l.width() + 0.5, -0.5 * gap, (l.maxShownDepth() + 0.5) * gap, w, h, 12);
        cameraChanged();
    }

    public void zoomAt(double factor, double x, double y) {
        camera.zoomAt(factor, x, y);
        fitPending = false;
        cameraChanged();
    }

    public void panBy(double dx, double dy) {
        camera.panBy(dx, dy);
        fitPending = false;
        cameraChanged();
    }

    /** Puts the node in the middle of the view, expanding collapsed ancestors first. */
    public void centerOn(int v) {
        if (!isNode(v)) {
            return;
        }
        if (!tree.layout().isShown(v)) {
            centerPending = v;
            expandAncestors(v);
            return;
        }
        camera.panBy(canvas.getWidth() / 2 - camera.screenX(tree.layout().x(v)),
                canvas.getHeight() / 2 - camera.screenY(tree.layout().y(v)));
        fitPending = false;
        cameraChanged();
    }

    /** Pans the least needed to bring the node well inside the view; expands collapsed ancestors. */
    public void ensureVisible(int v) {
        if (!isNode(v)) {
            return;
        }
        if (!tree.layout().isShown(v)) {
            centerOn(v);
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double x = camera.screenX(tree.layout().x(v));
        double y = camera.screenY(tree.layout().y(v));
        double mx = Math.min(w / 2, Math.max(40, w * 0.1));
        double my = Math.min(h / 2, Math.max(40, h * 0.1));
        double dx = x < mx ? mx - x : x > w - mx ? w - mx - x : 0;
        double dy = y < my ? my - y : y > h - my ? h - my - y : 0;
        if (dx != 0 || dy != 0) {
            panBy(dx, dy);
        }
    }

    public boolean isCollapsed(int v) {
        return collapsed.get(v);
    }

    public void setCollapsed(int v, boolean collapse) {
        if (!isNode(v) || collapsed.get(v) == collapse) {
            return;
        }
        collapsed.set(v, collapse);
        relayout(v);
    }

    public void toggleCollapsed(int v) {
        if (isNode(v)) {
            setCollapsed(v, !collapsed.get(v));
        }
    }

    /** Collapses every node with children except the root, which keeps its children in view. */
    public void collapseAll() {
        TreeModel m = tree.model();
        collapsed.clear();
        for (int v = 1; v < m.size(); v++) {
            if (m.firstChild(v) >= 0) {
                collapsed.set(v);
            }
        }
        relayout(0);
    }

    public void expandAll() {
        collapsed.clear();
        int s = getSkinnable().getSelectedNode();
        relayout(isNode(s) && tree.layout().isShown(s) ? s : 0);
    }

    /** The node drawn under a point of the control, or -1. */
    public int nodeAt(double x, double y) {
        if (tree.model().isEmpty()) {
            return -1;
        }
        double rx;
        double ry;
        if (isRaster()) {
            ViewFrame f = frameFor();
            rx = ry = Math.max(6, f.dotRadius() + 3);
        } else {
            ViewFrame f = frameFor();
            rx = f.boxWidth() / 2;
            ry = f.boxHeight() / 2;
        }
        return tree.index().nearest(camera.worldX(x), camera.worldY(y), camera.sx(), camera.sy(), rx, ry);
    }

    /** Where a node is drawn, in the control's coordinates; null when it is hidden or unknown. */
    public Point2D nodeToScreen(int v) {
        if (!isNode(v) || !tree.layout().isShown(v)) {
            return null;
        }
        return new Point2D(camera.screenX(tree.layout().x(v)), camera.screenY(tree.layout().y(v)));
    }

    public boolean isNodeShown(int v) {
        return isNode(v) && tree.layout().isShown(v);
    }

    void setHovered(int v) {
        if (hovered.get() != v) {
            hovered.set(v);
            requestRedraw();
        }
    }

    private boolean isNode(int v) {
        return v >= 0 && v < tree.model().size() && tree.model() == currentModel();
    }

    private TreeModel currentModel() {
        TreeModel m = getSkinnable().getModel();
        return m != null ? m : TreeModel.EMPTY;
    }

    // ---- reacting to the control ----

    private void modelChanged() {
        TreeModel m = currentModel();
        if (!isGrowthOf(m, tree.model())) {
            collapsed.clear();
            fitPending = true;
        }
        TreeCanvas c = getSkinnable();
        if (c.getSelectedNode() >= m.size()) {
            c.setSelectedNode(-1);
        }
        if (hovered.get() >= m.size()) {
            hovered.set(-1);
        }
        highlightChanged();
        relayout(c.getSelectedNode());
    }

    /** Whether {@code now} is {@code before} with nodes added, so collapsed nodes and the camera carry over. */
    private static boolean isGrowthOf(TreeModel now, TreeModel before) {
        if (before.isEmpty() || now.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (now.parent(i) != before.parent(i)) {
                return false;
            }
        }
        return true;
    }

    private void relayout(int anchor) {
        if (anchor >= 0 && anchor < tree.layout().size() && tree.layout().isShown(anchor)) {
            anchorNode = anchor;
            anchorX = camera.screenX(tree.layout().x(anchor));
            anchorY = camera.screenY(tree.layout().y(anchor));
        } else {
            anchorNode = -1;
        }
        layouts.submit(currentModel(), collapsed, this::accept);
    }

    private void accept(LaidOutTree laidOut) {
        tree = laidOut;
        TreeLayout l = laidOut.layout();
        if (fitPending) {
            fitToWindow();
        } else if (anchorNode >= 0 && anchorNode < l.size() && l.isShown(anchorNode)) {
            camera.panBy(anchorX - camera.screenX(l.x(anchorNode)), anchorY - camera.screenY(l.y(anchorNode)));
        }
        anchorNode = -1;
        if (hovered.get() >= 0 && !(hovered.get() < l.size() && l.isShown(hovered.get()))) {
            hovered.set(-1);
        }
        if (centerPending >= 0 && centerPending < l.size() && l.isShown(centerPending)) {
            int v = centerPending;
            centerPending = -1;
            centerOn(v);
        }
        cameraChanged();
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

    private void highlightChanged() {
        BitSet h = new BitSet();
        int[] ids = getSkinnable().getHighlightedNodes();
        int n = currentModel().size();
        if (ids != null) {
            for (int id : ids) {
                if (id >= 0 && id < n) {
                    h.set(id);
                }
            }
        }
        highlighted = h;
        bakedRevision++;
        requestRedraw();
    }

    private void selectionChanged() {
        int s = getSkinnable().getSelectedNode();
        if (getSkinnable().isFollowSelection() && isNode(s)) {
            ensureVisible(s);
        }
        requestRedraw();
    }

    private void cameraChanged() {
        lod.set(camera.levelOfDetail());
        zoom.set(camera.sx());
        requestRedraw();
    }

    // ---- painting ----

    private int[] colors() {
        TreeModel m = tree.model();
        ColorMode mode = getSkinnable().getColorMode() != null ? getSkinnable().getColorMode() : ColorMode.SCORE;
        if (nodeColors == null || nodeColors.paletteRevision() != palette.revision()) {
            nodeColors = new NodeColors(palette);
            colorTable = null;
        }
        if (colorTable == null || colorTableModel != m || colorTableMode != mode) {
            int[] table = new int[m.size()];
            for (int v = 0; v < table.length; v++) {
                int c = nodeColors.color(m, v, mode);
                table[v] = m.hasFlag(v, TreeModel.IN_PRUNED_BRANCH) ? nodeColors.faded(c) : c;
            }
            colorTable = table;
            colorTableModel = m;
            colorTableMode = mode;
        }
        return colorTable;
    }

    private ViewFrame frameFor() {
        ViewFrame f = frame;
        f.tree = tree;
        f.palette = palette;
        f.highlighted = highlighted;
        f.lod = camera.levelOfDetail();
        f.sx = camera.sx();
        f.sy = camera.sy();
        f.tx = camera.tx();
        f.ty = camera.ty();
        f.width = canvas.getWidth();
        f.height = canvas.getHeight();
        return f;
    }

    /** Dots when far away; also when so many nodes are in view that boxes and text would miss the frame. */
    private boolean isRaster() {
        if (camera.levelOfDetail() == LevelOfDetail.DOTS) {
            return true;
        }
        LayerIndex idx = tree.index();
        double w = canvas.getWidth();
        int count = 0;
        int d0 = idx.firstDepthAtOrBelow(camera.worldY(-camera.sy()));
        int d1 = idx.lastDepthAtOrAbove(camera.worldY(canvas.getHeight() + camera.sy()));
        for (int d = d0; d <= d1 && count <= VECTOR_LIMIT; d++) {
            count += idx.upperBound(d, camera.worldX(w + camera.sx())) - idx.lowerBound(d, camera.worldX(-camera.sx()));
        }
        return count > VECTOR_LIMIT;
    }

    private void paint() {
        long start = System.nanoTime();
        long requested = scheduler.requestedAt();
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0 || getSkinnable() == null) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        ViewFrame f = frameFor();
        f.colors = colors();
        f.raster = isRaster();
        boolean rasterised = false;
        if (f.raster) {
            raster.draw(g, f, bakedRevision);
            rasterised = raster.rerendered();
        } else {
            vector.paint(g, f);
        }
        TreeCanvas c = getSkinnable();
        overlay.paint(g, f, c.getSelectedNode(), hovered.get(), c.getPhaseOverlay(), start);
        if (OverlayPainter.animates(c.getPhaseOverlay())) {
            requestRedraw();
        }
        if (frameListener != null) {
            frameListener.painted(requested, start, System.nanoTime(), f.raster, rasterised);
        }
    }
}
