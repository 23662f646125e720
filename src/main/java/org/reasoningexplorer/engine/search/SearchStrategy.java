package org.reasoningexplorer.engine.search;

import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.ReasoningState;

/** A test-time compute strategy: it spends generation and verification to choose an answer. */
public interface SearchStrategy {
    /** The strategy's name as used on the command line and in traces, e.g. "mcts". */
    String name();

    /** Every option with its effective value. */
    Map<String, Object> options();

    /** The declared options with defaults and meanings. */
    List<OptionSet.Doc> optionDocs();

    /**
     * Runs the search, emitting every step through the context. Stops early, with a final
     * selection from what it has, when the context reports cancellation.
     */
    <S extends ReasoningState> void run(SearchContext<S> ctx);
}
