package org.reasoningexplorer.engine.whatif;

import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;
import org.reasoningexplorer.engine.reasoner.embedded.StepReplay;
import org.reasoningexplorer.engine.trace.TraceTree;

/** Rebuilds the embedded reasoner's state at every node of a puzzle trace from the written steps. */
public final class PuzzleReplay {
    private PuzzleReplay() {
    }

    /** The state at each node, index = node id; null where a step cannot be read (e.g. a hand-edited trace). */
    public static PuzzleState[] states(Puzzle puzzle, TraceTree tree) {
        PuzzleState[] out = new PuzzleState[tree.size()];
        if (tree.size() == 0) {
            return out;
        }
        out[0] = PuzzleState.initial(puzzle);
        for (int id = 1; id < tree.size(); id++) {
            PuzzleState parent = out[tree.parent(id)];
            if (parent == null || parent.isTerminal()) {
                continue;
            }
            try {
                out[id] = StepReplay.apply(parent, tree.text(id));
            } catch (RuntimeException e) {
                out[id] = null;
            }
        }
        return out;
    }
}
