package org.reasoningexplorer.engine.search.beam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.ChainScorer;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** Picks the result of a step-level search from its finished chains, by Best-of-N or weighted Best-of-N. */
final class Finisher {
    private Finisher() {
    }

    static <S extends ReasoningState> void finish(SearchContext<S> ctx, List<Integer> finished, FinalRule rule,
                                                  ChainScorer scorer, String what) {
        if (finished.isEmpty()) {
            ctx.select(-1, what + ": no chain finished within the depth limit");
            return;
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Integer> firstNode = new LinkedHashMap<>();
        for (int leaf : finished) {
            TraceTree.Answer a = ctx.answer(leaf);
            double s = ctx.chainScore(leaf, scorer);
            if (s > bestScore) {
                bestScore = s;
                best = leaf;
            }
            if (rule == FinalRule.WEIGHTED) {
                double[] acc = sums.computeIfAbsent(a.normalized(), k -> new double[2]);
                acc[0]++;
                acc[1] += s;
                firstNode.putIfAbsent(a.normalized(), leaf);
                ctx.emit(new TraceEvent.VoteCast(leaf, a.normalized(), s, (int) acc[0], acc[1]));
            }
        }
        if (rule == FinalRule.BEST) {
            ctx.select(best, String.format("%s: best of %d finished chains by %s, score %.3f",
                    what, finished.size(), scorer.tag(), bestScore));
            return;
        }
        String top = null;
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            if (top == null || e.getValue()[1] > sums.get(top)[1]) {
                top = e.getKey();
            }
        }
        ctx.select(firstNode.get(top), String.format("%s: weighted Best-of-N over %d finished chains, summed %s %.3f",
                what, finished.size(), scorer.tag(), sums.get(top)[1]));
    }
}
