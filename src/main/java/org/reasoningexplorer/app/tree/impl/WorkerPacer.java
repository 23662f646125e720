package org.reasoningexplorer.app.tree.impl;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces the tree view's background workers (layout and rasterising) to a third of one core between
 * them: after a job that took {@code d}, the next one starts {@code 2d} later at the earliest. A tree
 * that keeps changing (playback) would otherwise keep them busy all the time, and on a machine with
 * two cores starve the FX and render threads.
 */
final class WorkerPacer {
    /** The one pacer all the tree view's workers share. */
    static final WorkerPacer SHARED = new WorkerPacer();
    /** A job of {@code d} is followed by at least {@code REST * d} of rest. */
    private static final int REST = 2;

    private long nextStart = Long.MIN_VALUE;

    /** Waits until the next job may start; returns when it starts (System.nanoTime), for {@link #end}. */
    long begin() {
        long wait;
        synchronized (this) {
            wait = nextStart == Long.MIN_VALUE ? 0 : nextStart - System.nanoTime();
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        return System.nanoTime();
    }

    /** Notes that the job that began at {@code started} has finished. */
    synchronized void end(long started) {
        long now = System.nanoTime();
        nextStart = Math.max(nextStart, now + REST * (now - started));
    }
}
