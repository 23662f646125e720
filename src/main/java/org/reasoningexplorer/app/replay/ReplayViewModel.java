package org.reasoningexplorer.app.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * A trace replayed event by event: the state after the current event, stepping forwards by applying
 * events and backwards by undoing them exactly. Jumps that would take long are folded afresh on a
 * background thread. Live searches append events as they arrive; while the replay is at the end it
 * follows them.
 *
 * <p>Every method must be called on the UI thread (the FX thread, or the test's thread).
 */
public final class ReplayViewModel {
    /** Jumps that apply or undo more events than this are folded in the background. */
    static final int SYNC_LIMIT = 20_000;
    /** The playback speeds offered, in events per second. */
    public static final List<Double> SPEEDS = List.of(1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0, 500.0);
    /**
     * The least time between two states shown in playback, in seconds: about 30 a second look smooth,
     * and a state per frame (60 a second) only makes a software renderer fall behind on a big tree.
     */
    static final double MIN_TICK_INTERVAL = 0.03;

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<TraceDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<TreeModel> treeModel = new ReadOnlyObjectWrapper<>(this, "treeModel", TreeModel.EMPTY);
    private final ReadOnlyObjectWrapper<PhaseView> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyObjectWrapper<Phrase> narration = new ReadOnlyObjectWrapper<>(this, "narration", Phrase.NONE);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 10);
    private TraceCursor cursor = new TraceCursor(List.of(), new TraceTree().withUndo(), 0);
    private double owed;
    /** Seconds of playback since a state was last shown. */
    private double sinceShown;
    private int pendingTarget = -1;
    private long generation;
    private ReplayChange lastChange = ReplayChange.all(0);
    /** The position the state was last published at. */
    private int publishedAt;
    /** Whether the next publication may differ from the last in anything (another trace, or the same ended). */
    private boolean fresh = true;

    /**
     * @param background runs long folds (an executor of daemon threads)
     * @param ui runs a finished fold's hand-over on the UI thread ({@code Platform::runLater})
     */
    public ReplayViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Shows a finished trace at its end, using a tree already folded over all its events (with undo). */
    public void open(TraceDocument doc, TraceTree folded) {
        open(doc, folded, null);
    }

    /**
     * Shows a finished trace at its end, as {@link #open(TraceDocument, TraceTree)}, with the tree view's
     * snapshot of {@code folded} already built (off the UI thread); null builds it here.
     */
    public void open(TraceDocument doc, TraceTree folded, TreeModel snapshot) {
        if (folded.eventCount() != doc.events().size()) {
            throw new IllegalArgumentException("the folded tree has " + folded.eventCount() + " events but the trace has "
                    + doc.events().size());
        }
        generation++;
        pause();
        busy.set(false);
        pendingTarget = -1;
        cursor = new TraceCursor(doc.events(), folded, doc.events().size());
        fresh = true;
        boolean prebuilt = snapshot != null && snapshot.size() == folded.size();
        live.set(false);
        position.set(0);
        document.set(doc);
        total.set(doc.events().size());
        position.set(doc.events().size());
        if (prebuilt) {
            cursor.adoptSnapshot();
            treeModel.set(snapshot);
        }
        publish();
    }

    /** Starts a live search's replay: no events yet; {@link #append} brings them. */
    public void openLive(TraceHeader header) {
        generation++;
        pause();
        busy.set(false);
        pendingTarget = -1;
        List<TraceEvent> events = new ArrayList<>();
        cursor = new TraceCursor(events, new TraceTree().withUndo(), 0);
        fresh = true;
        document.set(new TraceDocument(null, header, events, List.of(), false));
        live.set(true);
        position.set(0);
        total.set(0);
        publish();
    }

    /** Marks the live search finished; its events are now saved in {@code file} (null when they could not be). */
    public void endLive(java.nio.file.Path file) {
        if (!live.get()) {
            return;
        }
        document.set(new TraceDocument(file, header(), cursor.events(), List.of(), false));
        live.set(false);
        cursor.markModelChanged();
        fresh = true;
        publish();
    }

    /** New events of the live search; shown at once when the replay is at the end. */
    public void append(List<TraceEvent> batch) {
        if (!live.get() || batch.isEmpty()) {
            return;
        }
        List<TraceEvent> events = cursor.events();
        boolean following = position.get() == events.size() && !busy.get();
        events.addAll(batch);
        total.set(events.size());
        if (following) {
            cursor.moveTo(events.size());
            position.set(events.size());
            publish();
        }
    }

    public void stepForward() {
        pause();
        jumpTo(position.get() + 1);
    }

    public void stepBack() {
        pause();
        jumpTo(position.get() - 1);
    }

    public void jumpToStart() {
        jumpTo(0);
    }

    public void jumpToEnd() {
        jumpTo(total.get());
    }

    /** Shows the state after the first {@code target} events (clamped to the trace). */
    public void jumpTo(int target) {
        int t = Math.max(0, Math.min(total.get(), target));
        if (busy.get()) {
            pendingTarget = t;
            return;
        }
        if (t == cursor.position()) {
            return;
        }
        if (cursor.cost(t) > SYNC_LIMIT) {
            foldInBackground(t);
            return;
        }
        cursor.moveTo(t);
        position.set(t);
        publish();
    }

    private void foldInBackground(int target) {
        busy.set(true);
        // A live search's list grows on this thread, so the fold gets a copy; a file's index never changes.
        List<TraceEvent> all = cursor.events();
        List<TraceEvent> prefix = all instanceof org.reasoningexplorer.engine.trace.EventFile ? all : List.copyOf(all.subList(0, target));
        long gen = generation;
        background.execute(() -> {
            var fresh = TraceCursor.fold(prefix, target);
            ui.execute(() -> {
                if (gen != generation) {
                    return;
                }
                cursor.replace(fresh, target);
                position.set(target);
                busy.set(false);
                publish();
                if (pendingTarget >= 0) {
                    int next = pendingTarget;
                    pendingTarget = -1;
                    jumpTo(next);
                }
            });
        });
    }

    /** Plays from the current event; from the start when at the end. */
    public void play() {
        if (total.get() == 0) {
            return;
        }
        if (position.get() >= total.get() && !live.get()) {
            jumpToStart();
        }
        owed = 0;
        sinceShown = MIN_TICK_INTERVAL;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Advances playback by the events due after {@code seconds} at the current speed; the view calls it
     * every frame. Shows at most one new state per call, and none sooner than {@link #MIN_TICK_INTERVAL}
     * after the last: events due meanwhile are applied together with the next.
     */
    public void tick(double seconds) {
        if (!playing.get() || busy.get()) {
            return;
        }
        double s = Math.max(0, seconds);
        owed += s * speed.get();
        sinceShown += s;
        int due = (int) Math.floor(owed);
        if (due <= 0 || sinceShown < MIN_TICK_INTERVAL) {
            return;
        }
        owed -= due;
        sinceShown = 0;
        int target = Math.min(total.get(), position.get() + due);
        cursor.moveTo(target);
        position.set(target);
        publish();
        if (position.get() >= total.get() && !live.get()) {
            pause();
        }
    }

    private void publish() {
        int p = position.get();
        lastChange = fresh ? ReplayChange.all(p) : new ReplayChange(publishedAt, p, false);
        fresh = false;
        publishedAt = p;
        if (cursor.takeModelChange()) {
            // A selection or a vote leaves the snapshot as it was; a step that touched a few nodes patches
            // a copy of it, reading only those nodes from the tree; anything else rebuilds it.
            int[] touched = cursor.takeTouchedNodes();
            TraceTree t = cursor.tree();
            treeModel.set(touched == null ? TreeModel.from(t, t.size()) : TreeModel.updated(treeModel.get(), t, t.size(), touched));
        }
        phase.set(PhaseView.at(cursor.events(), p));
        narration.set(p == 0 ? Phrase.of(total.get() == 0 ? "event.none" : "event.start")
                : EventNarration.of(cursor.events().get(p - 1)));
        revision.set(revision.get() + 1);
    }

    /**
     * What the latest change of the state shown (the latest step of {@link #revisionProperty()}) amounts
     * to, so a panel can update only what it touched.
     */
    public ReplayChange lastChange() {
        return lastChange;
    }

    /** The events a change applied or undone, in trace order. */
    public List<TraceEvent> eventsOf(ReplayChange change) {
        return change.events(cursor.events());
    }

    /** The state after the current event; read it on the UI thread only. */
    public TraceTree tree() {
        return cursor.tree();
    }

    public TraceHeader header() {
        TraceDocument d = document.get();
        return d == null ? null : d.header();
    }

    /** The event the current state ends with, or null at the start. */
    public TraceEvent currentEvent() {
        int p = position.get();
        return p == 0 ? null : cursor.events().get(p - 1);
    }

    public ReadOnlyObjectProperty<TraceDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The number of events applied: 0 (nothing yet) to {@link #totalProperty()}. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The tree to draw: a snapshot of the current state. */
    public ReadOnlyObjectProperty<TreeModel> treeModelProperty() {
        return treeModel.getReadOnlyProperty();
    }

    /** The phase to draw, or null. */
    public ReadOnlyObjectProperty<PhaseView> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The current event in words. */
    public ReadOnlyObjectProperty<Phrase> narrationProperty() {
        return narration.getReadOnlyProperty();
    }

    /** Changes whenever the state shown changes, so panels that read {@link #tree()} refresh. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether a long jump is being folded in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the trace is a search still running. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Playback speed in events per second. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
