package org.reasoningexplorer.app.replay;

import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * What the search was doing at a point of a replay, for the tree view to draw: one of the four MCTS
 * phases, or a beam step with the candidates it kept and pruned.
 *
 * @param path the selected or backed-up path (root first), or the single expanded or simulated node, or a beam's kept nodes
 * @param others the new children of an expansion, or the pruned candidates of a beam step
 * @param rolloutSteps the steps of a simulated rollout
 * @param value the rollout's or backed-up value, NaN when none
 */
public record PhaseView(Phase phase, int[] path, int[] others, int rolloutSteps, double value, int depth) {
    /** A phase of one MCTS iteration, or a beam step. */
    public enum Phase { SELECT, EXPAND, SIMULATE, BACKPROP, BEAM }

    /** How far back the phase of a position is looked for (scores and answers sit between phases). */
    private static final int LOOK_BACK = 64;

    /** The bundle key of the phase's name. */
    public String nameKey() {
        return "phase." + phase.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The phase shown after the first {@code position} events, or null when the last events belong
     * to no phase (a vote, the final choice, or a strategy without phases).
     */
    public static PhaseView at(List<TraceEvent> events, int position) {
        List<Integer> created = new ArrayList<>();
        int parent = -2;
        for (int i = position - 1; i >= 0 && i >= position - LOOK_BACK; i--) {
            TraceEvent e = events.get(i);
            if (e instanceof TraceEvent.NodeCreated n) {
                if (parent != -2 && n.parent() != parent) {
                    return null;
                }
                parent = n.parent();
                created.add(0, n.id());
                continue;
            }
            if (!created.isEmpty()) {
                // Nodes made right after a selection are that selection's expansion (MCTS emits "expand" after them).
                return e instanceof TraceEvent.Selected && parent >= 0
                        ? new PhaseView(Phase.EXPAND, new int[] {parent}, ints(created), 0, Double.NaN, -1) : null;
            }
            if (e instanceof TraceEvent.Selected s) {
                return new PhaseView(Phase.SELECT, ints(s.path()), new int[0], 0, Double.NaN, -1);
            } else if (e instanceof TraceEvent.Expanded x) {
                return new PhaseView(Phase.EXPAND, new int[] {x.node()}, ints(x.children()), 0, Double.NaN, -1);
            } else if (e instanceof TraceEvent.Simulated s) {
                return new PhaseView(Phase.SIMULATE, new int[] {s.node()}, new int[0], s.steps().size(), s.value(), -1);
            } else if (e instanceof TraceEvent.Backpropagated b) {
                return new PhaseView(Phase.BACKPROP, ints(b.path()), new int[0], 0, b.value(), -1);
            } else if (e instanceof TraceEvent.BeamStep b) {
                return new PhaseView(Phase.BEAM, ints(b.kept()), ints(b.pruned()), 0, Double.NaN, b.depth());
            } else if (!(e instanceof TraceEvent.Scored)) {
                return null;
            }
        }
        return null;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhaseView p && p.phase == phase && java.util.Arrays.equals(p.path, path)
                && java.util.Arrays.equals(p.others, others) && p.rolloutSteps == rolloutSteps
                && Double.compare(p.value, value) == 0 && p.depth == depth;
    }

    @Override
    public int hashCode() {
        return phase.hashCode() * 31 + java.util.Arrays.hashCode(path);
    }

    @Override
    public String toString() {
        return phase + java.util.Arrays.toString(path) + java.util.Arrays.toString(others);
    }
}
