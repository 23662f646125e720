package org.reasoningexplorer.app.longcot;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.reasoningexplorer.engine.longcot.LongChain;

/** A small chart of the per-step values along a chain, marking aha moments (▲ green) and wrong turns (▼ red). */
final class ValueChart extends Region {
    static final Color AHA = Color.web("#1f8a70");
    static final Color WRONG = Color.web("#c8423b");
    private final Canvas canvas = new Canvas();
    private LongChain.Analysis analysis;
    private int highlighted = -1;
    private Color ink = Color.web("#3b6fb6");
    private Color muted = Color.GRAY;

    ValueChart() {
        getStyleClass().add("rx-value-chart");
        getChildren().add(canvas);
        setMinHeight(96);
        setPrefHeight(110);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    void show(LongChain.Analysis a, int step) {
        analysis = a;
        highlighted = step;
        redraw();
    }

    void colors(Color ink, Color muted) {
        this.ink = ink;
        this.muted = muted;
        redraw();
    }

    /** Whether the chain has at least two known values to draw. */
    static boolean drawable(LongChain.Analysis a) {
        return a != null && a.steps().stream().filter(s -> !Double.isNaN(s.value())).count() >= 2;
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (!drawable(analysis) || w < 40) {
            return;
        }
        List<LongChain.Step> steps = analysis.steps();
        double lo = 0;
        double hi = 1;
        for (LongChain.Step s : steps) {
            if (!Double.isNaN(s.value())) {
                lo = Math.min(lo, s.value());
                hi = Math.max(hi, s.value());
            }
        }
        double left = 30;
        double right = w - 8;
        double top = 10;
        double bottom = h - 16;
        g.setFont(Font.font(10));
        g.setStroke(muted);
        g.setLineWidth(0.5);
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        g.setFill(muted);
        g.fillText(fmt(hi), 2, top + 4);
        g.fillText(fmt(lo), 2, bottom);
        int n = steps.size();
        g.fillText("1", left, h - 3);
        g.fillText(Integer.toString(n), right - 14, h - 3);
        double scaleX = n <= 1 ? 0 : (right - left) / (n - 1);
        double range = hi - lo;
        if (highlighted >= 0 && highlighted < n) {
            g.setStroke(muted);
            g.setLineDashes(3, 3);
            double x = left + highlighted * scaleX;
            g.strokeLine(x, top, x, bottom);
            g.setLineDashes(null);
        }
        g.setStroke(ink);
        g.setLineWidth(1.6);
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < n; i++) {
            double v = steps.get(i).value();
            if (Double.isNaN(v)) {
                continue;
            }
            double x = left + i * scaleX;
            double y = bottom - (v - lo) / range * (bottom - top);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
        for (LongChain.Turn t : analysis.ahaMoments()) {
            mark(g, left + t.step() * scaleX, bottom - (steps.get(t.step()).value() - lo) / range * (bottom - top), true);
        }
        for (LongChain.Turn t : analysis.wrongTurns()) {
            mark(g, left + t.step() * scaleX, bottom - (steps.get(t.step()).value() - lo) / range * (bottom - top), false);
        }
    }

    private static void mark(GraphicsContext g, double x, double y, boolean up) {
        g.setFill(up ? AHA : WRONG);
        double s = 5;
        if (up) {
            g.fillPolygon(new double[] {x - s, x + s, x}, new double[] {y + s, y + s, y - s}, 3);
        } else {
            g.fillPolygon(new double[] {x - s, x + s, x}, new double[] {y - s, y - s, y + s}, 3);
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
