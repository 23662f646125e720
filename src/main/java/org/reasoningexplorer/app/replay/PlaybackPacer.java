package org.reasoningexplorer.app.replay;

import java.util.function.LongSupplier;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Paces a panel that follows the replay: a step refreshes it at once, but while the replay plays it
 * refreshes at most once per interval (nobody reads faster, and every refresh costs a frame to lay out
 * and draw); the refresh held back comes with the first step after the interval, or when playback stops.
 */
public final class PlaybackPacer {
    /** How often a panel refreshes during playback at most: ten times a second. */
    public static final long PLAYBACK_INTERVAL = 100_000_000;

    private final ObservableBooleanValue playing;
    private final Runnable refresh;
    private final LongSupplier clock;
    private final long interval;
    private long refreshedAt = Long.MIN_VALUE;
    private boolean pending;

    /** Paces {@code refresh} to {@link #PLAYBACK_INTERVAL} while {@code playing}. */
    public PlaybackPacer(ObservableBooleanValue playing, Runnable refresh) {
        this(playing, refresh, PLAYBACK_INTERVAL, System::nanoTime);
    }

    /**
     * @param interval the least time between two refreshes during playback, in the clock's nanoseconds
     * @param clock the time now in nanoseconds (System::nanoTime; tests pass their own)
     */
    public PlaybackPacer(ObservableBooleanValue playing, Runnable refresh, long interval, LongSupplier clock) {
        this.playing = playing;
        this.refresh = refresh;
        this.interval = interval;
        this.clock = clock;
        playing.addListener((o, was, now) -> {
            if (!now && pending) {
                run();
            }
        });
    }

    /** The state shown changed: refreshes now, or during playback when the interval has passed. */
    public void request() {
        if (playing.get() && refreshedAt != Long.MIN_VALUE && clock.getAsLong() - refreshedAt < interval) {
            pending = true;
            return;
        }
        run();
    }

    /** Whether a refresh is held back. */
    public boolean isPending() {
        return pending;
    }

    private void run() {
        pending = false;
        refreshedAt = clock.getAsLong();
        refresh.run();
    }
}
