package org.reasoningexplorer.app.tree.impl;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The rasterised tree with a margin around the viewport, kept between frames: panning draws the same
 * image shifted and re-renders only when the view leaves the margin; a zoom, a new layout or new
 * colours re-render. Two images alternate so the one the renderer may still be reading is never written:
 * a render paints straight into the pixels of the image not shown, which is then shown.
 *
 * <p>Trees too big to rasterise within a frame are re-rendered on a background thread; meanwhile
 * frames show the last image scaled to the new camera, and the new image replaces it when ready. So
 * are big trees whose content changed under the same camera (a replay step): the last image stays
 * until the new one is ready. Every finished render is shown (it is newer than the one shown), and the
 * newest request is rendered next. The FX thread then only copies finished pixels into an image.
 */
final class RasterCache {
    /**
     * Above this many shown nodes, re-renders (a zoom, a new tree, new colours) run in the background:
     * rasterising 100k nodes on the FX thread took from a few to 70 ms in the software pipeline.
     */
    static final int ASYNC_LIMIT = 30_000;
    /** The margin rendered around the view for panning, as a fraction of the view. */
    private static final double PAN_MARGIN = 0.25;
    /** The margin after a zoom: the next frame will likely zoom again, so render little beyond the view. */
    private static final int ZOOM_MARGIN = 24;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tree-raster");
        t.setDaemon(true);
        return t;
    });

    private final RasterPainter painter = new RasterPainter();
    private final RasterPainter workerPainter = new RasterPainter();
    private final LongConsumer onBackgroundRender;
    private final WritableImage[] images = new WritableImage[2];
    /**
     * The images' pixels, in the renderer's own format (premultiplied int ARGB), painted into directly:
     * no copy, and no buffer besides the two images (6 MB each for a large window).
     */
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private int current;
    private Image shown = Image.NONE;
    private ViewFrame running;
    private ViewFrame pending;
    private long pendingRevision;
    private boolean disposed;
    private boolean rerendered;
    private boolean previewed;

    /** The parameters an image was rendered with. */
    private record Image(LaidOutTree tree, int[] colors, long revision, double sx, double sy, double tx, double ty,
                         int mx, int my, int w, int h) {
        static final Image NONE = new Image(null, null, -1, 0, 0, 0, 0, 0, 0, 0, 0);

        boolean sameContent(ViewFrame f, long rev) {
            return tree == f.tree && colors == f.colors && revision == rev;
        }
    }

    /**
     * @param onBackgroundRender called on the FX thread, with the nanoseconds since it was requested,
     *     when a background render is ready to be drawn
     */
    RasterCache(LongConsumer onBackgroundRender) {
        this.onBackgroundRender = onBackgroundRender;
    }

    /**
     * Draws the frame's view of the tree, snapping the frame's translation to whole pixels of the
     * cached image so overlays drawn afterwards line up with it.
     *
     * @param revision a number that changes whenever anything baked into the image (highlights, colours) does
     */
    void draw(GraphicsContext g, ViewFrame f, long revision) {
        int vw = (int) Math.ceil(f.width);
        int vh = (int) Math.ceil(f.height);
        Image s = shown;
        long dx = Math.round(f.tx - s.tx);
        long dy = Math.round(f.ty - s.ty);
        boolean sameView = s.tree != null && s.sx == f.sx && s.sy == f.sy
                && s.mx - dx >= 0 && s.my - dy >= 0 && s.mx - dx + vw <= s.w && s.my - dy + vh <= s.h;
        boolean valid = sameView && s.sameContent(f, revision);
        rerendered = false;
        previewed = false;
        int shownNodes = f.tree.layout().shownCount();
        // While a background render paints the image not shown, this thread may not: it waits its turn.
        if (!valid && (shownNodes > ASYNC_LIMIT || running != null)) {
            requestBackground(f.copy(), revision);
            previewed = true;
            if (!sameView) {
                preview(g, f, s);
                return;
            }
        }
        if (!valid && !previewed) {
            render(f, vw, vh, revision);
            rerendered = true;
            s = shown;
            dx = 0;
            dy = 0;
        }
        f.tx = s.tx + dx;
        f.ty = s.ty + dy;
        g.drawImage(images[current], s.mx - dx, s.my - dy, vw, vh, 0, 0, vw, vh);
    }

    /** Whether the last {@link #draw} rasterised anew on the FX thread. */
    boolean rerendered() {
        return rerendered;
    }

    /** Whether the last {@link #draw} showed a scaled old image while a background render runs. */
    boolean previewed() {
        return previewed;
    }

    /** Forgets the images and drops background renders still on their way (e.g. when the skin is disposed). */
    void clear() {
        disposed = true;
        pending = null;
        shown = Image.NONE;
        images[0] = images[1] = null;
        buffers[0] = buffers[1] = null;
    }

    private static int margin(int viewSize, boolean zoomed) {
        return zoomed ? ZOOM_MARGIN : (int) Math.round(viewSize * PAN_MARGIN) + 8;
    }

    /** Makes the images (and the FX thread's pixel buffer) big enough for the view with the pan margin. */
    private void ensureCapacity(int vw, int vh) {
        int capW = vw + 2 * margin(vw, false);
        int capH = vh + 2 * margin(vh, false);
        if (images[0] == null || images[0].getWidth() < capW || images[0].getHeight() < capH) {
            for (int i = 0; i < 2; i++) {
                buffers[i] = new PixelBuffer<>(capW, capH, IntBuffer.allocate(capW * capH), PixelFormat.getIntArgbPreInstance());
                images[i] = new WritableImage(buffers[i]);
            }
            shown = Image.NONE;
        }
    }

    /** Renders on this (the FX) thread, into the image not shown, and shows it; only while no background render runs. */
    private void render(ViewFrame f, int vw, int vh, long rev) {
        boolean zoomed = shown.sx != f.sx || shown.sy != f.sy;
        int mx = margin(vw, zoomed);
        int my = margin(vh, zoomed);
        ensureCapacity(vw, vh);
        int w = vw + 2 * mx;
        int h = vh + 2 * my;
        PixelBuffer<IntBuffer> target = buffers[current ^ 1];
        target.updateBuffer(b -> {
            painter.paint(b.getBuffer().array(), b.getWidth(), w, h, f, mx, my);
            return new Rectangle2D(0, 0, w, h);
        });
        current ^= 1;
        shown = new Image(f.tree, f.colors, rev, f.sx, f.sy, f.tx, f.ty, mx, my, w, h);
    }

    /**
     * The last image stretched to the new camera: immediate, slightly soft (or, after a collapse or a
     * colour change, slightly stale), replaced when the background render is ready.
     */
    private void preview(GraphicsContext g, ViewFrame f, Image s) {
        g.setFill(f.palette.color(Swatch.BACKGROUND));
        g.fillRect(0, 0, f.width, f.height);
        if (s.tree == null) {
            return;
        }
        double kx = f.sx / s.sx;
        double ky = f.sy / s.sy;
        double x0 = (-s.mx - s.tx) * kx + f.tx;
        double y0 = (-s.my - s.ty) * ky + f.ty;
        // Only the part of the image that lands in the view: a software renderer scales every source pixel it is given.
        double left = Math.max(0, x0);
        double top = Math.max(0, y0);
        double right = Math.min(f.width, x0 + s.w * kx);
        double bottom = Math.min(f.height, y0 + s.h * ky);
        if (right <= left || bottom <= top) {
            return;
        }
        g.setImageSmoothing(false);
        g.drawImage(images[current], (left - x0) / kx, (top - y0) / ky, (right - left) / kx, (bottom - top) / ky,
                left, top, right - left, bottom - top);
        g.setImageSmoothing(true);
    }

    private void requestBackground(ViewFrame f, long rev) {
        if (running != null) {
            pending = f;
            pendingRevision = rev;
            return;
        }
        running = f;
        int vw = (int) Math.ceil(f.width);
        int vh = (int) Math.ceil(f.height);
        ensureCapacity(vw, vh);
        boolean zoomed = shown.sx != f.sx || shown.sy != f.sy;
        int mx = margin(vw, zoomed);
        int my = margin(vh, zoomed);
        int w = vw + 2 * mx;
        int h = vh + 2 * my;
        // The image not shown is the worker's until it is done: it is neither drawn nor written meanwhile.
        PixelBuffer<IntBuffer> target = buffers[current ^ 1];
        int[] into = target.getBuffer().array();
        int stride = target.getWidth();
        long requested = System.nanoTime();
        WORKER.execute(() -> {
            long started = WorkerPacer.SHARED.begin();
            workerPainter.paint(into, stride, w, h, f, mx, my);
            WorkerPacer.SHARED.end(started);
            Platform.runLater(() -> backgroundDone(f, rev, target, w, h, mx, my, requested));
        });
    }

    private void backgroundDone(ViewFrame f, long rev, PixelBuffer<IntBuffer> target, int w, int h, int mx, int my,
                                long requested) {
        running = null;
        if (disposed) {
            return;
        }
        // Shown even when a newer frame was requested meanwhile: it is newer than the image shown. Not when
        // the window grew meanwhile and the images were made anew: the next frame asks again.
        if (target == buffers[current ^ 1]) {
            target.updateBuffer(b -> new Rectangle2D(0, 0, w, h));
            current ^= 1;
            shown = new Image(f.tree, f.colors, rev, f.sx, f.sy, f.tx, f.ty, mx, my, w, h);
        }
        if (pending != null) {
            ViewFrame next = pending;
            pending = null;
            requestBackground(next, pendingRevision);
        }
        onBackgroundRender.accept(System.nanoTime() - requested);
    }
}
