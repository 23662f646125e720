package org.reasoningexplorer.app.run;

import org.reasoningexplorer.engine.trace.TraceEvent;

/** How long a paced search pauses after an event so the tree grows at a watchable speed. */
final class Pacing {
    private Pacing() {
    }

    /** Milliseconds to wait after the event: one MCTS iteration, one step, one beam. */
    static long after(TraceEvent e, boolean mcts) {
        if (e instanceof TraceEvent.Backpropagated) {
            return 22;
        }
        if (e instanceof TraceEvent.NodeCreated && !mcts) {
            return 12;
        }
        if (e instanceof TraceEvent.BeamStep) {
            return 120;
        }
        return 0;
    }
}
