package org.reasoningexplorer.app.tree.impl;

import org.reasoningexplorer.app.tree.LevelOfDetail;

/**
 * The view transform: screen = world × scale + translation, with separate x and y scales, because a
 * tree of a million nodes is a thousand times wider than it is deep and must still fit a window.
 */
public final class Camera {
    static final double MIN_SX = 1e-6;
    static final double MAX_SX = 400;
    static final double MIN_SY = 1e-3;
    static final double MAX_SY = 100;
    /** However wide the slots, levels are at most this many pixels apart before text needs more. */
    static final double MIN_SY_CAP = 60;
    /** Zoomed in, levels are at most this many times as far apart as sibling slots. */
    static final double ASPECT = 0.65;
    /** A fitted tree is never shown larger than this many pixels per sibling slot. */
    static final double FIT_MAX_SX = 210;
    /** Zoom thresholds of the levels of detail, in pixels per slot and per level. */
    static final double SHORT_SX = 72;
    static final double SHORT_SY = 30;
    static final double FULL_SX = 150;
    static final double FULL_SY = 80;

    private double sx = 40;
    private double sy = 60;
    private double tx;
    private double ty;

    public double sx() {
        return sx;
    }

    public double sy() {
        return sy;
    }

    public double tx() {
        return tx;
    }

    public double ty() {
        return ty;
    }

    public double screenX(double wx) {
        return wx * sx + tx;
    }

    public double screenY(double wy) {
        return wy * sy + ty;
    }

    public double worldX(double px) {
        return (px - tx) / sx;
    }

    public double worldY(double py) {
        return (py - ty) / sy;
    }

    public void set(double sx, double sy, double tx, double ty) {
        this.sx = sx;
        this.sy = sy;
        this.tx = tx;
        this.ty = ty;
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Scales both axes by {@code factor} (each within its limits) keeping the point (px, py) fixed on screen. */
    public void zoomAt(double factor, double px, double py) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be a positive number, got " + factor);
        }
        double nsx = clamp(sx * factor, MIN_SX, MAX_SX);
        double nsy = clamp(sy * factor, MIN_SY, maxSy(nsx));
        tx = px - (px - tx) * (nsx / sx);
        ty = py - (py - ty) * (nsy / sy);
        sx = nsx;
        sy = nsy;
    }

    /**
     * Fits the world box [x0, x1] × [y0, y1] into a viewport with {@code pad} pixels around it; each
     * axis gets its own scale, capped so that a small tree is shown at a readable size, not blown up.
     */
    public void fit(double x0, double x1, double y0, double y1, double width, double height, double pad) {
        double w = Math.max(1e-9, x1 - x0);
        double h = Math.max(1e-9, y1 - y0);
        sx = clamp((width - 2 * pad) / w, MIN_SX, FIT_MAX_SX);
        sy = clamp((height - 2 * pad) / h, MIN_SY, maxSy(sx));
        tx = width / 2 - (x0 + x1) / 2 * sx;
        ty = Math.min(height / 2 - (y0 + y1) / 2 * sy, pad - y0 * sy);
    }

    /** The level of detail this zoom affords: text needs room both across and down. */
    public LevelOfDetail levelOfDetail() {
        if (sx >= FULL_SX && sy >= FULL_SY) {
            return LevelOfDetail.FULL_TEXT;
        }
        if (sx >= SHORT_SX && sy >= SHORT_SY) {
            return LevelOfDetail.SHORT_LABELS;
        }
        return LevelOfDetail.DOTS;
    }

    /**
     * The most pixels per level at a horizontal zoom: zooming in keeps levels in proportion to the
     * boxes drawn, so a close-up is not mostly empty space between levels.
     */
    static double maxSy(double sx) {
        return clamp(ASPECT * sx, MIN_SY_CAP, MAX_SY);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
