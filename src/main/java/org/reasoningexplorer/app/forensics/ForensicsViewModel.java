package org.reasoningexplorer.app.forensics;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.reasoningexplorer.app.replay.TraceDocument;

/** "Why did the vote fail?" for the open trace: the report, computed off the FX thread whenever a trace opens. */
public final class ForensicsViewModel {
    private final IntegerProperty selection;
    private final ReadOnlyObjectWrapper<TraceForensics> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicLong generation = new AtomicLong();

    public ForensicsViewModel(ObservableValue<TraceDocument> document, IntegerProperty selection, Executor background, Executor ui) {
        this.selection = selection;
        document.addListener((o, a, d) -> {
            long g = generation.incrementAndGet();
            result.set(null);
            if (d == null) {
                return;
            }
            background.execute(() -> {
                TraceForensics f;
                try {
                    f = TraceForensics.of(d.file(), d.header(), d.events());
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
