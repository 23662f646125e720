package org.reasoningexplorer.engine.search.sampling;

import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;

/** Chain of thought: one sampled chain, whose answer is the answer. */
public final class ChainOfThought extends DeclaredStrategy {
    public ChainOfThought(Map<String, String> given) {
        super("cot", given);
        options.finish();
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        int leaf = ctx.sampleChain(0, 0);
        if (!ctx.state(leaf).isTerminal()) {
            ctx.select(-1, "stopped before the chain stated an answer");
            return;
        }
        ctx.answer(leaf);
        ctx.select(leaf, "chain of thought: the single sample's answer");
    }
}
