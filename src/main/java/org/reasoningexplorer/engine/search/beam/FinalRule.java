package org.reasoningexplorer.engine.search.beam;

/** How a step-level search picks among its finished chains. */
public enum FinalRule {
    /** The finished chain with the highest aggregated PRM score (Best-of-N). */
    BEST,
    /** The answer with the highest summed aggregated PRM score (weighted Best-of-N, search-and-learn's default). */
    WEIGHTED
}
