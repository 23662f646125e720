package org.reasoningexplorer.app.tree;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.reasoningexplorer.app.bench.FxRunner;
import org.reasoningexplorer.app.tree.impl.TreeCanvasSkin;

/**
 * Drives a real 1400×900 window through scripted pan and zoom and times every frame: the paint
 * (from the redraw request to the end of the skin's paint, on the FX thread) and the pulse interval
 * (which also covers the render thread, since a pulse waits for the previous frame to be rendered).
 */
public final class FrameBench {
    private static final double W = 1400;
    private static final double H = 900;
    private static final int WARM_UP = 60;

    private final TreeCanvas canvas;
    private final TreeModel model;
    private final int frames;
    private final CompletableFuture<String> done;
    private final long[] paint;
    private final long[] pulse;
    private final TreeCanvasSkin.FrameKind[] kinds;
    private final java.util.List<Long> background = new java.util.ArrayList<>();
    private boolean measuring;
    private long lastPaint;
    private TreeCanvasSkin.FrameKind lastKind;

    private FrameBench(TreeCanvas canvas, TreeModel model, int frames, CompletableFuture<String> done) {
        this.canvas = canvas;
        this.model = model;
        this.frames = frames;
        this.done = done;
        paint = new long[frames];
        pulse = new long[frames];
        kinds = new TreeCanvasSkin.FrameKind[frames];
    }

    static void run(TreeBench.Options options, PrintStream out) {
        boolean started = FxRunner.startFx();
        TreeCanvas[] canvas = new TreeCanvas[1];
        Stage[] stage = new Stage[1];
        FxRunner.runOnFx(() -> {
            canvas[0] = new TreeCanvas();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(canvas[0]), W, H));
            stage[0].setTitle("TreeBench");
            stage[0].show();
        });
        for (int n : options.sizes()) {
            TreeModel model = TreeModels.synthetic(n, 42);
            CompletableFuture<String> result = new CompletableFuture<>();
            Platform.runLater(() -> new FrameBench(canvas[0], model, options.frames(), result).start());
            try {
                out.println(result.get(10, TimeUnit.MINUTES));
            } catch (Exception e) {
                out.println("frames at " + n + " nodes failed: " + e);
            }
        }
        FxRunner.runOnFx(() -> stage[0].close());
        if (started) {
            Platform.exit();
        }
    }

    /**
     * Drives the same scripted pan and zoom over the tree a canvas shows already (in the app, say) and
     * completes with the report. Call on the FX thread.
     */
    public static CompletableFuture<String> onCanvas(TreeCanvas canvas, int frames) {
        CompletableFuture<String> done = new CompletableFuture<>();
        new FrameBench(canvas, canvas.getModel(), frames, done).start();
        return done;
    }

    private void start() {
        canvas.setModel(model);
        TreeCanvasSkin skin = (TreeCanvasSkin) canvas.getSkin();
        skin.setFrameListener(new TreeCanvasSkin.FrameListener() {
            @Override
            public void painted(long requested, long start, long end, TreeCanvasSkin.FrameKind kind) {
                lastPaint = end - requested;
                lastKind = kind;
            }

            @Override
            public void rasterisedInBackground(long nanos) {
                if (measuring) {
                    background.add(nanos);
                }
            }
        });
        long layoutStart = System.nanoTime();
        new AnimationTimer() {
            private int frame = -1;
            private long previous;
            private long layoutNanos;

            @Override
            public void handle(long now) {
                if (frame == -1) {
                    if (canvas.isLayingOut() || !canvas.isNodeShown(0)) {
                        return;
                    }
                    layoutNanos = System.nanoTime() - layoutStart;
                    canvas.fitToWindow();
                    frame = 0;
                    previous = now;
                    return;
                }
                int previousStep = frame - 1 - WARM_UP;
                if (previousStep >= 0) {
                    pulse[previousStep] = now - previous;
                    paint[previousStep] = lastPaint;
                    kinds[previousStep] = lastKind;
                }
                previous = now;
                lastPaint = 0;
                lastKind = null;
                if (previousStep + 1 >= frames) {
                    stop();
                    skin.setFrameListener(null);
                    done.complete(report(layoutNanos));
                    return;
                }
                int k = frame - WARM_UP;
                measuring = k >= 0;
                step(k < 0 ? frame % (frames / 3) : k);
                frame++;
            }
        }.start();
    }

    /** Frame k of the script: pan at fit zoom, then zoom in and out, then pan among labelled boxes. */
    private void step(int k) {
        int third = frames / 3;
        if (k == 0) {
            canvas.fitToWindow();
        }
        if (k < third) {
            double dir = (k / 25) % 2 == 0 ? 1 : -1;
            canvas.panBy(9 * dir, 3 * dir);
        } else if (k < 2 * third) {
            double factor = ((k - third) / 25) % 2 == 0 ? 1.06 : 1 / 1.06;
            canvas.zoomAt(factor, canvas.getWidth() / 2 + (k % 7) * 3, canvas.getHeight() / 3);
        } else {
            if (k == 2 * third) {
                canvas.fitToWindow();
                int v = model.firstChild(model.firstChild(0));
                canvas.centerOn(v);
                canvas.zoomAt(110 / canvas.getZoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
                Point2D p = canvas.nodeToScreen(v);
                canvas.panBy(canvas.getWidth() / 2 - p.getX(), canvas.getHeight() / 3 - p.getY());
            }
            double dir = ((k - 2 * third) / 25) % 2 == 0 ? 1 : -1;
            canvas.panBy(-11 * dir, -4 * dir);
        }
    }

    private String report(long layoutNanos) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "frames at %,d nodes (%.0f×%.0f, %d frames, layout+swap-in %.0f ms):%n",
                model.size(), canvas.getWidth(), canvas.getHeight(), frames, layoutNanos / 1e6));
        int third = frames / 3;
        sb.append(line("  all       ", 0, frames));
        sb.append(line("  pan (fit) ", 0, third));
        sb.append(line("  zoom      ", third, 2 * third));
        sb.append(line("  pan (near)", 2 * third, frames));
        if (!background.isEmpty()) {
            long[] b = background.stream().mapToLong(Long::longValue).sorted().toArray();
            sb.append(String.format(Locale.ROOT, "  background rasterisations: %d, request to ready p50 %.1f  p95 %.1f ms%n",
                    b.length, ms(b, 0.5), ms(b, 0.95)));
        }
        return sb.toString().stripTrailing();
    }

    private String line(String label, int from, int to) {
        long[] p = Arrays.copyOfRange(paint, from, to);
        long[] q = Arrays.copyOfRange(pulse, from, to);
        int[] counts = new int[TreeCanvasSkin.FrameKind.values().length];
        for (int i = from; i < to; i++) {
            if (kinds[i] != null) {
                counts[kinds[i].ordinal()]++;
            }
        }
        Arrays.sort(p);
        Arrays.sort(q);
        return String.format(Locale.ROOT, "%s paint p50 %5.1f  p95 %5.1f  max %5.1f ms | pulse interval p50 %5.1f  p95 %5.1f  max %5.1f ms"
                        + " | frames: %d vector, %d cached, %d rasterised, %d preview%n",
                label, ms(p, 0.5), ms(p, 0.95), p[p.length - 1] / 1e6, ms(q, 0.5), ms(q, 0.95), q[q.length - 1] / 1e6,
                counts[0], counts[1], counts[2], counts[3]);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
