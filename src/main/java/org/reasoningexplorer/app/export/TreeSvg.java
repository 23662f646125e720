package org.reasoningexplorer.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * The tree as an SVG picture: edges, nodes coloured as in the tree view, short labels, and each node's
 * full text as a tooltip ({@code <title>}). Positions come from the tree view's own layout (hidden,
 * collapsed nodes are left out), spread so that neighbours are at least a label apart.
 */
public final class TreeSvg {
    private static final double MIN_SLOT = 64;
    private static final double MIN_LEVEL = 96;
    private static final double MARGIN = 40;
    private static final double RADIUS = 9;
    private static final int LABEL_CHARS = 16;
    private static final String[] CLUSTERS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"};

    private TreeSvg() {
    }

    /**
     * @param x each node's x as drawn, NaN when it is not shown
     * @param y each node's y as drawn, NaN when it is not shown
     * @param highlighted nodes to ring in orange (sorted), may be empty
     * @param selected the selected node, or -1
     */
    public static void write(TreeModel model, double[] x, double[] y, ColorMode mode, int[] highlighted, int selected,
                             OutputStream out) throws IOException {
        double[] scale = spread(model, x, y);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < model.size(); i++) {
            if (!Double.isNaN(x[i])) {
                minX = Math.min(minX, x[i] * scale[0]);
                maxX = Math.max(maxX, x[i] * scale[0]);
                minY = Math.min(minY, y[i] * scale[1]);
                maxY = Math.max(maxY, y[i] * scale[1]);
            }
        }
        if (minX > maxX) {
            minX = maxX = minY = maxY = 0;
        }
        double ox = MARGIN - minX;
        double oy = MARGIN - minY;
        double w = maxX - minX + 2 * MARGIN;
        double h = maxY - minY + 2 * MARGIN + 24;
        StringBuilder sb = new StringBuilder(256 + model.size() * 220);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                        + "viewBox=\"0 0 %.0f %.0f\" font-family=\"Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif\">\n", w, h, w, h))
                .append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fbfbfc\"/>\n", w, h))
                .append("<g stroke=\"#a3abb6\" stroke-width=\"1.2\">\n");
        for (int i = 1; i < model.size(); i++) {
            int p = model.parent(i);
            if (!Double.isNaN(x[i]) && !Double.isNaN(x[p])) {
                boolean pruned = model.hasFlag(i, TreeModel.IN_PRUNED_BRANCH);
                sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s/>\n",
                        x[p] * scale[0] + ox, y[p] * scale[1] + oy, x[i] * scale[0] + ox, y[i] * scale[1] + oy,
                        pruned ? " stroke-dasharray=\"4 3\" opacity=\"0.5\"" : ""));
            }
        }
        sb.append("</g>\n<g font-size=\"10\" text-anchor=\"middle\">\n");
        for (int i = 0; i < model.size(); i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            double cx = x[i] * scale[0] + ox;
            double cy = y[i] * scale[1] + oy;
            boolean ring = Arrays.binarySearch(highlighted, i) >= 0;
            String stroke = i == selected ? "#1f6feb" : ring ? "#f07c00" : model.hasFlag(i, TreeModel.CORRECT) ? "#d49b00" : "#ffffff";
            double sw = i == selected || ring || model.hasFlag(i, TreeModel.CORRECT) ? 3 : 1;
            sb.append("<g><title>").append(escape(i + ": " + model.text(i))).append("</title>")
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" "
                            + "stroke-width=\"%.1f\"%s/>", cx, cy, RADIUS, color(model, i, mode), stroke, sw,
                            model.hasFlag(i, TreeModel.IN_PRUNED_BRANCH) ? " opacity=\"0.45\"" : ""))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#1f2328\">%s</text>", cx,
                            cy + RADIUS + 12, escape(label(model, i))))
                    .append("</g>\n");
        }
        sb.append("</g>\n</svg>\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Factors that put adjacent nodes at least {@link #MIN_SLOT} apart across and {@link #MIN_LEVEL} down. */
    private static double[] spread(TreeModel model, double[] x, double[] y) {
        double minGap = Double.POSITIVE_INFINITY;
        double level = Double.POSITIVE_INFINITY;
        for (int i = 1; i < model.size(); i++) {
            int s = model.nextSibling(i);
            if (s >= 0 && !Double.isNaN(x[i]) && !Double.isNaN(x[s]) && Math.abs(x[s] - x[i]) > 1e-9) {
                minGap = Math.min(minGap, Math.abs(x[s] - x[i]));
            }
            int p = model.parent(i);
            if (!Double.isNaN(y[i]) && !Double.isNaN(y[p]) && Math.abs(y[i] - y[p]) > 1e-9) {
                level = Math.min(level, Math.abs(y[i] - y[p]));
            }
        }
        double sx = Double.isInfinite(minGap) ? 1 : Math.max(1, MIN_SLOT / minGap);
        double sy = Double.isInfinite(level) ? 1 : Math.max(1, MIN_LEVEL / level);
        return new double[] {sx, sy};
    }

    private static String label(TreeModel m, int i) {
        if (m.hasVisits() && m.visits(i) > 0) {
            return String.format(Locale.ROOT, "N %d · Q %.2f", m.visits(i), m.meanQ(i));
        }
        String t = m.text(i).strip();
        return t.length() > LABEL_CHARS ? t.substring(0, LABEL_CHARS - 1) + "…" : t;
    }

    static String color(TreeModel m, int i, ColorMode mode) {
        switch (mode) {
            case VISITS: {
                if (m.visits(i) <= 0) {
                    return "#b4bac3";
                }
                double t = Math.log1p(m.visits(i)) / Math.log1p(Math.max(1, m.maxVisits()));
                return blend(0xa9c1e8, 0x1b3d91, Math.min(1, t));
            }
            case CORRECTNESS:
                if (m.hasFlag(i, TreeModel.CORRECT)) {
                    return "#2e9d4a";
                }
                if (m.hasFlag(i, TreeModel.WRONG)) {
                    return "#d64933";
                }
                if (m.hasFlag(i, TreeModel.LEADS_TO_CORRECT)) {
                    return blend(0x2e9d4a, 0xb4bac3, 0.45);
                }
                return m.hasFlag(i, TreeModel.LEADS_TO_WRONG) ? blend(0xd64933, 0xb4bac3, 0.45) : "#b4bac3";
            case CLUSTER:
                return m.answerCluster(i) >= 0 ? CLUSTERS[m.answerCluster(i) % CLUSTERS.length] : "#b4bac3";
            default: {
                float s = m.score(i);
                if (Float.isNaN(s)) {
                    return "#b4bac3";
                }
                return s < 0.5 ? blend(0xd64933, 0xe9b10f, s * 2) : blend(0xe9b10f, 0x2e9d4a, (s - 0.5) * 2);
            }
        }
    }

    private static String blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
