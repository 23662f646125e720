package org.reasoningexplorer.app.inspector;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.replay.PlaybackPacer;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.trace.Compute;

/**
 * The inspector's state: the report of the selected node at the current point of the replay, or a
 * phrase saying why there is none. Follows both the selection and the replay (during playback ten
 * times a second at most, see {@link PlaybackPacer}).
 */
public final class InspectorViewModel {
    private final ReplayViewModel replay;
    private final IntegerProperty selection;
    private final ReadOnlyObjectWrapper<NodeReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Phrase> placeholder = new ReadOnlyObjectWrapper<>(this, "placeholder", Phrase.NONE);
    private final ReadOnlyObjectWrapper<Compute> total = new ReadOnlyObjectWrapper<>(this, "total", Compute.ZERO);
    private final ReadOnlyObjectWrapper<Compute> whole = new ReadOnlyObjectWrapper<>(this, "whole");

    /**
     * @param selection the selected node id, -1 for none; shared with the tree view
     */
    public InspectorViewModel(ReplayViewModel replay, IntegerProperty selection) {
        this.replay = replay;
        this.selection = selection;
        PlaybackPacer pacer = new PlaybackPacer(replay.playingProperty(), this::refresh);
        replay.revisionProperty().addListener((o, a, b) -> pacer.request());
        selection.addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        int node = selection.get();
        total.set(replay.tree().compute());
        whole.set(wholeTrace());
        if (replay.documentProperty().get() == null) {
            report.set(null);
            placeholder.set(Phrase.of("inspector.noTrace"));
            return;
        }
        if (node < 0) {
            report.set(null);
            placeholder.set(Phrase.of("inspector.noSelection"));
            return;
        }
        NodeReport r = NodeReport.of(replay.tree(), replay.header(), node);
        report.set(r);
        placeholder.set(r == null ? Phrase.of("inspector.notYet", node) : Phrase.NONE);
    }

    /** The compute of the whole trace, as its end event records it, or null while there is no end. */
    private Compute wholeTrace() {
        var doc = replay.documentProperty().get();
        if (doc == null || doc.events().isEmpty()) {
            return null;
        }
        return doc.events().get(doc.events().size() - 1) instanceof org.reasoningexplorer.engine.trace.TraceEvent.Ended e
                ? e.compute() : null;
    }

    /** Selects a node of the path (the view forwards clicks here). */
    public void select(int node) {
        selection.set(node);
    }

    /** The report, or null (then see {@link #placeholderProperty()}). */
    public ReadOnlyObjectProperty<NodeReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The compute of the whole trace (from its end event), or null when the trace has no end yet. */
    public ReadOnlyObjectProperty<Compute> wholeProperty() {
        return whole.getReadOnlyProperty();
    }

    /** The compute the search has spent up to the current event. */
    public ReadOnlyObjectProperty<Compute> totalProperty() {
        return total.getReadOnlyProperty();
    }
}
