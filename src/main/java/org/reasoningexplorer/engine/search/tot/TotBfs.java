package org.reasoningexplorer.engine.search.tot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * Tree of Thoughts, breadth-first (Yao et al. 2023): at each depth every frontier state proposes
 * up to k next steps, each new state is valued by sampled sure/likely/impossible judgements
 * (summed as 20/1/0.001), and the best b states are kept. The answer is the highest-valued
 * finished chain; ties go to the earlier one.
 */
public final class TotBfs extends DeclaredStrategy {
    private final int breadth;
    private final int propose;
    private final int valueSamples;
    private final int maxDepth;

    public TotBfs(Map<String, String> given) {
        super("tot-bfs", given);
        breadth = options.integer("breadth", 5, 1, 1000, "b: states kept per depth (ToT used 5; 1 gives greedy search)");
        propose = options.integer("propose", 8, 1, 1000, "k: next steps proposed from each kept state");
        valueSamples = options.integer("value-samples", 3, 1, 100, "sampled value judgements per state, summed (ToT used 3)");
        maxDepth = options.integer("max-depth", 20, 1, 10_000, "give up below this depth");
        options.finish();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        List<Integer> frontier = List.of(0);
        List<Integer> finished = new ArrayList<>();
        for (int depth = 1; depth <= maxDepth && !frontier.isEmpty() && !ctx.stopRequested(); depth++) {
            List<Integer> candidates = new ArrayList<>();
            for (int f : frontier) {
                candidates.addAll(ctx.expand(f, propose));
            }
            double[] value = new double[ctx.tree().size()];
            for (int c : candidates) {
                value[c] = ctx.value(c, valueSamples);
            }
            List<Integer> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparingDouble((Integer c) -> -value[c]));
            int k = Math.min(breadth, ranked.size());
            List<Integer> kept = List.copyOf(ranked.subList(0, k));
            ctx.emit(new TraceEvent.BeamStep(depth, kept, List.copyOf(ranked.subList(k, ranked.size()))));
            List<Integer> next = new ArrayList<>();
            for (int c : kept) {
                if (ctx.state(c).isTerminal()) {
                    ctx.answer(c);
                    finished.add(c);
                } else {
                    next.add(c);
                }
            }
            frontier = next;
        }
        int best = -1;
        for (int c : finished) {
            if (best < 0 || ctx.tree().latestScore(c, ScoreKind.VALUE)
                    > ctx.tree().latestScore(best, ScoreKind.VALUE)) {
                best = c;
            }
        }
        ctx.select(best, best < 0 ? "ToT BFS: no chain finished"
                : String.format("ToT BFS: highest-valued of %d finished chains (value %.3f)", finished.size(),
                        ctx.tree().latestScore(best, ScoreKind.VALUE)));
    }
}
