package org.reasoningexplorer.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class PlaybackPacerTest {
    private final SimpleBooleanProperty playing = new SimpleBooleanProperty();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000);
    private final PlaybackPacer pacer = new PlaybackPacer(playing, refreshes::incrementAndGet, 100, now::get);

    @Test
    void stepsOutsidePlaybackRefreshAtOnce() {
        for (int i = 0; i < 5; i++) {
            pacer.request();
        }
        assertEquals(5, refreshes.get());
    }

    @Test
    void duringPlaybackRefreshesComeAtMostOncePerInterval() {
        playing.set(true);
        pacer.request();
        assertEquals(1, refreshes.get(), "the first step of playback refreshes at once");
        now.addAndGet(30);
        pacer.request();
        now.addAndGet(30);
        pacer.request();
        assertEquals(1, refreshes.get());
        assertTrue(pacer.isPending());
        now.addAndGet(50);
        pacer.request();
        assertEquals(2, refreshes.get(), "the first step after the interval");
        assertFalse(pacer.isPending());
    }

    @Test
    void aRefreshHeldBackComesWhenPlaybackStops() {
        playing.set(true);
        pacer.request();
        now.addAndGet(10);
        pacer.request();
        assertEquals(1, refreshes.get());
        playing.set(false);
        assertEquals(2, refreshes.get(), "the state where playback stopped is shown");
        playing.set(true);
        playing.set(false);
        assertEquals(2, refreshes.get(), "nothing held back, nothing to do");
    }
}
