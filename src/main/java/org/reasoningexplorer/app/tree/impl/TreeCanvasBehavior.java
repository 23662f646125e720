package org.reasoningexplorer.app.tree.impl;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Turns input into view operations: drag pans, the wheel zooms toward the cursor, a click selects, a
 * double click collapses, hovering shows a tooltip, and the keyboard moves the selection
 * (arrows), zooms (+ and -), fits (F) and collapses (Space).
 */
final class TreeCanvasBehavior {
    private static final double DRAG_THRESHOLD = 3;
    private static final double WHEEL_RATE = 0.004;
    private static final double KEY_ZOOM = 1.25;

    private final TreeCanvas control;
    private final TreeCanvasSkin skin;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition tooltipDelay = new PauseTransition(Duration.millis(450));
    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onClicked = this::clicked;
    private final EventHandler<MouseEvent> onMoved = this::moved;
    private final EventHandler<MouseEvent> onExited = e -> unhover();
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::pinched;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private double tipX;
    private double tipY;

    TreeCanvasBehavior(TreeCanvas control, TreeCanvasSkin skin) {
        this.control = control;
        this.skin = skin;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltipDelay.setOnFinished(e -> showTooltip());
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        control.addEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        control.addEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(ZoomEvent.ZOOM, onZoom);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        control.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        control.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        control.removeEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        control.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        tooltipDelay.stop();
        tooltip.hide();
    }

    private void pressed(MouseEvent e) {
        control.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        hideTooltip();
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
            control.setCursor(Cursor.MOVE);
        }
        if (dragging) {
            skin.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        control.setCursor(null);
    }

    private void clicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int v = skin.nodeAt(e.getX(), e.getY());
        if (e.getClickCount() == 1) {
            control.setSelectedNode(v);
        } else if (e.getClickCount() % 2 == 0 && v >= 0) {
            // Every second click of a run toggles, so two quick double clicks collapse and expand.
            skin.toggleCollapsed(v);
        }
    }

    private void moved(MouseEvent e) {
        int v = skin.nodeAt(e.getX(), e.getY());
        tipX = e.getScreenX();
        tipY = e.getScreenY();
        if (v != skin.hoveredNodeProperty().get()) {
            skin.setHovered(v);
            hideTooltip();
            if (v >= 0) {
                tooltipDelay.playFromStart();
            }
        }
    }

    private void unhover() {
        skin.setHovered(-1);
        hideTooltip();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            skin.zoomAt(Math.exp(e.getDeltaY() * WHEEL_RATE), e.getX(), e.getY());
        } else if (e.getDeltaX() != 0) {
            skin.panBy(e.getDeltaX(), 0);
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        skin.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void hideTooltip() {
        tooltipDelay.stop();
        tooltip.hide();
    }

    private void showTooltip() {
        int v = skin.hoveredNodeProperty().get();
        TreeModel m = skin.tree().model();
        if (v < 0 || v >= m.size() || control.getScene() == null || control.getScene().getWindow() == null) {
            return;
        }
        Function<Integer, String> provider = control.getTooltipProvider();
        String text = provider != null ? provider.apply(v) : NodeLabels.tooltip(m, v);
        if (text == null || text.isEmpty()) {
            return;
        }
        tooltip.setText(text);
        tooltip.show(control, tipX + 14, tipY + 18);
    }

    private void keyPressed(KeyEvent e) {
        int s = control.getSelectedNode();
        boolean handled = true;
        switch (e.getCode()) {
            case UP -> select(s < 0 ? 0 : skin.tree().model().parent(s));
            case DOWN -> down(s);
            case LEFT -> select(s < 0 ? 0 : neighbour(s, -1));
            case RIGHT -> select(s < 0 ? 0 : neighbour(s, +1));
            case HOME -> select(0);
            case PLUS, ADD, EQUALS -> zoomAtSelection(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoomAtSelection(1 / KEY_ZOOM);
            case F -> skin.fitToWindow();
            case SPACE -> skin.toggleCollapsed(s);
            case ENTER -> skin.centerOn(s);
            case ESCAPE -> control.setSelectedNode(-1);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void down(int s) {
        if (s < 0) {
            select(0);
        } else if (skin.isCollapsed(s)) {
            skin.setCollapsed(s, false);
        } else {
            select(skin.tree().model().firstChild(s));
        }
    }

    /** The node next to {@code v} on its level (a sibling, or the nearest cousin); v itself at either end. */
    private int neighbour(int v, int step) {
        LaidOutTree t = skin.tree();
        if (v >= t.layout().size() || !t.layout().isShown(v)) {
            return v;
        }
        int d = t.model().depth(v);
        int k = t.index().lowerBound(d, t.layout().x(v)) + step;
        return k >= t.index().levelStart(d) && k < t.index().levelEnd(d) ? t.index().node(k) : v;
    }

    private void select(int v) {
        if (v < 0 || v >= skin.tree().model().size()) {
            return;
        }
        control.setSelectedNode(v);
        skin.ensureVisible(v);
    }

    /** Zooms toward the selected node when it is in view, else toward the middle. */
    private void zoomAtSelection(double factor) {
        double w = control.getWidth();
        double h = control.getHeight();
        Point2D p = skin.nodeToScreen(control.getSelectedNode());
        boolean inView = p != null && p.getX() >= 0 && p.getX() <= w && p.getY() >= 0 && p.getY() <= h;
        skin.zoomAt(factor, inView ? p.getX() : w / 2, inView ? p.getY() : h / 2);
    }
}
