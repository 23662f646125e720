package org.reasoningexplorer.app.answers;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reasoningexplorer.app.replay.PlaybackPacer;
import org.reasoningexplorer.app.replay.ReplayChange;
import org.reasoningexplorer.app.replay.ReplayViewModel;
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
    private final TallyTracker tracker = new TallyTracker();
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
        if (next == null) {
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
