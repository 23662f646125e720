package org.reasoningexplorer.engine.search.sampling;

import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.ChainScorer;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;

/**
 * Best-of-N (Cobbe et al. 2021): sample N chains and return the one the verifier scores highest,
 * by the ORM or by PRM step scores aggregated (last, min, product, mean). Ties go to the earlier chain.
 */
public final class BestOfN extends DeclaredStrategy {
    private final int n;
    private final ChainScorer scorer;

    public BestOfN(Map<String, String> given) {
        super("best-of-n", given);
        n = options.integer("n", 16, 1, 100_000, "number of sampled chains");
        scorer = ChainScorer.declare(options, ChainScorer.Source.ORM);
        options.finish();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int done = 0;
        for (int i = 0; i < n && !ctx.stopRequested(); i++) {
            int leaf = ctx.sampleChain(0, i);
            if (!ctx.state(leaf).isTerminal()) {
                break;
            }
            ctx.answer(leaf);
            double s = ctx.chainScore(leaf, scorer);
            done++;
            if (s > bestScore) {
                bestScore = s;
                best = leaf;
            }
        }
        ctx.select(best, best < 0 ? "no chain finished"
                : String.format("best of %d by %s: score %.3f", done, scorer.tag(), bestScore));
    }
}
