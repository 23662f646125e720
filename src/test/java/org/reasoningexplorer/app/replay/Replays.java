package org.reasoningexplorer.app.replay;

import java.nio.file.Path;
import org.reasoningexplorer.app.open.LoadOutcome;
import org.reasoningexplorer.app.open.TraceLoader;

/** Replays of the sample traces for view-model tests, with everything run on the test's thread. */
public final class Replays {
    private Replays() {
    }

    /** A replay of a file in samples/, at its end. */
    public static ReplayViewModel of(String sample) {
        LoadOutcome o = new TraceLoader().load(Path.of("samples", sample), f -> { }, () -> false);
        if (!(o instanceof LoadOutcome.Loaded l)) {
            throw new IllegalStateException("cannot load sample " + sample + ": " + o);
        }
        ReplayViewModel r = new ReplayViewModel(Runnable::run, Runnable::run);
        r.open(l.document(), l.folded(), l.snapshot());
        return r;
    }
}
