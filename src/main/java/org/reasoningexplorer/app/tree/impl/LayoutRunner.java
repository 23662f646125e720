package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Lays trees out off the FX thread: small trees (a few milliseconds) at once, big ones on a shared
 * background thread, handing each result back on the FX thread unless a newer one was handed back
 * already. A result that a newer request superseded is still handed back (it is newer than what is
 * shown), so a tree that changes faster than it can be laid out, as in playback, still moves.
 */
final class LayoutRunner {
    /** Trees up to this size may be laid out on the calling thread (about 5 ms once the code is compiled). */
    static final int SYNC_LIMIT = 30_000;
    /** A layout predicted to take longer than this runs in the background even when the tree is small. */
    private static final long SYNC_BUDGET_NANOS = 8_000_000;
    /**
     * What laying out took lately, per node: it starts pessimistic, because the first layouts of a fresh
     * app run in the interpreter (a 20k-node preview took 56 ms on the FX thread), and falls as the code is
     * compiled, so small trees are then laid out at once.
     */
    private static volatile double nanosPerNode = 2_000;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tree-layout");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private volatile long generation;
    /** The newest request whose result was handed back, or that no older result may overwrite. */
    private long delivered;
    private volatile boolean disposed;

    /** True while a background layout is running. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lays out the model with a copy of {@code collapsed} and passes the result to {@code done} on the FX thread. */
    void submit(TreeModel model, BitSet collapsed, Consumer<LaidOutTree> done) {
        long gen = ++generation;
        BitSet snapshot = (BitSet) collapsed.clone();
        if (laysOutAtOnce(model.size())) {
            delivered = gen;
            busy.set(false);
            done.accept(timed(model, snapshot));
            return;
        }
        busy.set(true);
        WORKER.execute(() -> {
            if (!isCurrent(gen)) {
                return;
            }
            long started = WorkerPacer.SHARED.begin();
            if (!isCurrent(gen)) {
                return;
            }
            LaidOutTree result = timed(model, snapshot);
            WorkerPacer.SHARED.end(started);
            Platform.runLater(() -> {
                if (gen > delivered && !disposed) {
                    delivered = gen;
                    busy.set(gen != generation);
                    done.accept(result);
                }
            });
        });
    }

    /** Whether a tree this big is laid out at once, on the calling thread, given the layouts timed so far. */
    static boolean laysOutAtOnce(int nodes) {
        return nodes <= SYNC_LIMIT && nodes * nanosPerNode <= SYNC_BUDGET_NANOS;
    }

    /** Sets what layouts are taken to cost per node (tests). */
    static void assumeNanosPerNode(double nanos) {
        nanosPerNode = nanos;
    }

    /** What layouts are taken to cost per node now. */
    static double nanosPerNode() {
        return nanosPerNode;
    }

    private static LaidOutTree timed(TreeModel model, BitSet collapsed) {
        long t0 = System.nanoTime();
        LaidOutTree result = LaidOutTree.compute(model, collapsed);
        if (model.size() >= 2_000) {
            double measured = (double) (System.nanoTime() - t0) / model.size();
            nanosPerNode = (nanosPerNode + measured) / 2;
        }
        return result;
    }

    /** Drops the requests still running or queued: what the caller shows now is newer than their results. */
    void cancel() {
        delivered = ++generation;
        busy.set(false);
    }

    private boolean isCurrent(long gen) {
        return gen == generation && !disposed;
    }

    /** Drops any result still on its way. */
    void dispose() {
        disposed = true;
        generation++;
    }
}
