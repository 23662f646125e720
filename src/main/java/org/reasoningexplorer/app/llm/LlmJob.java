package org.reasoningexplorer.app.llm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reasoningexplorer.app.run.SearchJob;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;

/**
 * A search with a language model, run live in the app. Every answer the server gives is kept in a
 * journal beside the trace, so running the same job again after a failure does not ask twice.
 */
public record LlmJob(LlmSearch search, Path journal) implements SearchJob {
    /** The journal file kept beside a trace file. */
    public static Path journalFor(Path trace) {
        return trace.resolveSibling(trace.getFileName() + ".responses.jsonl");
    }

    @Override
    public TraceHeader header() {
        return search.header();
    }

    @Override
    public void run(Consumer<TraceEvent> sink, BooleanSupplier cancel) throws IOException {
        try (ResponseJournal j = ResponseJournal.open(journal)) {
            search.run(sink, cancel, j);
        }
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public String toString() {
        return "LlmJob[" + search.strategyName() + ", journal=" + journal + "]";
    }
}
