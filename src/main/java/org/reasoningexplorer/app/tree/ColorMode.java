package org.reasoningexplorer.app.tree;

/** What the colour of a node in the tree view shows. */
public enum ColorMode {
    /** The node's score in [0, 1] (PRM, ToT value, chain score or MCTS Q): red low, amber middle, green high. */
    SCORE,
    /** MCTS visit count N on a log scale, pale to dark. */
    VISITS,
    /** Green where a correct answer lies at or below the node, red where only wrong ones do. */
    CORRECTNESS,
    /** Answer nodes by answer cluster (one colour per distinct normalised answer); other nodes neutral. */
    CLUSTER
}
