package org.reasoningexplorer.engine.whatif;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.reasoningexplorer.engine.search.ScoreOverrides;

/** The user's score edits in order, with undo and redo; later edits of the same score win. */
public final class EditHistory {
    private final List<ScoreEdit> applied = new ArrayList<>();
    private final Deque<ScoreEdit> undone = new ArrayDeque<>();

    public void apply(ScoreEdit edit) {
        applied.add(edit);
        undone.clear();
    }

    public boolean canUndo() {
        return !applied.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Takes back the last edit and returns it. */
    public ScoreEdit undo() {
        if (applied.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        ScoreEdit e = applied.remove(applied.size() - 1);
        undone.push(e);
        return e;
    }

    /** Re-applies the last undone edit and returns it. */
    public ScoreEdit redo() {
        if (undone.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        ScoreEdit e = undone.pop();
        applied.add(e);
        return e;
    }

    /** The edits in force, oldest first. */
    public List<ScoreEdit> edits() {
        return List.copyOf(applied);
    }

    /** Replaces everything with these edits (e.g. from an overlay file); clears redo. */
    public void reset(List<ScoreEdit> edits) {
        applied.clear();
        applied.addAll(edits);
        undone.clear();
    }

    /** The edits by node id, for re-selection. */
    public ChainTable.Edits byNode() {
        ChainTable.Edits e = ChainTable.Edits.NONE;
        for (ScoreEdit s : applied) {
            e = e.with(s.node(), s.kind(), s.value());
        }
        return e;
    }

    /** The edits by node identity, for a counterfactual re-run. */
    public ScoreOverrides byKey() {
        List<ScoreOverrides.Edit> list = new ArrayList<>();
        for (ScoreEdit s : applied) {
            list.add(new ScoreOverrides.Edit(s.key(), s.kind(), s.value()));
        }
        return new ScoreOverrides(list);
    }
}
