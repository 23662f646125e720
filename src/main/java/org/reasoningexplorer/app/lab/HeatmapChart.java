package org.reasoningexplorer.app.lab;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.reasoningexplorer.engine.lab.IsoLines;
import org.reasoningexplorer.engine.lab.SkillBudgetGrid;

/** The skill × budget grid as coloured cells (accuracy) with iso-accuracy contour polylines on a canvas. */
public final class HeatmapChart extends LabChart {
    private static final double LEFT = 70;
    private static final double RIGHT = 90;
    private static final double TOP = 16;
    private static final double BOTTOM = 56;
    private SkillBudgetGrid.Result result;

    public void setData(SkillBudgetGrid.Result r, String xLabel, String yLabel) {
        this.result = r;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        draw();
    }

    /** A perceptually ordered ramp from dark blue (0) through teal to yellow (1). */
    static Color ramp(double v) {
        double t = Math.max(0, Math.min(1, v));
        Color[] stops = {Color.web("#30123b"), Color.web("#3e5fcf"), Color.web("#1fa8a0"), Color.web("#7ad151"), Color.web("#fde725")};
        double f = t * (stops.length - 1);
        int i = (int) Math.min(stops.length - 2, Math.floor(f));
        return stops[i].interpolate(stops[i + 1], f - i);
    }

    @Override
    protected void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = clear();
        Color fg = foreground();
        if (result == null || w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        double[] skills = result.skills();
        int[] budgets = result.budgets();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        double bx0 = CurveChart.log2(budgets[0]) - 0.5;
        double bx1 = CurveChart.log2(budgets[budgets.length - 1]) + 0.5;
        double sy0 = skills[0] - half(skills, 0, false);
        double sy1 = skills[skills.length - 1] + half(skills, skills.length - 1, true);
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int si = 0; si < skills.length; si++) {
            double yTop = y(skills[si] + half(skills, si, true), sy0, sy1, ph);
            double yBottom = y(skills[si] - half(skills, si, false), sy0, sy1, ph);
            for (int bi = 0; bi < budgets.length; bi++) {
                double lb = CurveChart.log2(budgets[bi]);
                double xl = x(lb - 0.5, bx0, bx1, pw);
                double xr = x(lb + 0.5, bx0, bx1, pw);
                double a = result.accuracy()[si][bi];
                g.setFill(ramp(a));
                g.fillRect(xl, yTop, xr - xl + 0.5, yBottom - yTop + 0.5);
                if (xr - xl > 34 && yBottom - yTop > 16) {
                    g.setFill(a > 0.55 ? Color.web("#1b1b1b") : Color.WHITE);
                    g.setTextAlign(TextAlignment.RIGHT);
                    g.fillText(String.format(Locale.ROOT, "%.2f", a), xr - 6, yBottom - 10);
                    g.setTextAlign(TextAlignment.CENTER);
                }
            }
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.6);
        g.setLineDashes(5, 3);
        for (IsoLines.Line line : result.contours()) {
            g.beginPath();
            for (int i = 0; i < line.x().length; i++) {
                double px = x(line.x()[i], bx0, bx1, pw);
                double py = y(line.y()[i], sy0, sy1, ph);
                if (i == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
            if (line.x().length > 0) {
                int last = line.x().length - 1;
                double lx = x(line.x()[last], bx0, bx1, pw);
                double ly = y(line.y()[last], sy0, sy1, ph);
                g.setFill(Color.rgb(0, 0, 0, 0.55));
                g.fillRoundRect(lx + 4, ly - 8, 26, 16, 6, 6);
                g.setFill(Color.WHITE);
                g.fillText(String.format(Locale.ROOT, "%.1f", line.level()), lx + 17, ly);
            }
        }
        g.setLineDashes();
        g.setStroke(fg);
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, pw, ph);
        g.setFill(fg);
        g.setTextBaseline(VPos.TOP);
        for (int b : budgets) {
            g.fillText(Integer.toString(b), x(CurveChart.log2(b), bx0, bx1, pw), TOP + ph + 6);
        }
        g.fillText(xLabel, LEFT + pw / 2, TOP + ph + 28);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double s : skills) {
            g.fillText(String.format(Locale.ROOT, "%.1f", s), LEFT - 8, y(s, sy0, sy1, ph));
        }
        drawYLabel(g, TOP + ph / 2);
        double lx = LEFT + pw + 24;
        for (int i = 0; i <= 50; i++) {
            g.setFill(ramp(i / 50.0));
            g.fillRect(lx, TOP + ph * (1 - (i + 1) / 51.0), 18, ph / 51.0 + 1);
        }
        g.setFill(fg);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i <= 4; i++) {
            g.fillText(String.format(Locale.ROOT, "%.2f", i / 4.0), lx + 24, TOP + ph * (1 - i / 4.0));
        }
    }

    private static double half(double[] v, int i, boolean up) {
        if (v.length == 1) {
            return 0.5;
        }
        if (up) {
            return i + 1 < v.length ? (v[i + 1] - v[i]) / 2 : (v[i] - v[i - 1]) / 2;
        }
        return i > 0 ? (v[i] - v[i - 1]) / 2 : (v[i + 1] - v[i]) / 2;
    }

    private static double x(double v, double lo, double hi, double pw) {
        return LEFT + pw * (v - lo) / (hi - lo);
    }

    private static double y(double v, double lo, double hi, double ph) {
        return TOP + ph * (1 - (v - lo) / (hi - lo));
    }
}
