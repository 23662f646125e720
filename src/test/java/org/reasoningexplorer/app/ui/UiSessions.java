package org.reasoningexplorer.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.LaunchOptions;
import org.reasoningexplorer.app.settings.AppHome;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every headless UI test needs: an app session with fresh settings in a temporary home (never
 * the real one), in its own window, closed with all its dialogs afterwards; and waiting helpers.
 */
final class UiSessions {
    private UiSessions() {
    }

    /** Opens the app without the demo, with its settings in a new temporary folder. */
    static ExplorerApp.Session open(String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        System.setProperty(AppHome.PROPERTY, home.toString());
        return ExplorerApp.open(new Stage(), new LaunchOptions(null, null, false));
    }

    /** Closes the session and every window it owns. */
    static void close(ExplorerApp.Session session, FxRobot robot) {
        session.close();
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w instanceof Stage s && (s == session.stage() || s.getOwner() == session.stage())) {
                    s.close();
                }
            }
        });
    }

    /** Runs a call on the FX thread and returns its result. */
    static <T> T fx(Callable<T> call) {
        return org.reasoningexplorer.app.testing.Fx.fx(call);
    }

    /** The settings folder of the session opened last (the value of {@link AppHome#PROPERTY}). */
    static Path home() {
        return Path.of(System.getProperty(AppHome.PROPERTY));
    }

    /** Waits up to 20 s for a condition, failing with what was awaited. */
    static void waitFor(String what, Callable<Boolean> condition) {
        waitFor(what, 20, condition);
    }

    /** Waits up to {@code seconds} for a condition, failing with what was awaited. */
    static void waitFor(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
