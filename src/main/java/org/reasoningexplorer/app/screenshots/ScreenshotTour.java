package org.reasoningexplorer.app.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.reasoningexplorer.app.ExplorerApp;

/**
 * Walks through the app's main views and saves a PNG of each (for the documentation): the live MCTS
 * demo, a sample with the inspector, a replay mid-iteration, the answers of a majority vote, the run
 * dialog, the Chinese interfaces and the dark theme. Started with {@code --screenshots DIR}.
 */
public final class ScreenshotTour {
    private static final long TIMEOUT_MILLIS = 20_000;

    private final Path dir;
    private final IntConsumer exit;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final TourScript script;
    private long waitingSince;

    /** One step: do something, wait until ready, then save the window (or a dialog) as NAME.png. */
    record Step(String name, Runnable action, BooleanSupplier ready, long settleMillis) {
    }

    public ScreenshotTour(ExplorerApp.Session session, Path dir, IntConsumer exit) {
        this.dir = dir;
        this.exit = exit;
        this.script = new TourScript(session, this);
    }

    public void start() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            System.err.println("cannot create the screenshot folder " + dir + ": " + e.getMessage());
            exit.accept(1);
            return;
        }
        script.define();
        next();
    }

    void add(String name, Runnable action, BooleanSupplier ready, long settleMillis) {
        steps.add(new Step(name, action, ready, settleMillis));
    }

    private void next() {
        Step s = steps.poll();
        if (s == null) {
            System.out.println("screenshots saved in " + dir.toAbsolutePath());
            exit.accept(0);
            return;
        }
        try {
            s.action().run();
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit.accept(1);
            return;
        }
        waitingSince = System.currentTimeMillis();
        awaitReady(s);
    }

    private void awaitReady(Step s) {
        later(100, () -> {
            if (!s.ready().getAsBoolean() && System.currentTimeMillis() - waitingSince < TIMEOUT_MILLIS) {
                awaitReady(s);
                return;
            }
            later(s.settleMillis(), () -> {
                if (s.name() != null) {
                    shoot(s.name());
                }
                next();
            });
        });
    }

    private void shoot(String name) {
        Scene scene = topScene();
        WritableImage image = scene.snapshot(null);
        Path file = dir.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("saved " + file);
        } catch (IOException e) {
            System.err.println("cannot save " + file + ": " + e.getMessage());
        }
    }

    /** The front-most window: a dialog when one is open, else the main window. */
    private static Scene topScene() {
        Scene main = null;
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage st && w.isShowing() && st.getScene() != null) {
                if (st.getOwner() != null) {
                    return st.getScene();
                }
                main = st.getScene();
            }
        }
        return main;
    }

    static void later(long millis, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(Math.max(1, millis)));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
