package org.reasoningexplorer.app.tree;

import java.util.Arrays;

/**
 * The MCTS phase the tree view draws on top of the tree: the SELECT path lit up, the EXPAND node's new
 * children, a SIMULATE rollout hanging below a node as a dashed line of k steps, or the BACKPROP path
 * flashing. Immutable.
 */
public final class PhaseOverlay {
    /** The four phases of one MCTS iteration. */
    public enum Phase { SELECT, EXPAND, SIMULATE, BACKPROP }

    private final Phase phase;
    private final int[] path;
    private final int[] children;
    private final int rolloutSteps;
    private final double value;

    private PhaseOverlay(Phase phase, int[] path, int[] children, int rolloutSteps, double value) {
        if (path.length == 0) {
            throw new IllegalArgumentException(phase + " overlay needs at least one node");
        }
        for (int id : path) {
            checkId(phase, id);
        }
        for (int id : children) {
            checkId(phase, id);
        }
        this.phase = phase;
        this.path = path;
        this.children = children;
        this.rolloutSteps = rolloutSteps;
        this.value = value;
    }

    /** The path the tree policy walked, root first. */
    public static PhaseOverlay select(int... path) {
        return new PhaseOverlay(Phase.SELECT, path.clone(), new int[0], 0, Double.NaN);
    }

    /** A node and the children it was just expanded into. */
    public static PhaseOverlay expand(int node, int... children) {
        return new PhaseOverlay(Phase.EXPAND, new int[] {node}, children.clone(), 0, Double.NaN);
    }

    /** A rollout of {@code steps} steps from a node (not in the tree), ending in {@code value} (NaN if unknown). */
    public static PhaseOverlay simulate(int node, int steps, double value) {
        if (steps < 0) {
            throw new IllegalArgumentException("a rollout cannot have " + steps + " steps");
        }
        return new PhaseOverlay(Phase.SIMULATE, new int[] {node}, new int[0], steps, value);
    }

    /** The path a value is backed up along, root first. */
    public static PhaseOverlay backprop(double value, int... path) {
        return new PhaseOverlay(Phase.BACKPROP, path.clone(), new int[0], 0, value);
    }

    private static void checkId(Phase phase, int id) {
        if (id < 0) {
            throw new IllegalArgumentException(phase + " overlay names node " + id + "; node ids are >= 0");
        }
    }

    public Phase phase() {
        return phase;
    }

    /** The path (SELECT, BACKPROP) or the single node (EXPAND, SIMULATE); a copy. */
    public int[] path() {
        return path.clone();
    }

    public int pathLength() {
        return path.length;
    }

    public int pathNode(int i) {
        return path[i];
    }

    /** The last node of the path: the expanded or simulated node, or the leaf of a selection. */
    public int node() {
        return path[path.length - 1];
    }

    /** The new children of an EXPAND; a copy, empty for other phases. */
    public int[] children() {
        return children.clone();
    }

    /** The number of steps of a SIMULATE rollout, 0 for other phases. */
    public int rolloutSteps() {
        return rolloutSteps;
    }

    /** The rollout's or backed-up value, NaN when not given. */
    public double value() {
        return value;
    }

    @Override
    public String toString() {
        return phase + Arrays.toString(path) + (children.length > 0 ? "→" + Arrays.toString(children) : "")
                + (rolloutSteps > 0 ? " rollout " + rolloutSteps : "");
    }
}
