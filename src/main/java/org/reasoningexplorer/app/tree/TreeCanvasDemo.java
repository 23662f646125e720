package org.reasoningexplorer.app.tree;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Shows the tree view on a synthetic 2,000-node MCTS tree and a small Game-of-24 trace, and saves
 * screenshots of zoomed-out, mid and close-up views (light and dark) as PNGs.
 *
 * <p>Usage: {@code TreeCanvasDemo [output-dir] [--interactive]}; the default directory is /tmp/tree-shots.
 * With {@code --interactive} the window stays open after the screenshots.
 */
public final class TreeCanvasDemo {
    private final File dir;
    private final List<Step> steps = new ArrayList<>();
    private Stage stage;
    private TreeCanvas canvas;

    private record Step(String name, Consumer<TreeCanvas> action) {
    }

    private TreeCanvasDemo(File dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws InterruptedException {
        File dir = new File(args.length > 0 && !args[0].startsWith("--") ? args[0] : "/tmp/tree-shots");
        boolean interactive = List.of(args).contains("--interactive");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalArgumentException("cannot create the screenshot directory " + dir);
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(() -> new TreeCanvasDemo(dir).run(interactive, done::countDown));
        done.await();
        if (!interactive) {
            Platform.exit();
        }
    }

    private void run(boolean interactive, Runnable done) {
        TreeModel synthetic = TreeModels.synthetic(2_000, 7);
        TraceTree trace = gameOf24();
        TreeModel game = TreeModel.from(trace, trace.size());
        canvas = new TreeCanvas(synthetic);
        StackPane root = new StackPane(canvas);
        stage = new Stage();
        stage.setScene(new Scene(root, 1200, 800));
        stage.setTitle("Tree view demo");
        stage.show();

        step("synthetic-1-fit", c -> c.fitToWindow());
        step("synthetic-2-mid", c -> zoomOn(c, deepNode(synthetic, 6), 90));
        step("synthetic-3-close", c -> zoomOn(c, deepNode(synthetic, 6), 200));
        step("synthetic-4-visits", c -> {
            c.setColorMode(ColorMode.VISITS);
            c.fitToWindow();
            c.zoomAt(4, 600, 60);
        });
        step("synthetic-5-cluster", c -> {
            c.setColorMode(ColorMode.CLUSTER);
            c.fitToWindow();
            c.zoomAt(2.5, 600, 300);
        });
        step("game24-1-fit", c -> {
            c.setColorMode(ColorMode.SCORE);
            c.setModel(game);
            c.setSelectedNode(6);
            c.setHighlightedNodes(0, 2, 5, 6, 7);
            c.fitToWindow();
        });
        step("game24-2-cluster", c -> {
            c.setColorMode(ColorMode.CLUSTER);
            c.setHighlightedNodes();
            c.setPhaseOverlay(PhaseOverlay.select(0, 1, 4));
        });
        step("game24-3-simulate", c -> c.setPhaseOverlay(PhaseOverlay.simulate(8, 3, 0.25)));
        step("game24-4-short", c -> {
            c.setPhaseOverlay(PhaseOverlay.expand(1, 4, 8));
            c.fitToWindow();
            c.zoomAt(0.6, 600, 0);
        });
        step("game24-5-dark", c -> {
            c.getScene().getRoot().getStyleClass().add("dark");
            c.setColorMode(ColorMode.CORRECTNESS);
            c.setPhaseOverlay(null);
            c.fitToWindow();
        });
        step("synthetic-6-dark", c -> {
            c.setModel(synthetic);
            c.setColorMode(ColorMode.SCORE);
            c.setSelectedNode(-1);
        });
        step("synthetic-7-dark-close", c -> zoomOn(c, deepNode(synthetic, 4), 190));
        step("synthetic-8-collapsed", c -> {
            c.getScene().getRoot().getStyleClass().remove("dark");
            c.fitToWindow();
            c.collapseAll();
            c.toggleCollapsed(biggestChild(synthetic, 0));
            c.fitToWindow();
        });
        TreeModel big = TreeModels.synthetic(100_000, 3);
        step("big-1-fit", c -> {
            c.setModel(big);
            c.setColorMode(ColorMode.CORRECTNESS);
        });
        step("big-2-zoom", c -> c.zoomAt(8, 700, 120));
        play(interactive, done);
    }

    private void step(String name, Consumer<TreeCanvas> action) {
        steps.add(new Step(name, action));
    }

    /** Runs each step, lets two pulses paint it (after any background layout), then saves a snapshot. */
    private void play(boolean interactive, Runnable done) {
        new AnimationTimer() {
            private int index;
            private int frame;

            @Override
            public void handle(long now) {
                if (index == steps.size()) {
                    stop();
                    if (!interactive) {
                        stage.close();
                    }
                    done.run();
                    return;
                }
                Step s = steps.get(index);
                if (frame == 0) {
                    s.action().accept(canvas);
                } else if (canvas.isLayingOut()) {
                    frame = 1;
                    return;
                } else if (frame == 3) {
                    save(s.name());
                    index++;
                    frame = -1;
                }
                frame++;
            }
        }.start();
    }

    private void save(String name) {
        WritableImage image = stage.getScene().snapshot(null);
        File out = new File(dir, name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        System.out.println("saved " + out + "  lod=" + canvas.getLevelOfDetail() + " zoom=" + Math.round(canvas.getZoom()));
    }

    /** Zooms until sibling slots are {@code slot} pixels wide, with the node in the middle. */
    private static void zoomOn(TreeCanvas c, int node, double slot) {
        c.centerOn(node);
        c.zoomAt(slot / c.getZoom(), c.getWidth() / 2, c.getHeight() / 2);
        Point2D p = c.nodeToScreen(node);
        if (p != null) {
            c.panBy(c.getWidth() / 2 - p.getX(), c.getHeight() / 3 - p.getY());
        }
    }

    private static int deepNode(TreeModel m, int depth) {
        int v = 0;
        while (m.depth(v) < depth && m.firstChild(v) >= 0) {
            v = biggestChild(m, v);
        }
        return v;
    }

    private static int biggestChild(TreeModel m, int v) {
        int best = m.firstChild(v);
        for (int c = best; c >= 0; c = m.nextSibling(c)) {
            if (m.subtreeSize(c) > m.subtreeSize(best)) {
                best = c;
            }
        }
        return best;
    }

    /** A small MCTS-like search for 1 3 4 8 → 24, folded from events as a replay would. */
    static TraceTree gameOf24() {
        TraceTree t = new TraceTree();
        String[][] nodes = {
            {"-1", "Use 1 3 4 8 to make 24"},
            {"0", "8 × 3 = 24 (left: 1 4 24)"},
            {"0", "3 − 1 = 2 (left: 2 4 8)"},
            {"0", "第一步：8 × 4 = 32（剩下：1 3 32）"},
            {"1", "4 − 1 = 3 (left: 3 24)"},
            {"2", "8 + 4 = 12 (left: 2 12)"},
            {"5", "2 × 12 = 24 (left: 24)"},
            {"6", "Answer: (3 − 1) × (8 + 4) = 24"},
            {"1", "24 / 4 = 6 (left: 1 6)"},
            {"4", "24 × 3 = 72 (left: 72)"},
            {"4", "24 / 3 = 8 (left: 8)"},
            {"9", "Answer: 8 × 3 × (4 − 1) = 72"},
            {"10", "Answer: 8 × 3 / (4 − 1) = 8"},
            {"3", "32 − 3 = 29 (left: 1 29)"},
            {"2", "2 × 4 = 8 (left: 8 8)"},
            {"14", "8 + 8 = 16 (left: 16)"},
            {"15", "Answer: 2 × 4 + 8 = 16"},
            {"8", "6 − 1 = 5 (left: 5)"},
            {"17", "Answer: 24 / 4 − 1 = 5"},
            {"5", "12 × 2 = 24 (left: 24)"},
            {"19", "Answer: (8 + 4) × (3 − 1) = 24"},
        };
        for (int i = 0; i < nodes.length; i++) {
            boolean terminal = nodes[i][1].startsWith("Answer");
            t.apply(new TraceEvent.NodeCreated(i, Integer.parseInt(nodes[i][0]), String.format("%016x", i), nodes[i][1],
                    i == 0 ? Double.NaN : 0.2 + 0.6 * ((i * 37) % 10) / 10.0, 9, terminal));
        }
        double[] prm = {Double.NaN, 0.55, 0.82, 0.35, 0.3, 0.9, 0.95, 0.97, 0.4, 0.15, 0.2, 0.1, 0.12, 0.25, 0.6, 0.45, 0.3, 0.2, 0.1, 0.88, 0.93};
        for (int i = 1; i < prm.length; i++) {
            t.apply(new TraceEvent.Scored(i, "prm", ScoreKind.PRM, prm[i], Double.NaN, 1, List.of()));
        }
        backprop(t, 1.0, 0, 2, 5, 6, 7);
        backprop(t, 0.0, 0, 1, 4, 9, 11);
        backprop(t, 0.0, 0, 1, 4, 10, 12);
        backprop(t, 1.0, 0, 2, 5, 19, 20);
        backprop(t, 0.0, 0, 2, 14, 15, 16);
        backprop(t, 0.0, 0, 1, 8, 17, 18);
        backprop(t, 0.0, 0, 3, 13);
        answer(t, 7, "(3 − 1) × (8 + 4) = 24", "(3-1)*(8+4)", true);
        answer(t, 11, "8 × 3 × (4 − 1) = 72", "72", false);
        answer(t, 12, "8 × 3 / (4 − 1) = 8", "8", false);
        answer(t, 16, "2 × 4 + 8 = 16", "16", false);
        answer(t, 18, "24 / 4 − 1 = 5", "5", false);
        answer(t, 20, "(8 + 4) × (3 − 1) = 24", "(3-1)*(8+4)", true);
        t.apply(new TraceEvent.Pruned(13, "29 cannot reach 24 with 1"));
        return t;
    }

    private static void backprop(TraceTree t, double value, int... path) {
        List<Integer> p = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        List<Double> q = new ArrayList<>();
        for (int id : path) {
            int visits = t.visits(id) + 1;
            p.add(id);
            n.add(visits);
            q.add((t.mean(id) * (visits - 1) + value) / visits);
        }
        t.apply(new TraceEvent.Backpropagated(p, value, n, q));
    }

    private static void answer(TraceTree t, int node, String raw, String normalized, boolean correct) {
        t.apply(new TraceEvent.AnswerExtracted(node, raw, normalized, correct));
    }
}
