package org.reasoningexplorer.app.find;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.replay.ReplayChange;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The find bar's state: the query typed, the nodes that match it at the current point of the
 * replay, and which match is selected. Next and previous move the selection through the matches.
 * A replay step re-tests only the nodes its events touched.
 */
public final class FindViewModel {
    /** Changes of more events than this are searched afresh. */
    static final int FOLLOW_LIMIT = 20_000;
    private final ReplayViewModel replay;
    private final IntegerProperty selection;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<FindQuery.Mode> mode = new SimpleObjectProperty<>(this, "mode", FindQuery.Mode.TEXT);
    private final ReadOnlyObjectWrapper<int[]> matches = new ReadOnlyObjectWrapper<>(this, "matches", new int[0]);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<Phrase> status = new ReadOnlyObjectWrapper<>(this, "status", Phrase.NONE);
    /** The matching nodes of the last search, and the query and number of nodes it searched. */
    private final BitSet matched = new BitSet();
    private FindQuery searched;
    /** Runs text searches of trees whose texts stay in their file; hands results back on the UI thread. */
    private java.util.concurrent.Executor background;
    private java.util.concurrent.Executor ui;
    /** Counts searches, so a background search that a newer one overtook is dropped. */
    private long generation;
    private int searchedSize;

    /**
     * @param selection the selected node, shared with the tree view; next and previous set it
     */
    public FindViewModel(ReplayViewModel replay, IntegerProperty selection) {
        this.replay = replay;
        this.selection = selection;
        query.addListener((o, a, b) -> search());
        mode.addListener((o, a, b) -> search());
        replay.revisionProperty().addListener((o, a, b) -> follow(replay.lastChange()));
    }

