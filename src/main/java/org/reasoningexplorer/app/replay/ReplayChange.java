package org.reasoningexplorer.app.replay;

import java.util.List;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * What one change of the replayed state amounts to, so panels can update only what it touched: the
 * events applied (going forwards) or undone (going backwards) between two positions of one trace, or
 * everything (another trace, or the same one read anew).
 *
 * <p>The state at a position is the fold of the events before it, however the replay got there, so
 * the difference between two positions is always exactly the events between them.
 *
 * @param from the position before the change
 * @param to the position after it
 * @param everything whether anything may have changed (then {@code from} is meaningless)
 */
public record ReplayChange(int from, int to, boolean everything) {

    /** A change that may have touched anything, ending at {@code to}. */
    public static ReplayChange all(int to) {
        return new ReplayChange(to, to, true);
    }

    /** This change followed by {@code next}, as one change (for panels that catch up later). */
    public ReplayChange then(ReplayChange next) {
        if (everything || next.everything) {
            return all(next.to);
        }
        return new ReplayChange(from, next.to, false);
    }

    /** Whether events were applied rather than undone. */
    public boolean forward() {
        return to >= from;
    }

    /** How many events were applied or undone. */
    public int size() {
        return Math.abs(to - from);
    }

    /**
     * The events applied or undone, in trace order (undoing ran through them from the last); empty when
     * the change is {@link #everything()}.
     */
    public List<TraceEvent> events(List<TraceEvent> trace) {
        return everything ? List.of() : trace.subList(Math.min(from, to), Math.max(from, to));
    }
}
