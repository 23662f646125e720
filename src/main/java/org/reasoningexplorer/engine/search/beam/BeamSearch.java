package org.reasoningexplorer.engine.search.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * Beam search with a PRM, with search-and-learn's semantics: N candidates per depth are scored by
 * the PRM (optionally after a greedy lookahead of k steps, costing N(k+1) steps); the top N/M
 * survive and each is expanded M ways. Finished chains are set aside; the result is chosen among
 * them by (weighted) Best-of-N.
 */
public final class BeamSearch extends DeclaredStrategy {
    private final StepSearchOptions o;
    private final int lookahead;

    public BeamSearch(Map<String, String> given) {
        super("beam", given);
        o = StepSearchOptions.declare(options, "beam", "N: candidates alive at each depth (the budget per depth)",
                "M: beam width; the top N/M candidates survive and each is expanded M ways");
        lookahead = options.integer("lookahead", 0, 0, 100, "k: greedy steps rolled out from each candidate only to score it");
        options.finish();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        int n = o.n();
        int width = o.width();
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
            int k = depth >= o.maxDepth() ? 0 : Math.min(keep, open.size());
            List<Integer> kept = List.copyOf(open.subList(0, k));
            ctx.emit(new TraceEvent.BeamStep(depth, kept, List.copyOf(open.subList(k, open.size()))));
            active = new ArrayList<>();
            for (int survivor : kept) {
                for (int j = 0; j < width && !ctx.stopRequested(); j++) {
                    active.add(ctx.sampleChild(survivor, j));
                }
            }
        }
        Finisher.finish(ctx, finished, o.finalRule(), o.scorer(), "beam search");
    }
}
