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

    double screenX(double wx) {
        return wx * sx + tx;
    }

    double screenY(double wy) {
        return wy * sy + ty;
    }

    /** The width of a node's box when drawn with labels; boxes never reach the next slot. */
    double boxWidth() {
        return lod == LevelOfDetail.FULL_TEXT ? Math.min(sx - 14, 236) : Math.min(sx - 10, 124);
    }

    /** The height of a node's box when drawn with labels; boxes leave room for the edges between levels. */
    double boxHeight() {
        return lod == LevelOfDetail.FULL_TEXT ? Math.min(sy - 22, 64) : Math.min(sy - 12, 20);
    }

    /** The radius of a node dot in pixels at this zoom. */
    int dotRadius() {
        if (sy < 5) {
            return 0;
        }
        return (int) Math.max(1, Math.min(7, Math.min(sx * 0.36, sy * 0.2)));
    }
}
