package org.reasoningexplorer.app.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starting JavaFX and running work on its thread from a benchmark's main thread. */
public final class FxRunner {
    private FxRunner() {
    }

    /** Starts JavaFX unless it is running already; true when this call started it. */
    public static boolean startFx() {
        CountDownLatch ready = new CountDownLatch(1);
        boolean started = true;
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started = false;
            ready.countDown();
        }
        await(ready);
        if (started) {
            Platform.setImplicitExit(false);
        }
        return started;
    }

    /** Runs a task on the FX thread and waits for it. */
    public static void runOnFx(Runnable task) {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                task.run();
            } finally {
                latch.countDown();
            }
        });
        await(latch);
    }

    /** Waits up to 2 minutes for a latch. */
    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("JavaFX did not respond within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
