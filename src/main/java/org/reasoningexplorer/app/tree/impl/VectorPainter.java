package org.reasoningexplorer.app.tree.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.reasoningexplorer.app.tree.LevelOfDetail;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Draws a zoomed-in tree with the GraphicsContext: rounded boxes with labels, edges as one-pixel filled
 * rectangles (several times cheaper than stroked lines in the software pipeline). Only used when a
 * few hundred nodes are on screen.
 */
final class VectorPainter {
    private final TextFitter label;
    private final TextFitter bold;
    private final TextFitter small;
    private final ColorCache colors = new ColorCache();
    private final Map<Integer, List<String>> wrapped = new HashMap<>();
    private LaidOutTree wrappedTree;
    private double wrappedWidth;
    private int wrappedLines;

    VectorPainter() {
        String family = Font.getDefault().getFamily();
        label = new TextFitter(Font.font(family, 12));
        bold = new TextFitter(Font.font(family, FontWeight.BOLD, 11));
        small = new TextFitter(Font.font(family, 10));
    }

    void paint(GraphicsContext g, ViewFrame f) {
        TreePalette p = f.palette;
        g.setFill(p.color(Swatch.BACKGROUND));
        g.fillRect(0, 0, f.width, f.height);
        LaidOutTree t = f.tree;
        if (t.model().isEmpty()) {
            return;
        }
        double bh = f.boxHeight();
        LayerIndex idx = t.index();
        int dFirst = idx.firstDepthAtOrBelow((-bh - f.ty) / f.sy);
        int dLast = Math.min(idx.levelCount() - 1, idx.lastDepthAtOrAbove((f.height + bh - f.ty) / f.sy) + 1);
        for (int d = Math.max(1, dFirst); d <= dLast; d++) {
            edges(g, f, d);
        }
        for (int d = Math.max(1, dFirst); d <= dLast; d++) {
            highlightedEdges(g, f, d);
        }
        for (int d = dFirst; d <= dLast; d++) {
            nodes(g, f, d);
        }
    }

    private void edges(GraphicsContext g, ViewFrame f, int d) {
        LaidOutTree t = f.tree;
        LayerIndex idx = t.index();
        TreeModel m = t.model();
        double gap = t.layout().levelGap();
        double half = f.boxHeight() / 2;
        double py = f.screenY((d - 1) * gap);
        double cy = f.screenY(d * gap);
        double bar = Math.floor((py + cy) / 2);
        int edge = f.palette.argb(Swatch.EDGE);
        int faded = NodeColors.blend(edge, f.palette.argb(Swatch.BACKGROUND), 0.55);
        int start = idx.levelStart(d);
        int k0 = Math.max(start, idx.lowerBound(d, (-2 - f.tx) / f.sx) - 1);
        int k1 = Math.min(idx.levelEnd(d), idx.upperBound(d, (f.width + 2 - f.tx) / f.sx) + 1);
        for (int k = k0; k < k1; k++) {
            int c = idx.node(k);
            boolean pruned = m.hasFlag(c, TreeModel.IN_PRUNED_BRANCH);
            g.setFill(colors.get(pruned ? faded : edge));
            double cx = Math.floor(f.screenX(idx.x(k)));
            vertical(g, cx, bar, cy - half, pruned);
            if (k > start && m.parent(idx.node(k - 1)) == m.parent(c)) {
                // The left sibling may lie far off screen: clip, or a dashed bar costs a rectangle per 7 px of it.
                double prev = Math.max(-4, Math.floor(f.screenX(idx.x(k - 1))));
                horizontal(g, prev, Math.min(f.width + 4, cx + 1), bar, pruned);
            }
        }
        int pk0 = idx.lowerBound(d - 1, (-2 - f.tx) / f.sx);
        int pk1 = idx.upperBound(d - 1, (f.width + 2 - f.tx) / f.sx);
        for (int k = pk0; k < pk1; k++) {
            int v = idx.node(k);
            if (t.isOpen(v)) {
                boolean pruned = m.hasFlag(v, TreeModel.IN_PRUNED_BRANCH);
                g.setFill(colors.get(pruned ? faded : edge));
                vertical(g, Math.floor(f.screenX(idx.x(k))), py + half, bar, pruned);
            }
        }
    }

    private void highlightedEdges(GraphicsContext g, ViewFrame f, int d) {
        if (f.highlighted.isEmpty()) {
            return;
        }
        LaidOutTree t = f.tree;
        LayerIndex idx = t.index();
        double half = f.boxHeight() / 2;
        double py = f.screenY((d - 1) * t.layout().levelGap());
        double cy = f.screenY(d * t.layout().levelGap());
        double bar = Math.floor((py + cy) / 2);
        g.setFill(f.palette.color(Swatch.HIGHLIGHT));
        int k0 = idx.lowerBound(d, (-2 - f.tx) / f.sx);
        int k1 = idx.upperBound(d, (f.width + 2 - f.tx) / f.sx);
        for (int k = k0; k < k1; k++) {
            int c = idx.node(k);
            int p = t.model().parent(c);
            if (f.highlighted.get(c) && f.highlighted.get(p)) {
                double cx = Math.floor(f.screenX(idx.x(k)));
                double px = Math.floor(f.screenX(t.layout().x(p)));
                g.fillRect(px - 0.5, py + half, 2.5, bar - py - half);
                g.fillRect(Math.min(px, cx) - 0.5, bar - 0.5, Math.abs(px - cx) + 2.5, 2.5);
                g.fillRect(cx - 0.5, bar, 2.5, cy - half - bar);
            }
        }
    }

