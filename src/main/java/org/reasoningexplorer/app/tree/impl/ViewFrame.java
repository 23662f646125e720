package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import org.reasoningexplorer.app.tree.LevelOfDetail;

/** Everything a painter needs for one frame: the laid-out tree, its colours and the transform. */
final class ViewFrame {
    LaidOutTree tree;
    /** Per-node ARGB, pruned branches already faded. */
    int[] colors;
    BitSet highlighted;
    TreePalette palette;
    LevelOfDetail lod;
    double sx;
    double sy;
    double tx;
    double ty;
    double width;
    double height;
    /** Whether the tree is drawn as a rasterised image (dots) rather than boxes with labels. */
    boolean raster;

    /** A copy to hand to another thread; the arrays and sets it refers to are never modified, only replaced. */
    ViewFrame copy() {
        ViewFrame f = new ViewFrame();
        f.tree = tree;
        f.colors = colors;
        f.highlighted = highlighted;
        f.palette = palette;
        f.lod = lod;
        f.sx = sx;
        f.sy = sy;
        f.tx = tx;
        f.ty = ty;
        f.width = width;
        f.height = height;
        f.raster = raster;
        return f;
    }

    double screenX(double wx) {
        return wx * sx + tx;
    }

    double screenY(double wy) {
        return wy * sy + ty;
    }

    double boxWidth() {
        return boxWidth(lod, sx);
    }

    double boxHeight() {
        return boxHeight(lod, sy);
    }

    int dotRadius() {
        return dotRadius(sx, sy);
    }

    /** The width of a node's box when drawn with labels; boxes never reach the next slot. */
    static double boxWidth(LevelOfDetail lod, double sx) {
        return lod == LevelOfDetail.FULL_TEXT ? Math.min(sx - 14, 236) : Math.min(sx - 10, 124);
    }

    /** The height of a node's box when drawn with labels; boxes leave room for the edges between levels. */
    static double boxHeight(LevelOfDetail lod, double sy) {
        return lod == LevelOfDetail.FULL_TEXT ? Math.min(sy - 22, 64) : Math.min(sy - 12, 20);
    }

    /** The radius of a node dot in pixels at a zoom. */
    static int dotRadius(double sx, double sy) {
        if (sy < 5) {
            return 0;
        }
        return (int) Math.max(1, Math.min(7, Math.min(sx * 0.36, sy * 0.2)));
    }
}
