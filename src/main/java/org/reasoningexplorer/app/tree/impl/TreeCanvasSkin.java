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
    /** How a frame was drawn. */
    public enum FrameKind {
        /** Boxes and labels with the GraphicsContext. */
        VECTOR,
        /** The cached raster image, shifted. */
        RASTER_CACHED,
        /** A raster image rendered anew on the FX thread. */
        RASTER_RENDERED,
        /** The last raster image scaled, while a sharp one renders in the background. */
        RASTER_PREVIEW
    }

    /** Receives the timing of every paint (System.nanoTime values), for benchmarks. */
    public interface FrameListener {
        void painted(long requestedAt, long paintStart, long paintEnd, FrameKind kind);

        /** A background raster render finished, {@code nanos} after it was requested. */
        default void rasterisedInBackground(long nanos) {
        }
    }

    /**
     * The least time between two paints of a big rasterised tree whose content changed under the same
     * camera (playback, a phase animation): at most 25 a second, since each costs the renderer a blit of
     * the whole view (much of a frame without a GPU). Panning and zooming are never held back.
     */
    static final long BIG_FRAME_INTERVAL = 40_000_000;

    private final Canvas canvas = new Canvas();
    private final TreePalette palette;
    private final TreeViewState view = new TreeViewState(this::viewChanged);
    private final ColorTables colors = new ColorTables();
    private final RasterCache raster = new RasterCache(this::backgroundRasterReady);
    private final VectorPainter vector = new VectorPainter();
    private final OverlayPainter overlay = new OverlayPainter();
    private final ViewFrame frame = new ViewFrame();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hoveredNode", -1);
    private final ReadOnlyObjectWrapper<LevelOfDetail> lod = new ReadOnlyObjectWrapper<>(this, "levelOfDetail", LevelOfDetail.DOTS);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", view.camera().sx());
    private final InvalidationListener modelListener = o -> modelChanged();
    private final InvalidationListener highlightListener = o -> highlightChanged();
    private final InvalidationListener selectionListener = o -> selectionChanged();
    private final InvalidationListener repaintListener = o -> requestRedraw();
    private RedrawScheduler scheduler;
    private TreeCanvasBehavior behavior;
    private BitSet highlighted = new BitSet();
    private long bakedRevision;
    private FrameListener frameListener;
    private boolean paintedBig;
    private double paintedSx;
    private double paintedSy;
    private double paintedTx;
    private double paintedTy;

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
        scheduler.throttle(BIG_FRAME_INTERVAL, this::mayWait);
        behavior = new TreeCanvasBehavior(c, this);
        c.modelProperty().addListener(modelListener);
        c.highlightedNodesProperty().addListener(highlightListener);
        c.selectedNodeProperty().addListener(selectionListener);
        c.colorModeProperty().addListener(repaintListener);
        c.phaseOverlayProperty().addListener(repaintListener);
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
        view.dispose();
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
            view.setViewport(w, h);
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

    LaidOutTree tree() {
        return view.tree();
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
        return view.layingOutProperty();
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

    // ---- view operations: the control delegates here ----

    public void fitToWindow() {
        view.fitToWindow();
    }

    public void zoomAt(double factor, double x, double y) {
        view.zoomAt(factor, x, y);
    }

    public void panBy(double dx, double dy) {
        view.panBy(dx, dy);
    }

    public void centerOn(int v) {
        view.centerOn(v);
    }

    public void ensureVisible(int v) {
        view.ensureVisible(v);
    }

    public boolean isCollapsed(int v) {
        return view.isCollapsed(v);
    }

    public void setCollapsed(int v, boolean collapse) {
        view.setCollapsed(v, collapse);
    }

    public void toggleCollapsed(int v) {
        view.setCollapsed(v, !view.isCollapsed(v));
    }

    public void collapseAll() {
        view.collapseAll();
    }

    public void expandAll() {
        view.expandAll(getSkinnable().getSelectedNode());
    }

    public int nodeAt(double x, double y) {
        return view.nodeAt(x, y);
    }

    public Point2D nodeToScreen(int v) {
        return view.nodeToScreen(v);
    }

    public boolean isNodeShown(int v) {
        return view.isNodeShown(v);
    }

    void setHovered(int v) {
        if (hovered.get() != v) {
            hovered.set(v);
            requestRedraw();
        }
    }

    // ---- reacting to the control and the view ----

    private void modelChanged() {
        TreeModel m = getSkinnable().getModel() != null ? getSkinnable().getModel() : TreeModel.EMPTY;
        TreeCanvas c = getSkinnable();
        if (c.getSelectedNode() >= m.size()) {
            c.setSelectedNode(-1);
        }
        view.setModel(m, c.getSelectedNode());
        highlightChanged();
    }

    private void viewChanged() {
        int h = hovered.get();
        if (h >= 0 && !view.isNodeShown(h)) {
            hovered.set(-1);
        }
        lod.set(view.camera().levelOfDetail());
        zoom.set(view.camera().sx());
        requestRedraw();
    }

    private void highlightChanged() {
        BitSet h = new BitSet();
        int[] ids = getSkinnable().getHighlightedNodes();
        if (ids != null) {
            for (int id : ids) {
                if (id >= 0) {
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
        if (getSkinnable().isFollowSelection() && view.isNode(s)) {
            view.ensureVisible(s);
        }
        requestRedraw();
    }

    private void backgroundRasterReady(long nanos) {
        if (frameListener != null) {
            frameListener.rasterisedInBackground(nanos);
        }
        requestRedraw();
    }

    // ---- painting ----

    /** Whether a pending paint may wait: the last paint was of a big raster, and the camera has not moved since. */
    private boolean mayWait() {
        Camera cam = view.camera();
        return paintedBig && cam.sx() == paintedSx && cam.sy() == paintedSy && cam.tx() == paintedTx && cam.ty() == paintedTy;
    }

    private ViewFrame frameFor() {
        ViewFrame f = frame;
        Camera camera = view.camera();
        ColorMode mode = getSkinnable().getColorMode() != null ? getSkinnable().getColorMode() : ColorMode.SCORE;
        f.tree = view.tree();
        f.colors = colors.update(palette, f.tree, mode);
        f.palette = palette;
        f.highlighted = highlighted;
        f.lod = camera.levelOfDetail();
        f.sx = camera.sx();
        f.sy = camera.sy();
        f.tx = camera.tx();
        f.ty = camera.ty();
        f.width = canvas.getWidth();
        f.height = canvas.getHeight();
        f.raster = view.isRaster();
        return f;
    }

    private void paint() {
        long start = System.nanoTime();
        long requested = scheduler.requestedAt();
        TreeCanvas c = getSkinnable();
        if (c == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        ViewFrame f = frameFor();
        FrameKind kind = FrameKind.VECTOR;
        if (f.raster) {
            raster.draw(g, f, bakedRevision);
            kind = raster.previewed() ? FrameKind.RASTER_PREVIEW
                    : raster.rerendered() ? FrameKind.RASTER_RENDERED : FrameKind.RASTER_CACHED;
        } else {
            vector.paint(g, f);
        }
        overlay.paint(g, f, c.getSelectedNode(), hovered.get(), c.getPhaseOverlay(), start);
        paintedBig = f.raster && f.tree.layout().shownCount() > RasterCache.ASYNC_LIMIT;
        paintedSx = f.sx;
        paintedSy = f.sy;
        paintedTx = view.camera().tx();
        paintedTy = view.camera().ty();
        if (OverlayPainter.animates(c.getPhaseOverlay())) {
            requestRedraw();
        }
        if (frameListener != null) {
            frameListener.painted(requested, start, System.nanoTime(), kind);
        }
    }
}