    /**
     * Runs step-text searches of big traces (whose texts stay in the file, read back one by one) on
     * {@code background}, handing the matches back through {@code ui}: typing must not wait for a
     * million texts to be read. Other searches, and small traces, run at once.
     */
    public void searchTextsOn(java.util.concurrent.Executor background, java.util.concurrent.Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Follows a step of the replay: only the nodes its events touched, added or removed can match anew. */
    private void follow(ReplayChange change) {
        if (pendingSearch) {
            return; // a background search is on its way; it catches up with the nodes added meanwhile
        }
        int[] touched = searched == null || change.everything() || change.size() > FOLLOW_LIMIT ? null
                : touchedNodes(replay.eventsOf(change));
        if (touched == null) {
            search();
            return;
        }
        TraceTree tree = replay.tree();
        TreeModel model = replay.treeModelProperty().get();
        int size = tree.size();
        if (size < searchedSize) {
            matched.clear(size, searchedSize);
        }
        for (int id : touched) {
            if (id < size && id < searchedSize) {
                matched.set(id, searched.matches(tree, model, id));
            }
        }
        for (int id = searchedSize; id < size; id++) {
            matched.set(id, searched.matches(tree, model, id));
        }
        searchedSize = size;
        show(matched.stream().toArray());
    }

    /** The nodes whose text, answer or score the events may have changed, or null for an event it cannot tell. */
    private static int[] touchedNodes(List<TraceEvent> events) {
        BitSet ids = new BitSet();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.NodeCreated n) {
                ids.set(n.id());
            } else if (e instanceof TraceEvent.Scored sc) {
                ids.set(sc.node());
            } else if (e instanceof TraceEvent.Backpropagated b) {
                b.path().forEach(ids::set);
            } else if (e instanceof TraceEvent.AnswerExtracted a) {
                ids.set(a.node());
            } else if (!(e instanceof TraceEvent.Selected || e instanceof TraceEvent.Expanded || e instanceof TraceEvent.Simulated
                    || e instanceof TraceEvent.Backtracked || e instanceof TraceEvent.VoteCast || e instanceof TraceEvent.FinalSelection
                    || e instanceof TraceEvent.Ended || e instanceof TraceEvent.Reasoning || e instanceof TraceEvent.BeamStep
                    || e instanceof TraceEvent.Pruned || e instanceof TraceEvent.Unknown)) {
                return null;
            }
        }
        return ids.stream().toArray();
    }

    private boolean pendingSearch;

    private void search() {
        generation++;
        pendingSearch = false;
        searched = null;
        matched.clear();
        String typed = query.get();
        if (typed == null || typed.isBlank()) {
            matches.set(new int[0]);
            current.set(-1);
            status.set(Phrase.NONE);
            return;
        }
        FindQuery q;
        try {
            q = FindQuery.parse(mode.get(), typed);
        } catch (IllegalArgumentException e) {
            matches.set(new int[0]);
            current.set(-1);
            status.set(Phrase.of("find.badRange"));
            return;
        }
        TraceTree tree = replay.tree();
        TreeModel model = replay.treeModelProperty().get();
        TraceTree.NodeTexts texts = tree.lazyTexts();
        if (texts != null && q.mode() == FindQuery.Mode.TEXT && background != null) {
            searchTextsInBackground(q, texts, tree.size());
            return;
        }
        for (int id = 0; id < tree.size(); id++) {
            if (q.matches(tree, model, id)) {
                matched.set(id);
            }
        }
        searched = q;
        searchedSize = tree.size();
        show(matched.stream().toArray());
    }

    /** Tests the texts of nodes 0..size-1 off the UI thread (a node's text never changes), then catches up. */
    private void searchTextsInBackground(FindQuery q, TraceTree.NodeTexts texts, int size) {
        long gen = generation;
        pendingSearch = true;
        matches.set(new int[0]);
        current.set(-1);
        status.set(Phrase.of("find.searching"));
        background.execute(() -> {
            BitSet found = new BitSet(size);
            for (int id = 0; id < size && gen == generation; id++) {
                if (q.matchesText(texts.text(id))) {
                    found.set(id);
                }
            }
            ui.execute(() -> {
                if (gen != generation) {
                    return;
                }
                pendingSearch = false;
                TraceTree tree = replay.tree();
                int now = tree.size();
                matched.clear();
                matched.or(found);
                if (now < size) {
                    matched.clear(now, size);
                }
                for (int id = size; id < now; id++) {
                    matched.set(id, q.matches(tree, replay.treeModelProperty().get(), id));
                }
                searched = q;
                searchedSize = now;
                show(matched.stream().toArray());
            });
        });
    }

    /** Shows the matching ids (ascending); the same matches as before leave the properties as they were. */
    private void show(int[] ids) {
        if (!Arrays.equals(ids, matches.get())) {
            matches.set(ids);
        }
        int keep = Arrays.binarySearch(matches.get(), selection.get());
        current.set(keep >= 0 ? keep : -1);
        updateStatus();
    }

    private void updateStatus() {
        int n = matches.get().length;
        status.set(n == 0 ? Phrase.of("find.none")
                : current.get() < 0 ? Phrase.of("find.count", n) : Phrase.of("find.position", current.get() + 1, n));
    }

    /** Selects the next match after the current one (wrapping round). */
    public void next() {
        move(+1);
    }

    /** Selects the match before the current one (wrapping round). */
    public void previous() {
        move(-1);
    }

    private void move(int step) {
        int[] ids = matches.get();
        if (ids.length == 0) {
            return;
        }
        int i = current.get() < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.floorMod(current.get() + step, ids.length);
        current.set(i);
        selection.set(ids[i]);
        updateStatus();
    }

    /** The text typed. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<FindQuery.Mode> modeProperty() {
        return mode;
    }

    /** The ids of the matching nodes, ascending. */
    public ReadOnlyObjectProperty<int[]> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The index into the matches of the selected one, -1 when none is selected. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 12", "no matches" or why the query cannot be read. */
    public ReadOnlyObjectProperty<Phrase> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
