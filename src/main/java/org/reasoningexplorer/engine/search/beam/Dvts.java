package org.reasoningexplorer.engine.search.beam;

import java.util.ArrayList;
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
 * Diverse verifier tree search (DVTS): N is split into N/M independent subtrees; each expands M
 * candidates per step and greedily keeps the one the PRM scores best. Subtrees advance in lockstep,
 * one depth at a time, so a replay shows them side by side.
 */
public final class Dvts implements SearchStrategy {
    private final OptionSet options;
    private final int n;
    private final int width;
    private final int maxDepth;
    private final FinalRule finalRule;
    private final ChainScorer scorer;

    public Dvts(Map<String, String> given) {
        options = new OptionSet("dvts", given);
        n = options.integer("n", 16, 1, 10_000, "N: total candidates per depth, split into N/M subtrees");
        width = options.integer("width", 4, 1, 10_000, "M: candidates each subtree expands per step");
        maxDepth = options.integer("max-depth", 40, 1, 10_000, "give up on chains longer than this many steps");
        finalRule = options.choice("final", FinalRule.WEIGHTED, FinalRule.class, "how the answer is chosen among the subtrees' chains");
        PrmAggregation agg = options.choice("aggregation", PrmAggregation.LAST, PrmAggregation.class,
                "how a finished chain's step scores become its score for the final choice");
        scorer = new ChainScorer(agg);
        options.finish();
        if (width > n) {
            throw new IllegalArgumentException("dvts option 'width' is " + width + "; it must not exceed n (" + n + ")");
        }
    }

    @Override
    public String name() {
        return "dvts";
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
        int subtrees = Math.max(1, n / width);
        int[] head = new int[subtrees];
        boolean[] done = new boolean[subtrees];
        List<Integer> finished = new ArrayList<>();
        for (int depth = 1; depth <= maxDepth && !ctx.stopRequested(); depth++) {
            List<Integer> kept = new ArrayList<>();
            List<Integer> pruned = new ArrayList<>();
            boolean any = false;
            for (int t = 0; t < subtrees && !ctx.stopRequested(); t++) {
                if (done[t]) {
                    continue;
                }
                any = true;
                int best = -1;
                double bestScore = Double.NEGATIVE_INFINITY;
                List<Integer> candidates = new ArrayList<>();
                for (int j = 0; j < width; j++) {
                    int c = depth == 1 ? ctx.sampleChild(0, t * width + j) : ctx.sampleChild(head[t], j);
                    candidates.add(c);
                    double s = ctx.prm(c);
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                for (int c : candidates) {
                    (c == best ? kept : pruned).add(c);
                }
                head[t] = best;
                if (ctx.state(best).isTerminal()) {
                    done[t] = true;
                    finished.add(best);
                }
            }
            if (!any) {
                break;
            }
            ctx.emit(new TraceEvent.BeamStep(depth, List.copyOf(kept), List.copyOf(pruned)));
        }
        Finisher.finish(ctx, finished, finalRule, scorer, "DVTS with " + subtrees + " subtrees");
    }
}
