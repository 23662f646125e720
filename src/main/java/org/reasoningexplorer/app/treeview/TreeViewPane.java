package org.reasoningexplorer.app.treeview;

import javafx.beans.value.ChangeListener;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.find.FindBar;
import org.reasoningexplorer.app.shell.ShellViewModel;
import org.reasoningexplorer.app.shell.TreeViewState;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * The centre of the window: the trace's header strip, the find bar, and the tree canvas bound to the
 * replay, the selection and the tree view state. Refits as the tree grows until the person zooms or pans.
 */
public final class TreeViewPane extends BorderPane {
    private static final double ZOOM_STEP = 1.25;

    private final TreeCanvas canvas = new TreeCanvas();
    private final TreeViewState state;
    private boolean fitting;
    private boolean updatingModel;
    private final javafx.beans.property.IntegerProperty selection;

    public TreeViewPane(ShellViewModel vm) {
        this.state = vm.treeView();
        this.selection = vm.selectionProperty();
        getStyleClass().add("rx-tree-pane");
        canvas.setId("tree-canvas");
        // The selection outlives the replay: going back before a node existed must not forget it, so the
        // canvas (which clears a selection its model no longer holds) is synchronised by hand.
        javafx.beans.property.IntegerProperty selection = vm.selectionProperty();
        canvas.selectedNodeProperty().addListener((o, was, now) -> {
            if (!updatingModel) {
                selection.set(now.intValue());
            }
        });
        selection.addListener((o, was, now) -> showSelection(now.intValue()));
        canvas.colorModeProperty().bind(state.colorModeProperty());
        canvas.highlightedNodesProperty().bind(state.highlightBinding());
        canvas.phaseOverlayProperty().bind(state.overlayBinding());
        canvas.followSelectionProperty().bind(state.followSelectionProperty());
        canvas.setTooltipProvider(new NodeTooltip(vm.replay(), vm.messages()));
        // While a big trace opens, the tree read so far is shown growing (fitted to the window); then the trace itself.
        ChangeListener<TreeModel> modelListener = (o, was, now) -> {
            if (vm.openingPreviewProperty().get() == null) {
                showModel(now);
            }
        };
        vm.replay().treeModelProperty().addListener(modelListener);
        vm.openingPreviewProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                // Fitted from the first preview on, until the person pans or zooms.
                state.autoFitProperty().set(true);
            }
            showModel(now != null ? now : vm.replay().treeModelProperty().get());
        });
        showModel(vm.replay().treeModelProperty().get());
        // Only the person's own zooming and panning stops the refitting (the canvas also zooms when it fits).
        canvas.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD, MINUS, SUBTRACT -> state.autoFitProperty().set(false);
                default -> { }
            }
        });
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> state.autoFitProperty().set(false));
        canvas.addEventFilter(ScrollEvent.SCROLL, e -> state.autoFitProperty().set(false));
        state.autoFitProperty().addListener((o, a, on) -> {
            if (on) {
                fit();
            }
        });
        ColorLegend legend = new ColorLegend(state, vm.messages());
        legend.visibleProperty().bind(vm.replay().documentProperty().isNotNull());
        StackPane.setAlignment(legend, javafx.geometry.Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new javafx.geometry.Insets(0, 0, 12, 12));
        DraftsPanel drafts = new DraftsPanel(vm.runs().drafts(), vm.messages());
        StackPane.setAlignment(drafts, javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(drafts, new javafx.geometry.Insets(12, 12, 0, 0));
        StackPane centre = new StackPane(canvas, legend, new EmptyTreeHint(vm), drafts);
        FindBar find = new FindBar(vm.find(), vm.messages(), vm.findShownProperty());
        VBox top = new VBox(new TraceHeaderStrip(vm), find);
        setTop(top);
        setCenter(centre);
    }

    private void showModel(TreeModel m) {
        fitting = true;
        updatingModel = true;
        try {
            canvas.setModel(m);
            showSelection(selection.get());
            if (state.autoFitProperty().get()) {
                canvas.fitToWindow();
            }
        } finally {
            fitting = false;
            updatingModel = false;
        }
    }

    private void showSelection(int node) {
        TreeModel m = canvas.getModel();
        boolean was = updatingModel;
        updatingModel = true;
        try {
            canvas.setSelectedNode(m != null && node >= 0 && node < m.size() ? node : -1);
        } finally {
            updatingModel = was;
        }
    }

    /** Fits the whole tree into the view (and keeps refitting it as it changes). */
    public void fitAndFollow() {
        state.autoFitProperty().set(true);
        fit();
    }

    private void fit() {
        fitting = true;
        try {
            canvas.fitToWindow();
        } finally {
            fitting = false;
        }
    }

    public void zoomIn() {
        state.autoFitProperty().set(false);
        canvas.zoomAt(ZOOM_STEP, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    public void zoomOut() {
        state.autoFitProperty().set(false);
        canvas.zoomAt(1 / ZOOM_STEP, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Collapses or expands the selected node. */
    public void toggleSelected() {
        if (canvas.getSelectedNode() >= 0) {
            canvas.toggleCollapsed(canvas.getSelectedNode());
        }
    }

    public void collapseAll() {
        canvas.collapseAll();
    }

    public void expandAll() {
        canvas.expandAll();
    }

    public void centerOnSelection() {
        if (canvas.getSelectedNode() >= 0) {
            canvas.centerOn(canvas.getSelectedNode());
        }
    }

    public TreeCanvas canvas() {
        return canvas;
    }
}
