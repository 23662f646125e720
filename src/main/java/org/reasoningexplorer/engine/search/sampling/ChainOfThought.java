package org.reasoningexplorer.engine.search.sampling;

import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.OptionSet;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.SearchStrategy;

/** Chain of thought: one sampled chain, whose answer is the answer. */
public final class ChainOfThought implements SearchStrategy {
    private final OptionSet options;

    public ChainOfThought(Map<String, String> given) {
        options = new OptionSet("cot", given);
        options.finish();
    }

    @Override
    public String name() {
        return "cot";
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
        int leaf = ctx.sampleChain(0, 0);
        if (!ctx.state(leaf).isTerminal()) {
            ctx.select(-1, "stopped before the chain stated an answer");
            return;
        }
        ctx.answer(leaf);
        ctx.select(leaf, "chain of thought: the single sample's answer");
    }
}
