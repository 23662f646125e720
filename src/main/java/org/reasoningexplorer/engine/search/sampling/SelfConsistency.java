package org.reasoningexplorer.engine.search.sampling;

import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.ChainScorer;
import org.reasoningexplorer.engine.search.OptionSet;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;

/**
 * Self-consistency (Wang et al. 2022): sample N chains and return the most frequent normalised
 * answer; with {@code weighted=true}, the answer with the largest summed verifier score.
 */
public final class SelfConsistency extends DeclaredStrategy {
    private final int n;
    private final TieBreak tieBreak;
    private final boolean weighted;
    private final ChainScorer scorer;

    public SelfConsistency(Map<String, String> given, boolean weighted) {
        super(weighted ? "weighted-vote" : "majority", given);
        this.weighted = weighted;
        n = options.integer("n", 16, 1, 100_000, "number of sampled chains");
        tieBreak = options.choice("tie-break", TieBreak.FIRST, TieBreak.class,
                "rule for answers tied at the top: first (cluster seen first; equals a uniform choice for i.i.d. samples), score, or random");
        scorer = weighted || tieBreak == TieBreak.SCORE ? ChainScorer.declare(options, ChainScorer.Source.ORM) : null;
        options.finish();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        Ballot ballot = new Ballot();
        int done = 0;
        for (int i = 0; i < n && !ctx.stopRequested(); i++) {
            int leaf = ctx.sampleChain(0, i);
            if (!ctx.state(leaf).isTerminal()) {
                break;
            }
            double w = scorer == null ? 1.0 : ctx.chainScore(leaf, scorer);
            ballot.cast(ctx, leaf, w);
            done++;
        }
        Ballot.Cluster win = ballot.winner(weighted, tieBreak, ctx.rng(ctx.key(0), "tie-break"));
        if (win == null) {
            ctx.select(-1, "no chain finished");
            return;
        }
        int tied = ballot.tiedAtTop(weighted);
        String tally = weighted
                ? String.format("weighted vote: summed %s score %.3f over %d of %d chains", scorer.tag(), win.weight, win.count, done)
                : String.format("majority: %d of %d votes", win.count, done);
        String tie = tied > 1 ? "; " + tied + " answers tied, broken by rule '" + OptionSet.tag(tieBreak) + "'" : "";
        ctx.select(win.firstNode, tally + " among " + ballot.clusterCount() + " distinct answers" + tie);
    }
}
