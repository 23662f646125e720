package org.reasoningexplorer.engine.search.tot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * Tree of Thoughts, depth-first: proposes and values the children of the current state, prunes
 * those valued below a threshold, descends into the best, and backtracks from dead ends. It stops
 * at the first finished chain whose value reaches the acceptance level, or when the step budget
 * is spent (then it returns the best-valued finished chain seen). Uses an explicit stack.
 */
public final class TotDfs extends DeclaredStrategy {
    private final int propose;
    private final int valueSamples;
    private final double threshold;
    private final double accept;
    private final int maxSteps;

    public TotDfs(Map<String, String> given) {
        super("tot-dfs", given);
        propose = options.integer("propose", 5, 1, 1000, "k: next steps proposed from each visited state");
        valueSamples = options.integer("value-samples", 3, 1, 100, "sampled value judgements per state, summed");
        threshold = options.real("threshold", 1.0, 0, 1e6, "prune children valued below this (3 × impossible = 0.003; 1 likely = 1)");
        accept = options.real("accept", 20.0, 0, 1e6, "stop at a finished chain valued at least this (one 'sure' = 20)");
        maxSteps = options.integer("max-steps", 200, 1, 10_000_000, "budget: generated steps before giving up");
        options.finish();
    }

    private static final class Frame {
        final int node;
        final List<Integer> children;
        int next;

        Frame(int node, List<Integer> children) {
            this.node = node;
            this.children = children;
        }
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(0, viable(ctx, 0)));
        int best = -1;
        while (!stack.isEmpty() && !ctx.stopRequested() && ctx.tree().compute().steps() < maxSteps) {
            Frame top = stack.peek();
            if (top.next >= top.children.size()) {
                stack.pop();
                if (!stack.isEmpty()) {
                    ctx.emit(new TraceEvent.Backtracked(top.node, stack.peek().node));
                }
                continue;
            }
            int child = top.children.get(top.next++);
            if (ctx.state(child).isTerminal()) {
                ctx.answer(child);
                double v = ctx.tree().latestScore(child, ScoreKind.VALUE);
                if (best < 0 || v > ctx.tree().latestScore(best, ScoreKind.VALUE)) {
                    best = child;
                }
                if (v >= accept) {
                    ctx.select(child, String.format("ToT DFS: first finished chain valued %.3f ≥ %.3f", v, accept));
                    return;
                }
                ctx.emit(new TraceEvent.Pruned(child, String.format("answer valued %.3f < acceptance %.3f", v, accept)));
                continue;
            }
            stack.push(new Frame(child, viable(ctx, child)));
        }
        String why = ctx.stopRequested() ? "stopped" : stack.isEmpty() ? "search exhausted" : "step budget spent";
        ctx.select(best, best < 0 ? "ToT DFS: " + why + " without a finished chain"
                : String.format("ToT DFS: %s; best-valued finished chain (%.3f)", why, ctx.tree().latestScore(best, ScoreKind.VALUE)));
    }

    /** Expands a node, values its children, prunes those below the threshold, best first. */
    private <S extends ReasoningState> List<Integer> viable(SearchContext<S> ctx, int node) {
        List<Integer> children = ctx.expand(node, propose);
        List<Integer> keep = new ArrayList<>();
        for (int c : children) {
            double v = ctx.value(c, valueSamples);
            if (v < threshold) {
                ctx.emit(new TraceEvent.Pruned(c, String.format("valued %.3f < threshold %.3f", v, threshold)));
            } else {
                keep.add(c);
            }
        }
        keep.sort(Comparator.comparingDouble((Integer c) -> -ctx.tree().latestScore(c, ScoreKind.VALUE)));
        return keep;
    }
}