    private static void vertical(GraphicsContext g, double x, double y0, double y1, boolean dashed) {
        if (!dashed) {
            g.fillRect(x, y0, 1, y1 - y0);
            return;
        }
        for (double y = y0; y < y1; y += 7) {
            g.fillRect(x, y, 1, Math.min(4, y1 - y));
        }
    }

    private static void horizontal(GraphicsContext g, double x0, double x1, double y, boolean dashed) {
        if (!dashed) {
            g.fillRect(x0, y, x1 - x0, 1);
            return;
        }
        for (double x = x0; x < x1; x += 7) {
            g.fillRect(x, y, Math.min(4, x1 - x), 1);
        }
    }

    private void nodes(GraphicsContext g, ViewFrame f, int d) {
        LayerIndex idx = f.tree.index();
        double w = f.boxWidth();
        double cy = f.screenY(d * f.tree.layout().levelGap());
        int k0 = idx.lowerBound(d, (-w / 2 - f.tx) / f.sx);
        int k1 = idx.upperBound(d, (f.width + w / 2 - f.tx) / f.sx);
        for (int k = k0; k < k1; k++) {
            node(g, f, idx.node(k), f.screenX(idx.x(k)), cy);
        }
    }

    private void node(GraphicsContext g, ViewFrame f, int v, double cx, double cy) {
        TreeModel m = f.tree.model();
        TreePalette p = f.palette;
        double w = Math.floor(f.boxWidth());
        double h = Math.floor(f.boxHeight());
        double x0 = Math.floor(cx - w / 2);
        double y0 = Math.floor(cy - h / 2);
        int color = f.colors[v];
        boolean pruned = m.hasFlag(v, TreeModel.IN_PRUNED_BRANCH);
        boolean correct = m.hasFlag(v, TreeModel.CORRECT);
        boolean highlighted = f.highlighted.get(v);
        int background = p.argb(Swatch.BACKGROUND);
        int border = correct ? p.argb(Swatch.GOLD) : highlighted ? p.argb(Swatch.HIGHLIGHT) : color;
        double thick = correct || highlighted ? 2.5 : 1.25;
        if (pruned) {
            g.setFill(colors.get(NodeColors.blend(color, background, 0.7)));
            g.fillRoundRect(x0, y0, w, h, 8, 8);
            g.setStroke(colors.get(color));
            g.setLineWidth(1);
            g.setLineDashes(4, 3);
            g.strokeRoundRect(x0 + 0.5, y0 + 0.5, w - 1, h - 1, 8, 8);
            g.setLineDashes((double[]) null);
        } else {
            g.setFill(colors.get(border));
            g.fillRoundRect(x0, y0, w, h, 8, 8);
            g.setFill(colors.get(NodeColors.blend(color, background, 0.78)));
            g.fillRoundRect(x0 + thick, y0 + thick, w - 2 * thick, h - 2 * thick, 6, 6);
        }
        g.setFill(p.color(pruned ? Swatch.MUTED_TEXT : Swatch.TEXT));
        if (f.lod == LevelOfDetail.FULL_TEXT) {
            fullLabel(g, f, v, x0, y0, w, h);
        } else {
            g.setFont(label.font());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label.ellipsize(NodeLabels.shortLabel(m, v), w - 8), Math.floor(cx), Math.floor(cy) + 0.5);
        }
        if (f.tree.collapsed().get(v) && m.firstChild(v) >= 0) {
            g.setFont(small.font());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.setFill(p.color(Swatch.MUTED_TEXT));
            g.fillText("▾ " + (m.subtreeSize(v) - 1) + " hidden", Math.floor(cx), y0 + h + 2);
        }
    }

    /** Wrapped step text with the stats line under it, the block centred in the box. */
    private void fullLabel(GraphicsContext g, ViewFrame f, int v, double x0, double y0, double w, double h) {
        TreeModel m = f.tree.model();
        String stats = NodeLabels.stats(m, v);
        double statsHeight = stats.isEmpty() ? 0 : small.lineHeight() + 2;
        int lines = (int) Math.max(1, Math.floor((h - 8 - statsHeight) / label.lineHeight()));
        List<String> text = wrapped(f, v, w - 14, lines);
        double y = y0 + Math.max(4, Math.floor((h - text.size() * label.lineHeight() - statsHeight) / 2));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String mark = NodeLabels.answerMark(m, v);
        for (int i = 0; i < text.size(); i++) {
            double x = x0 + 7;
            if (i == 0 && !mark.isEmpty()) {
                g.setFont(bold.font());
                g.fillText(mark, x, y + 1);
                x += bold.width(mark) + 4;
            }
            g.setFont(label.font());
            g.fillText(text.get(i), x, y);
            y += label.lineHeight();
        }
        if (!stats.isEmpty()) {
            g.setFont(small.font());
            g.setFill(f.palette.color(Swatch.MUTED_TEXT));
            g.fillText(small.ellipsize(stats, w - 14), x0 + 7, y + 2);
        }
    }

    private List<String> wrapped(ViewFrame f, int v, double width, int lines) {
        if (wrappedTree != f.tree || wrappedWidth != width || wrappedLines != lines || wrapped.size() > 20_000) {
            wrapped.clear();
            wrappedTree = f.tree;
            wrappedWidth = width;
            wrappedLines = lines;
        }
        List<String> w = wrapped.get(v);
        if (w == null) {
            TreeModel m = f.tree.model();
            String mark = NodeLabels.answerMark(m, v);
            String text = mark.isEmpty() ? m.text(v) : mark + " " + m.text(v);
            w = label.wrap(text, width, lines);
            if (!mark.isEmpty() && !w.isEmpty()) {
                w.set(0, w.get(0).substring(Math.min(w.get(0).length(), mark.length() + 1)));
            }
            wrapped.put(v, w);
        }
        return w;
    }
}
