package org.reasoningexplorer.engine.search.beam;

import org.reasoningexplorer.engine.search.ChainScorer;
import org.reasoningexplorer.engine.search.OptionSet;
import org.reasoningexplorer.engine.verify.PrmAggregation;

/** The options beam search and DVTS share: N, M, a depth limit, and how the finished chains are chosen among. */
record StepSearchOptions(int n, int width, int maxDepth, FinalRule finalRule, ChainScorer scorer) {
    static StepSearchOptions declare(OptionSet o, String strategy, String nMeaning, String widthMeaning) {
        int n = o.integer("n", 16, 1, 10_000, nMeaning);
        int width = o.integer("width", 4, 1, 10_000, widthMeaning);
        int maxDepth = o.integer("max-depth", 40, 1, 10_000, "give up on chains longer than this many steps");
        FinalRule rule = o.choice("final", FinalRule.WEIGHTED, FinalRule.class,
                "how the answer is chosen among finished chains: best (Best-of-N) or weighted (weighted Best-of-N)");
        PrmAggregation agg = o.choice("aggregation", PrmAggregation.LAST, PrmAggregation.class,
                "how a finished chain's step scores become its score for the final choice");
        if (width > n) {
            throw new IllegalArgumentException(strategy + " option 'width' is " + width + "; it must not exceed n (" + n + ")");
        }
        return new StepSearchOptions(n, width, maxDepth, rule, new ChainScorer(agg));
    }
}
