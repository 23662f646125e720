package org.reasoningexplorer.app.lab;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A small line chart on a canvas: a log₂ x axis labelled with powers of two, accuracy from 0 to 1 on y,
 * each series with an optional shaded confidence band and a legend on the right.
 */
public final class CurveChart extends LabChart {
    /** One line; {@code low}/{@code high} may be null for no band. */
    public record Series(String name, Color color, double[] x, double[] y, double[] low, double[] high, boolean dashed) {
    }

    static final Color[] PALETTE = {Color.web("#2f6fdf"), Color.web("#d9572b"), Color.web("#2a9d55"), Color.web("#8e44ad"),
        Color.web("#c29100"), Color.web("#16a3b5")};
    private static final double LEFT = 64;
    private static final double RIGHT = 190;
    private static final double TOP = 18;
    private static final double BOTTOM = 56;
    private List<Series> series = List.of();

    public void setData(String xLabel, String yLabel, List<Series> series) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.series = List.copyOf(series);
        draw();
    }

    @Override
    protected void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = clear();
        Color fg = foreground();
        Color grid = isDark() ? Color.web("#3a4049") : Color.web("#e3e6ea");
        if (series.isEmpty() || w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Series s : series) {
            for (double x : s.x()) {
                if (x > 0) {
                    lo = Math.min(lo, log2(x));
                    hi = Math.max(hi, log2(x));
                }
            }
        }
        double x0 = Math.floor(lo);
        double x1 = Math.max(x0 + 1, Math.ceil(hi));
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        g.setFont(Font.font(12));
        g.setLineWidth(1);
        g.setLineDashes();
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 5; i++) {
            double v = i / 5.0;
            double y = TOP + ph * (1 - v);
            g.setStroke(grid);
            g.strokeLine(LEFT, y, LEFT + pw, y);
            g.setFill(fg);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(String.format(Locale.ROOT, "%.1f", v), LEFT - 8, y);
        }
        int step = (int) Math.max(1, Math.ceil((x1 - x0) / 10));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double e = x0; e <= x1; e += step) {
            double x = LEFT + pw * (e - x0) / (x1 - x0);
            g.setStroke(grid);
            g.strokeLine(x, TOP, x, TOP + ph);
            g.setFill(fg);
            g.fillText(String.format(Locale.ROOT, "%,d", (long) Math.pow(2, e)), x, TOP + ph + 6);
        }
        g.setStroke(fg);
        g.strokeRect(LEFT, TOP, pw, ph);
        g.fillText(xLabel, LEFT + pw / 2, TOP + ph + 28);
        drawYLabel(g, TOP + ph / 2);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        for (Series s : series) {
            if (s.low() == null) {
                continue;
            }
            g.setFill(s.color().deriveColor(0, 1, 1, 0.16));
            g.beginPath();
            for (int i = 0; i < s.x().length; i++) {
                point(g, i == 0, px(s.x()[i], x0, x1, pw), py(s.high()[i], ph));
            }
            for (int i = s.x().length - 1; i >= 0; i--) {
                g.lineTo(px(s.x()[i], x0, x1, pw), py(s.low()[i], ph));
            }
            g.closePath();
            g.fill();
        }
        for (Series s : series) {
            g.setStroke(s.color());
            g.setLineWidth(2.2);
            if (s.dashed()) {
                g.setLineDashes(7, 5);
            } else {
                g.setLineDashes();
            }
            g.beginPath();
            for (int i = 0; i < s.x().length; i++) {
                point(g, i == 0, px(s.x()[i], x0, x1, pw), py(s.y()[i], ph));
            }
            g.stroke();
        }
        g.restore();
        g.setLineDashes();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double ly = TOP + 10;
        for (Series s : series) {
            g.setStroke(s.color());
            g.setLineWidth(3);
            if (s.dashed()) {
                g.setLineDashes(6, 4);
            } else {
                g.setLineDashes();
            }
            g.strokeLine(LEFT + pw + 14, ly, LEFT + pw + 38, ly);
            g.setFill(fg);
            g.fillText(s.name(), LEFT + pw + 44, ly);
            ly += 22;
        }
        g.setLineDashes();
    }

    private static void point(GraphicsContext g, boolean first, double x, double y) {
        if (first) {
            g.moveTo(x, y);
        } else {
            g.lineTo(x, y);
        }
    }

    private static double px(double x, double x0, double x1, double pw) {
        return LEFT + pw * (log2(Math.max(x, 1e-9)) - x0) / (x1 - x0);
    }

    private static double py(double v, double ph) {
        return TOP + ph * (1 - Math.max(0, Math.min(1, v)));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
