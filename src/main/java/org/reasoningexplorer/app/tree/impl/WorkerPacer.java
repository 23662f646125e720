package org.reasoningexplorer.app.tree.impl;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces a background worker to about half of one core: after a job that took {@code d}, the next one
 * starts {@code d} later at the earliest. A tree that keeps changing (playback) would otherwise keep
 * the worker busy all the time, and on a machine with two cores starve the FX and render threads.
 * Used only from the one thread of its worker.
 */
final class WorkerPacer {
    private long nextStart = Long.MIN_VALUE;
    private long started;

    /** Waits until the next job may start, and notes that it starts. */
    void begin() {
        long wait = nextStart == Long.MIN_VALUE ? 0 : nextStart - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        started = System.nanoTime();
    }

    /** Notes that the job begun last has finished. */
    void end() {
        long now = System.nanoTime();
        nextStart = now + (now - started);
    }
}
