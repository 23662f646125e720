package org.reasoningexplorer.app.tree.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.app.tree.TreeModels;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Small trees are laid out at once only when the layouts timed so far say it is quick. */
@ExtendWith(ApplicationExtension.class)
class LayoutRunnerTest {
    private final double before = LayoutRunner.nanosPerNode();

    @Start
    void start(Stage stage) {
        // The FX toolkit only.
    }

    @AfterEach
    void restore() {
        LayoutRunner.assumeNanosPerNode(before);
    }

    /** Submits on the FX thread; true when the result was handed back before submit returned. */
    private static boolean handedBackAtOnce(TreeModel model) throws Exception {
        CompletableFuture<Boolean> atOnce = new CompletableFuture<>();
        CompletableFuture<Void> delivered = new CompletableFuture<>();
        Platform.runLater(() -> {
            boolean[] done = {false};
            new LayoutRunner().submit(model, new BitSet(), t -> {
                done[0] = true;
                delivered.complete(null);
            });
            atOnce.complete(done[0]);
        });
        boolean result = atOnce.get(10, TimeUnit.SECONDS);
        delivered.get(30, TimeUnit.SECONDS);
        return result;
    }

    @Test
    void aTreeTheTimingsCallSlowGoesToTheBackgroundAndAQuickOneIsLaidOutAtOnce() throws Exception {
        TreeModel model = TreeModels.synthetic(20_000, 3);
        LayoutRunner.assumeNanosPerNode(2_000);
        assertFalse(LayoutRunner.laysOutAtOnce(model.size()), "40 ms predicted");
        assertFalse(handedBackAtOnce(model));
        LayoutRunner.assumeNanosPerNode(100);
        assertTrue(LayoutRunner.laysOutAtOnce(model.size()), "2 ms predicted");
        assertTrue(handedBackAtOnce(model));
        assertFalse(LayoutRunner.laysOutAtOnce(LayoutRunner.SYNC_LIMIT + 1), "over the size limit, whatever the timings");
    }

    @Test
    void eachLayoutUpdatesTheEstimate() throws Exception {
        LayoutRunner.assumeNanosPerNode(1e9);
        handedBackAtOnce(TreeModels.synthetic(5_000, 3));
        assertTrue(LayoutRunner.nanosPerNode() < 1e9, "the measured layout pulled the estimate down");
    }
}
