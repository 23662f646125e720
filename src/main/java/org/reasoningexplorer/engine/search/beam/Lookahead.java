package org.reasoningexplorer.engine.search.beam;

import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.reasoner.Proposal;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.verify.Verifier;

/**
 * Lookahead scoring: roll a candidate out greedily for k steps, outside the tree, and score it with
 * the PRM's judgement of the last rolled-out step (search-and-learn's lookahead).
 */
final class Lookahead {
    private Lookahead() {
    }

    static <S extends ReasoningState> double score(SearchContext<S> ctx, int node, int k) {
        double seen = ctx.tree().latestScore(node, ScoreKind.PRM);
        if (!Double.isNaN(seen)) {
            return seen;
        }
        if (ctx.state(node).isTerminal()) {
            return ctx.prm(node);
        }
        S state = ctx.state(node);
        long key = ctx.key(node);
        List<String> steps = new ArrayList<>();
        int tokens = 0;
        for (int i = 0; i < k && !state.isTerminal(); i++) {
            Proposal<S> p = ctx.draw(state, key, "lookahead");
            steps.add(p.text());
            tokens += p.tokens();
            state = p.next();
            key = KeyedRandom.childKey(key, p.text());
        }
        Verifier.ProcessRewardModel<S> prm = ctx.verifiers().prm();
        if (prm == null) {
            throw new IllegalStateException("beam search needs a process reward model, but none is configured");
        }
        Verifier.Score s = prm.scoreStep(state, ctx.rng(key, SearchContext.PRM_STREAM));
        double value = ctx.edited(node, ScoreKind.PRM, s.value());
        ctx.emit(new TraceEvent.Simulated(node, List.copyOf(steps), tokens, value, state.isTerminal() ? state.answer() : null));
        ctx.emit(new TraceEvent.Scored(node, prm.name(), ScoreKind.PRM, value, s.truth(), 1, List.of()));
        return value;
    }
}
