package org.reasoningexplorer.engine.forensics;

import java.util.List;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Solver;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.whatif.PuzzleReplay;

/** Finds the first step of a chain that went wrong: exactly where a checker exists, else by the PRM. */
public interface FirstWrongStep {
    /** The node id of the first wrong step on the path to {@code leaf}, or −1 if none is found. */
    int find(TraceTree tree, int leaf);

    /** "exact" or "prm": how the step was found. */
    String method();

    /**
     * Exact, for puzzles: the first step whose arithmetic is wrong or after which the numbers left
     * can no longer reach the target (or, for the answer line, an answer that is not correct).
     */
    static FirstWrongStep exact(Puzzle puzzle, TraceTree tree) {
        PuzzleState[] states = PuzzleReplay.states(puzzle, tree);
        Solver solver = Solver.shared();
        return new FirstWrongStep() {
            @Override
            public int find(TraceTree t, int leaf) {
                List<Integer> path = t.pathTo(leaf);
                for (int i = 1; i < path.size(); i++) {
                    PuzzleState s = states[path.get(i)];
                    if (s == null) {
                        return -1;
                    }
                    boolean good = s.isTerminal() ? t.answer(path.get(i)) != null && t.answer(path.get(i)).correct()
                            : s.lastStepArithmeticOk() && solver.canReach(s.remaining(), puzzle.targetValue(), puzzle.rules());
                    if (!good) {
                        return path.get(i);
                    }
                }
                return -1;
            }

            @Override
            public String method() {
                return "exact";
            }
        };
    }

    /** By the process reward model: the first step it scores below the threshold. */
    static FirstWrongStep byPrm(double threshold) {
        return new FirstWrongStep() {
            @Override
            public int find(TraceTree t, int leaf) {
                for (int node : t.pathTo(leaf)) {
                    double s = t.latestScore(node, ScoreKind.PRM);
                    if (!Double.isNaN(s) && s < threshold) {
                        return node;
                    }
                }
                return -1;
            }

            @Override
            public String method() {
                return "prm";
            }
        };
    }
}
