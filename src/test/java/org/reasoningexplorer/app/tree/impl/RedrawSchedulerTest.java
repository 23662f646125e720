package org.reasoningexplorer.app.tree.impl;

import static org.reasoningexplorer.app.testing.Fx.fx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Paints come at most once a pulse; paints that may wait come at most once per interval, the last one included. */
@ExtendWith(ApplicationExtension.class)
class RedrawSchedulerTest {
    private final Pane node = new Pane();
    private final AtomicInteger paints = new AtomicInteger();
    private final AtomicBoolean mayWait = new AtomicBoolean(true);
    private RedrawScheduler scheduler;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(node, 100, 100));
        stage.show();
        scheduler = new RedrawScheduler(node, paints::incrementAndGet);
        scheduler.throttle(100_000_000, mayWait::get);
    }

    /** Requests a paint at every pulse for {@code millis}, then waits for the last one to be painted. */
    private int paintsWhileRequestingEveryPulse(long millis) throws Exception {
        paints.set(0);
        AnimationTimer every = fx(() -> {
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    scheduler.request();
                }
            };
            t.start();
            return t;
        });
        Thread.sleep(millis);
        fx(() -> {
            every.stop();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !scheduler.isPending()));
        return paints.get();
    }

    @Test
    void paintsThatMayWaitComeAtMostOncePerIntervalAndTheLastOneStillComes() throws Exception {
        int n = paintsWhileRequestingEveryPulse(500);
        assertTrue(n >= 2 && n <= 8, n + " paints in half a second at most one per 100 ms, the held-back one included");
    }

    @Test
    void paintsThatMayNotWaitComeWithTheNextPulse() throws Exception {
        mayWait.set(false);
        int n = paintsWhileRequestingEveryPulse(500);
        assertTrue(n > 8, n + " paints in half a second, one per pulse");
    }
}
