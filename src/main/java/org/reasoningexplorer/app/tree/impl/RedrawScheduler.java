package org.reasoningexplorer.app.tree.impl;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Coalesces redraw requests into at most one paint per pulse: a request marks the view dirty and asks
 * for a pulse; the scene's pre-layout pulse listener paints once, after the pulse's animation timers
 * and before the frame is rendered. A minimum interval between paints that may wait (for frames that
 * are costly to render, such as a big tree changing every pulse in playback) leaves the renderer time
 * to keep up; a paint it holds back comes with a later pulse.
 */
final class RedrawScheduler {
    private final Node node;
    private final Runnable paint;
    private final Runnable onPulse = this::onPulse;
    private final ChangeListener<Scene> sceneListener = (o, was, now) -> attach(was, now);
    private Scene scene;
    private boolean dirty;
    private long requestedAt;
    private long paintedAt = Long.MIN_VALUE;
    private long minInterval;
    private BooleanSupplier mayWait = () -> false;

    RedrawScheduler(Node node, Runnable paint) {
        this.node = node;
        this.paint = paint;
        node.sceneProperty().addListener(sceneListener);
        attach(null, node.getScene());
    }

    /** Asks for a paint in the next pulse; more requests before then change nothing. */
    void request() {
        if (!dirty) {
            dirty = true;
            requestedAt = System.nanoTime();
            Platform.requestNextPulse();
        }
    }

    /**
     * Holds a paint back until {@code nanos} after the last one whenever {@code mayWait} says it may wait
     * (asked at each pulse with a paint pending); other paints come with the next pulse.
     */
    void throttle(long nanos, BooleanSupplier mayWait) {
        minInterval = Math.max(0, nanos);
        this.mayWait = mayWait;
    }

    /** When the pending paint was first requested (System.nanoTime). */
    long requestedAt() {
        return requestedAt;
    }

    boolean isPending() {
        return dirty;
    }

    /** Paints now if a paint is pending (used where a pulse may not come, e.g. before a snapshot). */
    void flush() {
        if (dirty) {
            paintNow();
        }
    }

    void dispose() {
        node.sceneProperty().removeListener(sceneListener);
        attach(scene, null);
    }

    private void attach(Scene was, Scene now) {
        if (was != null) {
            was.removePreLayoutPulseListener(onPulse);
        }
        scene = now;
        if (now != null) {
            now.addPreLayoutPulseListener(onPulse);
            if (dirty) {
                Platform.requestNextPulse();
            }
        }
    }

    private void onPulse() {
        if (!dirty) {
            return;
        }
        if (minInterval > 0 && paintedAt != Long.MIN_VALUE && System.nanoTime() - paintedAt < minInterval && mayWait.getAsBoolean()) {
            Platform.requestNextPulse();
            return;
        }
        paintNow();
    }

    private void paintNow() {
        dirty = false;
        paintedAt = System.nanoTime();
        paint.run();
    }
}
