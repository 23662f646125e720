package org.reasoningexplorer.app.lab;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * What the lab's charts share: a canvas filling the region, axis labels, the light or dark look,
 * and a redraw whenever any of them or the size changes.
 */
abstract class LabChart extends Region {
    protected final Canvas canvas = new Canvas();
    protected String xLabel = "";
    protected String yLabel = "";
    private boolean dark;

    LabChart() {
        getChildren().add(canvas);
        setMinSize(420, 280);
        setPrefSize(900, 520);
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Draws the whole chart on {@link #canvas}. */
    protected abstract void draw();

    protected boolean isDark() {
        return dark;
    }

    protected Color background() {
        return dark ? Color.web("#1f2329") : Color.WHITE;
    }

    protected Color foreground() {
        return dark ? Color.web("#d8dde4") : Color.web("#2b2f36");
    }

    /** Clears the canvas to the background and returns its graphics. */
    protected GraphicsContext clear() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    /** The y axis label, written upwards, centred on {@code centreY} near the left edge. */
    protected void drawYLabel(GraphicsContext g, double centreY) {
        g.save();
        g.translate(16, centreY);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }
}
