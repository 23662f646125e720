package org.reasoningexplorer.app.answers;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reasoningexplorer.app.replay.PlaybackPacer;
import org.reasoningexplorer.app.replay.ReplayChange;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The answers panel's state: the tally at the current point of the replay (during playback updated ten
 * times a second at most, see {@link PlaybackPacer}), and the answer the person picked, whose chains are
 * highlighted in the tree.
 */
public final class AnswersViewModel {
    private final ReplayViewModel replay;
    private final ObjectProperty<int[]> highlight;
    private final ReadOnlyObjectWrapper<AnswerTally> tally = new ReadOnlyObjectWrapper<>(this, "tally", AnswerTally.EMPTY);
    private final ReadOnlyObjectWrapper<String> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private TallyTracker tracker = new TallyTracker();
    /** A tally built off the UI thread for a trace about to be opened, or null. */
    private Prepared adopted;

    /** The tally of a folded trace, built before it is shown (off the UI thread): see {@link #prepare}. */
    public static final class Prepared {
        private final TraceTree tree;
        private final TallyTracker tracker = new TallyTracker();
        private final AnswerTally tally;

        private Prepared(TraceTree tree, TraceHeader header) {
            this.tree = tree;
            this.tally = tracker.rebuild(tree, header);
        }

        /** The tally as prepared. */
        public AnswerTally tally() {
            return tally;
        }
    }

    /**
     * Tallies a folded trace's answers on the calling thread, before the tree is shown: a big search
     * has tens of thousands, which would keep the UI thread busy for a good tenth of a second.
     */
    public static Prepared prepare(TraceTree tree, TraceHeader header) {
        return new Prepared(tree, header);
    }

    /** Uses {@code p} (or nothing, when null) for the next replay that shows its tree afresh. */
    public void adopt(Prepared p) {
        adopted = p;
    }
    private final PlaybackPacer pacer;
    /** The tally at the current position, shown at once or, during playback, when the pacer says so. */
    private AnswerTally latest = AnswerTally.EMPTY;

    /**
     * @param highlight the nodes the tree view highlights; shared with it
     */
    public AnswersViewModel(ReplayViewModel replay, ObjectProperty<int[]> highlight) {
        this.replay = replay;
        this.highlight = highlight;
        pacer = new PlaybackPacer(replay.playingProperty(), this::show);
        replay.revisionProperty().addListener((o, a, b) -> refresh(replay.lastChange()));
        replay.documentProperty().addListener((o, a, b) -> clearChoice());
        refresh(ReplayChange.all(0));
    }

    /** Follows a step of the replay, re-reading only the answers its events touched. */
    private void refresh(ReplayChange change) {
        AnswerTally next = change.everything() ? null : tracker.follow(replay.tree(), replay.eventsOf(change), change.forward());
        Prepared p = adopted;
        adopted = null;
        if (next == null && p != null && p.tree == replay.tree()) {
            tracker = p.tracker;
            next = p.tally;
        } else if (next == null) {
            next = tracker.rebuild(replay.tree(), replay.header());
        }
        if (next != latest) {
            latest = next;
            pacer.request();
        }
    }

    private void show() {
        if (latest == tally.get()) {
            return;
        }
        tally.set(latest);
        if (chosen.get() != null) {
            highlight.set(chains(chosen.get()));
        }
    }

    /** Highlights the chains that gave this answer; choosing it again clears the highlight. */
    public void choose(String normalized) {
        if (normalized == null || normalized.equals(chosen.get())) {
            clearChoice();
            return;
        }
        chosen.set(normalized);
        highlight.set(chains(normalized));
    }

    public void clearChoice() {
        chosen.set(null);
        highlight.set(new int[0]);
    }

    /** Every node on the paths from the root to the answer's terminal nodes. */
    private int[] chains(String normalized) {
        TraceTree tree = replay.tree();
        Set<Integer> nodes = new LinkedHashSet<>();
        for (AnswerGroup g : tally.get().groups()) {
            if (g.normalized().equals(normalized)) {
                for (int leaf : g.nodes()) {
                    for (int n = leaf; n >= 0 && nodes.add(n); n = tree.parent(n)) {
                        // Walks up until a node already collected: shared prefixes are added once.
                    }
                }
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    public ReadOnlyObjectProperty<AnswerTally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    /** The normalised answer picked, or null. */
    public ReadOnlyObjectProperty<String> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }
}
