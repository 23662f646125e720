package org.reasoningexplorer.engine.search;

import java.util.concurrent.CancellationException;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * Runs one strategy from the root to its end event: creates the root, lets the strategy search,
 * and records how the run ended (completed, cancelled or failed) with the compute spent.
 */
public final class SearchRunner {
    private SearchRunner() {
    }

    /** Runs the search; a failure is recorded in the trace and then rethrown. */
    public static <S extends ReasoningState> TraceEvent.FinalSelection run(SearchStrategy strategy, SearchContext<S> ctx,
                                                                           String problemText) {
        ctx.createRoot(problemText);
        try {
            strategy.run(ctx);
        } catch (CancellationException e) {
            ctx.emit(new TraceEvent.Ended("cancelled", ctx.tree().compute(), "cancelled by the user"));
            return ctx.tree().selection();
        } catch (RuntimeException e) {
            ctx.emit(new TraceEvent.Ended("failed", ctx.tree().compute(), String.valueOf(e.getMessage())));
            throw e;
        }
        String status = ctx.stopRequested() ? "cancelled" : "completed";
        ctx.emit(new TraceEvent.Ended(status, ctx.tree().compute(), ""));
        return ctx.tree().selection();
    }
}
