package org.reasoningexplorer.engine.search.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * Diverse verifier tree search (DVTS): N is split into N/M independent subtrees; each expands M
 * candidates per step and greedily keeps the one the PRM scores best. Subtrees advance in lockstep,
 * one depth at a time, so a replay shows them side by side.
 */
public final class Dvts extends DeclaredStrategy {
    private final StepSearchOptions o;

    public Dvts(Map<String, String> given) {
        super("dvts", given);
        o = StepSearchOptions.declare(options, "dvts", "N: total candidates per depth, split into N/M subtrees",
                "M: candidates each subtree expands per step");
        options.finish();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        int width = o.width();
        int subtrees = Math.max(1, o.n() / width);
        int[] head = new int[subtrees];
        boolean[] done = new boolean[subtrees];
        List<Integer> finished = new ArrayList<>();
        for (int depth = 1; depth <= o.maxDepth() && !ctx.stopRequested(); depth++) {
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
        Finisher.finish(ctx, finished, o.finalRule(), o.scorer(), "DVTS with " + subtrees + " subtrees");
    }
}
