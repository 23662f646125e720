package org.reasoningexplorer.app.tree;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.reasoningexplorer.app.tree.impl.TreeCanvasSkin;

/**
 * An interactive view of a reasoning search tree (MCTS, beam search, Tree of Thoughts, Best-of-N) that
 * stays smooth at a million nodes.
 *
 * <p>The tree is drawn on one canvas the size of the viewport: coloured dots rasterised into one image
 * when zoomed out, boxes with short labels nearer, and the full step text close up (see
 * {@link #levelOfDetailProperty()}). Pruned branches are dashed and faded; answers are coloured by
 * cluster or correctness, and correct answers are ringed in gold and marked ✓. Drag pans, the wheel
 * zooms toward the cursor, a click selects, a double click collapses or expands, hovering shows a
 * tooltip. Keys: arrows move the selection to the parent (↑), first child (↓) or neighbour (← →),
 * {@code +}/{@code -} zoom, {@code F} fits, {@code Space} collapses, {@code Enter} centres, {@code Esc}
 * clears the selection. Big trees are laid out on a background thread; {@link #layingOutProperty()}
 * is true meanwhile.
 *
 * <pre>{@code
 * TreeCanvas view = new TreeCanvas();
 * view.setModel(TreeModel.from(traceTree, traceTree.size()));   // build off the FX thread for big trees
 * view.setColorMode(ColorMode.CLUSTER);
 * view.selectedNodeProperty().addListener((o, was, now) -> details.show(now.intValue()));
 * view.setPhaseOverlay(PhaseOverlay.select(0, 3, 7));
 * }</pre>
 *
 * <p><b>CSS.</b> Style class {@code tree-canvas}; stylesheet {@code tree-canvas.css} beside this class.
 * Pseudo-classes: {@code :empty} (no model, or a model without nodes) and {@code :loading} (a layout
 * is running in the background). Colour properties, each a colour: {@code -tree-background},
 * {@code -tree-edge}, {@code -tree-text}, {@code -tree-muted-text}, {@code -tree-node} (unscored),
 * {@code -tree-score-low}/{@code -mid}/{@code -high}, {@code -tree-visits-low}/{@code -high},
 * {@code -tree-correct}, {@code -tree-wrong}, {@code -tree-gold}, {@code -tree-selection},
 * {@code -tree-hover}, {@code -tree-highlight}, {@code -tree-phase-select}/{@code -expand}/{@code
 * -simulate}/{@code -backprop} and {@code -tree-cluster-0} … {@code -tree-cluster-7}. The stylesheet
 * sets them from looked-up colours ({@code -tc-background}, …) that a theme may redefine; it ships a
 * light set and a dark set applied under {@code .root.dark}.
 */
public final class TreeCanvas extends Control {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");

    private final ObjectProperty<TreeModel> model = new SimpleObjectProperty<>(this, "model");
    private final IntegerProperty selectedNode = new SimpleIntegerProperty(this, "selectedNode", -1);
    private final ReadOnlyIntegerWrapper hoveredNode = new ReadOnlyIntegerWrapper(this, "hoveredNode", -1);
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode", ColorMode.SCORE);
    private final ObjectProperty<int[]> highlightedNodes = new SimpleObjectProperty<>(this, "highlightedNodes");
    private final ObjectProperty<PhaseOverlay> phaseOverlay = new SimpleObjectProperty<>(this, "phaseOverlay");
    private final BooleanProperty followSelection = new SimpleBooleanProperty(this, "followSelection", true);
    private final ObjectProperty<Function<Integer, String>> tooltipProvider = new SimpleObjectProperty<>(this, "tooltipProvider");
    private final ReadOnlyObjectWrapper<LevelOfDetail> levelOfDetail = new ReadOnlyObjectWrapper<>(this, "levelOfDetail", LevelOfDetail.DOTS);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut", false);

    public TreeCanvas() {
        getStyleClass().add("tree-canvas");
        setFocusTraversable(true);
        pseudoClassStateChanged(EMPTY, true);
        model.addListener((o, was, now) -> pseudoClassStateChanged(EMPTY, now == null || now.isEmpty()));
        layingOut.addListener((o, was, now) -> pseudoClassStateChanged(LOADING, now));
        skinProperty().addListener((o, was, now) -> followSkin(now));
    }

    public TreeCanvas(TreeModel model) {
        this();
        setModel(model);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TreeCanvasSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TreeCanvas.class.getResource("tree-canvas.css").toExternalForm();
    }

    /** The read-only outputs mirror the skin's, which computes them. */
    private void followSkin(Skin<?> skin) {
        hoveredNode.unbind();
        levelOfDetail.unbind();
        zoom.unbind();
        layingOut.unbind();
        if (skin instanceof TreeCanvasSkin s) {
            hoveredNode.bind(s.hoveredNodeProperty());
            levelOfDetail.bind(s.levelOfDetailProperty());
            zoom.bind(s.zoomProperty());
            layingOut.bind(s.layingOutProperty());
        } else {
            hoveredNode.set(-1);
            layingOut.set(false);
        }
    }

    private TreeCanvasSkin view() {
        return getSkin() instanceof TreeCanvasSkin s ? s : null;
    }

