package org.reasoningexplorer.engine.search.sampling;

/**
 * How a vote chooses among answers tied at the top.
 *
 * <p>FIRST (the default) takes the cluster whose first vote came earliest. For i.i.d. samples this
 * equals a uniformly random choice among the tied clusters, because every order of the samples is
 * equally likely; so the closed forms in REFERENCE.md apply unchanged.
 */
public enum TieBreak {
    /** The tied cluster that received its first vote earliest. */
    FIRST,
    /** The tied cluster with the higher summed score (majority vote) or the higher best single score (weighted vote). */
    SCORE,
    /** Uniformly at random, from the search's seed. */
    RANDOM
}
