package org.reasoningexplorer.app.tree.impl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The rasterised tree with a margin around the viewport, kept between frames: panning draws the same
 * image shifted and re-renders only when the view leaves the margin; a zoom, a new layout or new
 * colours re-render. Two images alternate so the one the renderer may still be reading is never written.
 */
final class RasterCache {
    private static final double MARGIN = 0.25;

    private final RasterPainter painter = new RasterPainter();
    private final WritableImage[] images = new WritableImage[2];
    private int current;
    private int[] pixels = new int[0];
    private int bw;
    private int bh;
    private int mx;
    private int my;
    private LaidOutTree tree;
    private int[] colors;
    private long revision = -1;
    private double sx;
    private double sy;
    private double renderTx;
    private double renderTy;
    private boolean rerendered;

    /**
     * Draws the frame's view of the tree, snapping the frame's translation to whole pixels of the
     * cached image so overlays drawn afterwards line up with it.
     *
     * @param revision a number that changes whenever anything baked into the image (highlights, colours) does
     */
    void draw(GraphicsContext g, ViewFrame f, long revision) {
        int vw = (int) Math.ceil(f.width);
        int vh = (int) Math.ceil(f.height);
        long dx = Math.round(f.tx - renderTx);
        long dy = Math.round(f.ty - renderTy);
        boolean valid = tree == f.tree && colors == f.colors && this.revision == revision && sx == f.sx && sy == f.sy
                && mx - dx >= 0 && my - dy >= 0 && mx - dx + vw <= bw && my - dy + vh <= bh;
        rerendered = !valid;
        if (!valid) {
            render(f, vw, vh, revision);
            dx = 0;
            dy = 0;
        }
        f.tx = renderTx + dx;
        f.ty = renderTy + dy;
        g.drawImage(images[current], mx - dx, my - dy, vw, vh, 0, 0, vw, vh);
    }

    /** Whether the last {@link #draw} had to rasterise anew rather than reuse the image. */
    boolean rerendered() {
        return rerendered;
    }

    /** Forgets the image (e.g. when the skin is disposed). */
    void clear() {
        tree = null;
        colors = null;
        images[0] = images[1] = null;
        pixels = new int[0];
    }

    private void render(ViewFrame f, int vw, int vh, long rev) {
        mx = (int) Math.round(vw * MARGIN) + 8;
        my = (int) Math.round(vh * MARGIN) + 8;
        int w = vw + 2 * mx;
        int h = vh + 2 * my;
        if (w * h > pixels.length || w != bw || h != bh) {
            pixels = new int[w * h];
            images[0] = images[1] = null;
        }
        bw = w;
        bh = h;
        painter.paint(pixels, bw, bh, f, mx, my);
        current ^= 1;
        if (images[current] == null) {
            images[current] = new WritableImage(bw, bh);
        }
        images[current].getPixelWriter().setPixels(0, 0, bw, bh, PixelFormat.getIntArgbPreInstance(), pixels, 0, bw);
        tree = f.tree;
        colors = f.colors;
        revision = rev;
        sx = f.sx;
        sy = f.sy;
        renderTx = f.tx;
        renderTy = f.ty;
    }
}
