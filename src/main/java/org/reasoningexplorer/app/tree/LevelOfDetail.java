package org.reasoningexplorer.app.tree;

/** How much the tree view draws per node, chosen from the zoom. */
public enum LevelOfDetail {
    /** Far away: coloured dots and edges, rasterised into one image. */
    DOTS,
    /** Nearer: boxes with a short label (N and Q for MCTS, else the first dozen characters). */
    SHORT_LABELS,
    /** Close up: boxes with the full step text, wrapped, and the node's scores. */
    FULL_TEXT
}
