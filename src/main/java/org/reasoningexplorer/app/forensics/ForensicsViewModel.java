package org.reasoningexplorer.app.forensics;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.reasoningexplorer.app.replay.TraceDocument;

/** "Why did the vote fail?" for the open trace: the report, computed off the FX thread when a trace opens (a big one once the tab is shown). */
public final class ForensicsViewModel {
    /** Wrong chains are listed this many at a time: a search can leave thousands. */
    static final int CHAIN_PAGE = 50;

    private final IntegerProperty selection;
    private final ReadOnlyObjectWrapper<TraceForensics> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicLong generation = new AtomicLong();
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(this, "active", true);
    private final Executor background;
    private final Executor ui;
    /** A big trace whose analysis waits until the tab is shown. */
    private TraceDocument waiting;

    public ForensicsViewModel(ObservableValue<TraceDocument> document, IntegerProperty selection, Executor background, Executor ui) {
        this.selection = selection;
        this.background = background;
        this.ui = ui;
        active.addListener((o, was, now) -> {
            if (now && waiting != null) {
                analyse(waiting, generation.get());
            }
        });
        document.addListener((o, a, d) -> {
            long g = generation.incrementAndGet();
            result.set(null);
            waiting = null;
            if (d == null) {
                return;
            }
            if (d.keepsEventsInFile() && !active.get()) {
                waiting = d;
                return;
            }
            analyse(d, g);
        });
    }

    /**
     * Whether the Why? tab is in use. A big trace (one whose events stay in its file) is analysed
     * only once it is, so the analysis does not compete with opening it; small traces at once.
     */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    private void analyse(TraceDocument d, long g) {
        waiting = null;
        background.execute(() -> {
            TraceForensics f;
            try {
                f = TraceForensics.of(d.file(), d.header(), d.events());
                // The first page of wrong chains names their first wrong steps: read those texts here, where a
                // big trace reads them back from its file, so the FX thread finds them cached.
                for (var w : f.report().wrongChains().subList(0, Math.min(CHAIN_PAGE, f.report().wrongChains().size()))) {
                    if (w.firstWrongStep() >= 0) {
                        f.tree().text(w.firstWrongStep());
                    }
                }
            } catch (RuntimeException e) {
                f = null;
            }
            TraceForensics done = f;
            ui.execute(() -> {
                if (generation.get() == g) {
                    result.set(done);
                }
            });
        });
    }

    /** The report for the open trace, or null while it is computed or when no trace is open. */
    public ReadOnlyObjectProperty<TraceForensics> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Selects a node in the tree (a wrong chain's first wrong step). */
    public void select(int node) {
        if (node >= 0) {
            selection.set(node);
        }
    }
}
