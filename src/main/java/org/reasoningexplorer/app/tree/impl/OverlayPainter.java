package org.reasoningexplorer.app.tree.impl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.reasoningexplorer.app.tree.PhaseOverlay;

/**
 * Draws what changes often on top of the tree, as a handful of primitives: the selection, the hovered
 * node and the MCTS phase (select path, expanded children, a rollout, a flashing backup path).
 */
final class OverlayPainter {
    /** One flash of the backpropagation path, in nanoseconds. */
    static final long FLASH_PERIOD = 900_000_000L;

    private final Font valueFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);

    void paint(GraphicsContext g, ViewFrame f, int selected, int hovered, PhaseOverlay phase, long now) {
        if (phase != null) {
            phase(g, f, phase, now);
        }
        g.setLineDashes((double[]) null);
        if (hovered >= 0 && hovered != selected) {
            mark(g, f, hovered, f.palette.color(Swatch.HOVER), 1.5, 2);
        }
        if (selected >= 0) {
            mark(g, f, selected, f.palette.color(Swatch.SELECTION), 2.5, 3);
        }
        g.setGlobalAlpha(1);
    }

    private boolean shown(ViewFrame f, int v) {
        return v >= 0 && v < f.tree.layout().size() && f.tree.layout().isShown(v);
    }

    /** A ring round a dot, or an outline round a box. */
    private void mark(GraphicsContext g, ViewFrame f, int v, Color color, double width, double gap) {
        if (!shown(f, v)) {
            return;
        }
        double x = f.screenX(f.tree.layout().x(v));
        double y = f.screenY(f.tree.layout().y(v));
        g.setStroke(color);
        g.setLineWidth(width);
        if (f.raster) {
            double r = Math.max(4, f.dotRadius() + 2) + gap;
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            double w = Math.floor(f.boxWidth()) + 2 * gap;
            double h = Math.floor(f.boxHeight()) + 2 * gap;
            g.strokeRoundRect(Math.floor(x - w / 2) + 0.5, Math.floor(y - h / 2) + 0.5, w - 1, h - 1, 10, 10);
        }
    }

    private double halfHeight(ViewFrame f) {
        return f.raster ? Math.max(3, f.dotRadius() + 1) : Math.floor(f.boxHeight()) / 2;
    }

    private void phase(GraphicsContext g, ViewFrame f, PhaseOverlay phase, long now) {
        TreePalette p = f.palette;
        switch (phase.phase()) {
            case SELECT -> path(g, f, phase, p.color(Swatch.PHASE_SELECT));
            case BACKPROP -> {
                double t = (now % FLASH_PERIOD) / (double) FLASH_PERIOD;
                g.setGlobalAlpha(0.3 + 0.7 * (0.5 + 0.5 * Math.cos(2 * Math.PI * t)));
                path(g, f, phase, p.color(Swatch.PHASE_BACKPROP));
                g.setGlobalAlpha(1);
                int root = phase.pathNode(0);
                if (shown(f, root)) {
                    double x = f.screenX(f.tree.layout().x(root)) + (f.raster ? 10 : f.boxWidth() / 2 + 6);
                    value(g, f, x, f.screenY(f.tree.layout().y(root)), phase.value(), "↑ ", p.color(Swatch.PHASE_BACKPROP));
                }
            }
            case EXPAND -> expand(g, f, phase, p.color(Swatch.PHASE_EXPAND));
            case SIMULATE -> rollout(g, f, phase, p.color(Swatch.PHASE_SIMULATE));
            default -> throw new IllegalStateException("unknown phase " + phase.phase());
        }
    }

    private void path(GraphicsContext g, ViewFrame f, PhaseOverlay phase, Color color) {
        g.setLineCap(StrokeLineCap.ROUND);
        for (int i = 1; i < phase.pathLength(); i++) {
            elbow(g, f, phase.pathNode(i - 1), phase.pathNode(i), color, f.raster ? 2.5 : 3.5);
        }
        for (int i = 0; i < phase.pathLength(); i++) {
            mark(g, f, phase.pathNode(i), color, 2, 1);
        }
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    private void elbow(GraphicsContext g, ViewFrame f, int parent, int child, Color color, double width) {
        if (!shown(f, parent) || !shown(f, child)) {
            return;
        }
        TreeLayout l = f.tree.layout();
        double px = f.screenX(l.x(parent));
        double py = f.screenY(l.y(parent)) + halfHeight(f);
        double cx = f.screenX(l.x(child));
        double cy = f.screenY(l.y(child)) - halfHeight(f);
        double bar = Math.floor((f.screenY(l.y(parent)) + f.screenY(l.y(child))) / 2);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokePolyline(new double[] {px, px, cx, cx}, new double[] {py, bar, bar, cy}, 4);
    }

    private void expand(GraphicsContext g, ViewFrame f, PhaseOverlay phase, Color color) {
        int node = phase.node();
        int[] children = phase.children();
        for (int c : children) {
            elbow(g, f, node, c, color, 2.5);
        }
        mark(g, f, node, color, 2.5, 2);
        for (int c : children) {
            mark(g, f, c, color, 2, 1);
            if (shown(f, c) && f.raster) {
                double x = f.screenX(f.tree.layout().x(c));
                double y = f.screenY(f.tree.layout().y(c));
                g.setFill(color);
                g.fillOval(x - 3, y - 3, 6, 6);
            }
        }
    }

    /**
     * The rollout hangs below the node as a dashed line of k steps, not part of the tree, drawn in the
     * gap beside the node so it never covers the node's children.
     */
    private void rollout(GraphicsContext g, ViewFrame f, PhaseOverlay phase, Color color) {
        int v = phase.node();
        if (!shown(f, v)) {
            return;
        }
        mark(g, f, v, color, 2.5, 2);
        double x = f.screenX(f.tree.layout().x(v));
        double y = f.screenY(f.tree.layout().y(v));
        double edge = f.raster ? Math.max(4, f.dotRadius() + 2) : Math.floor(f.boxWidth()) / 2 + 2;
        double gx = f.raster ? x + edge + 5 : x + f.sx / 2;
        double step = Math.max(12, Math.min(36, f.sy * 0.5));
        int k = phase.rolloutSteps();
        double end = y + Math.max(1, k) * step;
        g.setStroke(color);
        g.setLineWidth(2);
        g.setLineDashes(5, 4);
        g.strokePolyline(new double[] {x + edge, gx, gx}, new double[] {y, y, end}, 3);
        g.setLineDashes((double[]) null);
        g.setFill(f.palette.color(Swatch.BACKGROUND));
        for (int i = 1; i <= k; i++) {
            double cy = y + i * step;
            g.fillOval(gx - 4, cy - 4, 8, 8);
            g.strokeOval(gx - 4, cy - 4, 8, 8);
        }
        g.setFill(color);
        g.fillOval(gx - 4, end - 4, 8, 8);
        value(g, f, gx + 8, end, phase.value(), "→ ", color);
    }

    /** A value written at a point, e.g. beside the root after a backup or under a rollout. */
    private void value(GraphicsContext g, ViewFrame f, double x, double y, double value, String prefix, Color color) {
        if (Double.isNaN(value)) {
            return;
        }
        String text = prefix + NodeLabels.decimal(value);
        g.setFill(f.palette.color(Swatch.BACKGROUND));
        g.fillRoundRect(x - 3, y - 8, text.length() * 7 + 6, 16, 6, 6);
        g.setFont(valueFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(color);
        g.fillText(text, x, y);
    }

    static boolean animates(PhaseOverlay phase) {
        return phase != null && phase.phase() == PhaseOverlay.Phase.BACKPROP;
    }
}
