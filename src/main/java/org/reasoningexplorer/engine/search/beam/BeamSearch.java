package org.reasoningexplorer.engine.search.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.ChainScorer;
import org.reasoningexplorer.engine.search.OptionSet;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.SearchStrategy;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.verify.PrmAggregation;

/**
 * Beam search with a PRM, with search-and-learn's semantics: N candidates per depth are scored by
 * the PRM (optionally after a greedy lookahead of k steps, costing N(k+1) steps); the top N/M
 * survive and each is expanded M ways. Finished chains are set aside; the result is chosen among
 * them by (weighted) Best-of-N.
 */
public final class BeamSearch implements SearchStrategy {
    private final OptionSet options;
    private final int n;
    private final int width;
    private final int maxDepth;
    private final int lookahead;
    private final FinalRule finalRule;
    private final ChainScorer scorer;

    public BeamSearch(Map<String, String> given) {
        options = new OptionSet("beam", given);
        n = options.integer("n", 16, 1, 10_000, "N: candidates alive at each depth (the budget per depth)");
        width = options.integer("width", 4, 1, 10_000, "M: beam width; the top N/M candidates survive and each is expanded M ways");
        maxDepth = options.integer("max-depth", 40, 1, 10_000, "give up on chains longer than this many steps");
        lookahead = options.integer("lookahead", 0, 0, 100, "k: greedy steps rolled out from each candidate only to score it");
        finalRule = options.choice("final", FinalRule.WEIGHTED, FinalRule.class, "how the answer is chosen among finished beams");
        PrmAggregation agg = options.choice("aggregation", PrmAggregation.LAST, PrmAggregation.class,
                "how a finished beam's step scores become its score for the final choice");
        scorer = new ChainScorer(agg);
        options.finish();
        if (width > n) {
            throw new IllegalArgumentException("beam option 'width' is " + width + "; it must not exceed n (" + n + ")");
        }
    }

    @Override
    public String name() {
        return "beam";
    }

    @Override
    public Map<String, Object> options() {
        return options.effective();
    }

    @Override
    public List<OptionSet.Doc> optionDocs() {
        return options.docs();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        int keep = Math.max(1, n / width);
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            active.add(ctx.sampleChild(0, i));
        }
        List<Integer> finished = new ArrayList<>();
        for (int depth = 1; !active.isEmpty() && !ctx.stopRequested(); depth++) {
            List<Integer> open = new ArrayList<>();
            double[] score = new double[ctx.tree().size() + 1];
            for (int c : active) {
                score[c] = lookahead > 0 ? Lookahead.score(ctx, c, lookahead) : ctx.prm(c);
                if (ctx.state(c).isTerminal()) {
                    finished.add(c);
                } else {
                    open.add(c);
                }
            }
            open.sort(Comparator.comparingDouble((Integer c) -> -score[c]));
            int k = depth >= maxDepth ? 0 : Math.min(keep, open.size());
            List<Integer> kept = List.copyOf(open.subList(0, k));
            ctx.emit(new TraceEvent.BeamStep(depth, kept, List.copyOf(open.subList(k, open.size()))));
            active = new ArrayList<>();
            for (int survivor : kept) {
                for (int j = 0; j < width && !ctx.stopRequested(); j++) {
                    active.add(ctx.sampleChild(survivor, j));
                }
            }
        }
        Finisher.finish(ctx, finished, finalRule, scorer, "beam search");
    }
}
