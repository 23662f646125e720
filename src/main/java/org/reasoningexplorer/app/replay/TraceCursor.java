package org.reasoningexplorer.app.replay;

import java.util.List;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * A point in a trace and the state there: a tree folded over the first {@code position} events,
 * moved forwards by applying events and backwards by undoing them (or folding afresh when that is
 * cheaper). Remembers whether anything the tree view draws has changed since it was last asked.
 */
final class TraceCursor {
    private final List<TraceEvent> events;
    private TraceTree tree;
    private int position;
    private boolean modelChanged = true;
    /** The nodes whose drawn values the events passed since the last snapshot may have changed. */
    private final java.util.BitSet touched = new java.util.BitSet();
    /** Whether the next snapshot must be built afresh rather than patched from the last one. */
    private boolean rebuild = true;
    /** How many node ids were noted in {@link #touched} (counting repeats). */
    private int touches;

    /** A cursor at {@code position}, whose tree must be the fold of exactly that many events, with undo. */
    TraceCursor(List<TraceEvent> events, TraceTree tree, int position) {
        this.events = events;
        this.tree = tree;
        this.position = position;
    }

    /** Folds the first {@code count} events into a new tree that can step back. */
    static TraceTree fold(List<TraceEvent> events, int count) {
        TraceTree fresh = org.reasoningexplorer.engine.trace.EventFile.newTreeFor(events).withUndo();
        for (int i = 0; i < count; i++) {
            fresh.apply(events.get(i));
        }
        return fresh;
    }

    /** How many events moving to {@code target} applies or undoes, by the cheaper way. */
    int cost(int target) {
        return target >= position ? target - position : canUndoTo(target) ? Math.min(position - target, target) : target;
    }

    /** Whether the tree still holds the undo records to step back to {@code target}. */
    private boolean canUndoTo(int target) {
        return position - target <= tree.undoDepth();
    }

    void moveTo(int target) {
        if (target > position) {
            for (int i = position; i < target; i++) {
                tree.apply(events.get(i));
                touch(events.get(i));
            }
            position = target;
            return;
        }
        if (position - target <= target && canUndoTo(target)) {
            while (position > target) {
                TraceEvent last = events.get(position - 1);
                touch(last);
                tree.undo(last);
                position--;
            }
        }
        if (position > target) {
            replace(fold(events, target), target);
        }
    }

    /** Takes a tree folded elsewhere (e.g. in the background) over the first {@code count} events. */
    void replace(TraceTree folded, int count) {
        tree = folded;
        position = count;
        markModelChanged();
    }

    /** Notes what an event applied or undone changes of the drawn state. */
    private void touch(TraceEvent e) {
        if (!changesModel(e)) {
            return;
        }
        modelChanged = true;
        if (rebuild) {
            return;
        }
        if (e instanceof TraceEvent.NodeCreated n) {
            touched.set(n.id());
        } else if (e instanceof TraceEvent.Scored s) {
            touched.set(s.node());
        } else if (e instanceof TraceEvent.Reasoning r) {
            touched.set(r.node());
        } else if (e instanceof TraceEvent.Backpropagated b) {
            b.path().forEach(touched::set);
        } else if (e instanceof TraceEvent.BeamStep b) {
            b.kept().forEach(touched::set);
            b.pruned().forEach(touched::set);
        } else if (e instanceof TraceEvent.Pruned p) {
            touched.set(p.node());
        } else if (e instanceof TraceEvent.AnswerExtracted a) {
            touched.set(a.node());
        } else {
            // Anything else unknown is rebuilt to be safe.
            rebuild = true;
            touched.clear();
        }
        if (++touches > 4096) {
            rebuild = true;
            touched.clear();
        }
    }

    /** Whether an event changes what the tree view draws (selections, rollouts, votes and the end do not). */
    static boolean changesModel(TraceEvent e) {
        return !(e instanceof TraceEvent.Selected || e instanceof TraceEvent.Expanded || e instanceof TraceEvent.Backtracked
                || e instanceof TraceEvent.VoteCast || e instanceof TraceEvent.FinalSelection || e instanceof TraceEvent.Ended
                || e instanceof TraceEvent.Unknown || e instanceof TraceEvent.Simulated);
    }

    /** Whether the drawn state changed since the last call (and forgets it). */
    boolean takeModelChange() {
        boolean changed = modelChanged;
        modelChanged = false;
        return changed;
    }

    /** The snapshot of the current tree was built elsewhere: nothing has changed since. */
    void adoptSnapshot() {
        modelChanged = false;
        rebuild = false;
        touched.clear();
        touches = 0;
    }

    void markModelChanged() {
        modelChanged = true;
        rebuild = true;
        touched.clear();
        touches = 0;
    }

    /**
     * The nodes whose drawn values changed since the last call, or null when the snapshot must be
     * built afresh (after a jump folded anew, an answer, or too many changes); forgets them.
     */
    int[] takeTouchedNodes() {
        int[] ids = rebuild ? null : touched.stream().toArray();
        rebuild = false;
        touched.clear();
        touches = 0;
        return ids;
    }

    TraceTree tree() {
        return tree;
    }

    int position() {
        return position;
    }

    List<TraceEvent> events() {
        return events;
    }
}