    // ---- properties ----

    /** The tree to show; null shows nothing. Replacing it with a grown copy keeps the view and collapsed nodes. */
    public ObjectProperty<TreeModel> modelProperty() {
        return model;
    }

    public TreeModel getModel() {
        return model.get();
    }

    public void setModel(TreeModel value) {
        model.set(value);
    }

    /** The selected node id, -1 for none. */
    public IntegerProperty selectedNodeProperty() {
        return selectedNode;
    }

    public int getSelectedNode() {
        return selectedNode.get();
    }

    public void setSelectedNode(int value) {
        selectedNode.set(value);
    }

    /** The node under the mouse, -1 for none. */
    public ReadOnlyIntegerProperty hoveredNodeProperty() {
        return hoveredNode.getReadOnlyProperty();
    }

    public int getHoveredNode() {
        return hoveredNode.get();
    }

    /** What node colours show. */
    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    public ColorMode getColorMode() {
        return colorMode.get();
    }

    public void setColorMode(ColorMode value) {
        colorMode.set(value);
    }

    /**
     * Nodes to emphasise, e.g. the chains behind an answer or the MCTS select path; an edge is
     * emphasised when both its ends are. Set a new array to change it: the view does not watch the array.
     */
    public ObjectProperty<int[]> highlightedNodesProperty() {
        return highlightedNodes;
    }

    public int[] getHighlightedNodes() {
        return highlightedNodes.get();
    }

    public void setHighlightedNodes(int... value) {
        highlightedNodes.set(value);
    }

    /** The MCTS phase drawn over the tree, or null. */
    public ObjectProperty<PhaseOverlay> phaseOverlayProperty() {
        return phaseOverlay;
    }

    public PhaseOverlay getPhaseOverlay() {
        return phaseOverlay.get();
    }

    public void setPhaseOverlay(PhaseOverlay value) {
        phaseOverlay.set(value);
    }

    /** Whether the view pans (and expands collapsed ancestors) to keep a newly selected node in sight. */
    public BooleanProperty followSelectionProperty() {
        return followSelection;
    }

    public boolean isFollowSelection() {
        return followSelection.get();
    }

    public void setFollowSelection(boolean value) {
        followSelection.set(value);
    }

    /** The hover tooltip's text for a node id; null uses the step text, scores and status. */
    public ObjectProperty<Function<Integer, String>> tooltipProviderProperty() {
        return tooltipProvider;
    }

    public Function<Integer, String> getTooltipProvider() {
        return tooltipProvider.get();
    }

    public void setTooltipProvider(Function<Integer, String> value) {
        tooltipProvider.set(value);
    }

    /** What the current zoom draws: dots, short labels or full text. */
    public ReadOnlyObjectProperty<LevelOfDetail> levelOfDetailProperty() {
        return levelOfDetail.getReadOnlyProperty();
    }

    public LevelOfDetail getLevelOfDetail() {
        return levelOfDetail.get();
    }

    /** Horizontal zoom in pixels per sibling slot (adjacent leaves are one slot apart). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    /** True while a big tree is being laid out in the background; the previous picture stays meanwhile. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public boolean isLayingOut() {
        return layingOut.get();
    }

    // ---- view operations: they act once the control has its skin (is in a scene), and do nothing before ----

    /** Scales and centres the view so every shown node fits; done automatically for each new tree. */
    public void fitToWindow() {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.fitToWindow();
        }
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the point (x, y) of the control fixed. */
    public void zoomAt(double factor, double x, double y) {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.zoomAt(factor, x, y);
        }
    }

    /** Moves the picture by (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.panBy(dx, dy);
        }
    }

    /** Puts the node in the middle of the view, expanding collapsed ancestors. */
    public void centerOn(int node) {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.centerOn(node);
        }
    }

    /** Collapses the node (hiding its descendants) or expands it again. */
    public void toggleCollapsed(int node) {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.toggleCollapsed(node);
        }
    }

    public void setCollapsed(int node, boolean collapsed) {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.setCollapsed(node, collapsed);
        }
    }

    public boolean isCollapsed(int node) {
        TreeCanvasSkin v = view();
        return v != null && v.isCollapsed(node);
    }

    /** Collapses every node below the root's children. */
    public void collapseAll() {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.collapseAll();
        }
    }

    public void expandAll() {
        TreeCanvasSkin v = view();
        if (v != null) {
            v.expandAll();
        }
    }

    /** The node drawn under the point (x, y) of the control, or -1. */
    public int nodeAt(double x, double y) {
        TreeCanvasSkin v = view();
        return v != null ? v.nodeAt(x, y) : -1;
    }

    /** Where the node is drawn in the control's coordinates, or null when it is hidden by a collapse. */
    public Point2D nodeToScreen(int node) {
        TreeCanvasSkin v = view();
        return v != null ? v.nodeToScreen(node) : null;
    }

    /** Whether the node is part of the current layout (not hidden inside a collapsed subtree). */
    public boolean isNodeShown(int node) {
        TreeCanvasSkin v = view();
        return v != null && v.isNodeShown(node);
    }
}
