package org.reasoningexplorer.app.llm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reasoningexplorer.app.run.SearchJob;
import org.reasoningexplorer.engine.llm.LlmBackend;
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
    public void run(Consumer<TraceEvent> sink, BooleanSupplier cancel, Drafts drafts) throws IOException {
        if (drafts == null || !search.generator().stream()) {
            run(sink, cancel);
            return;
        }
        // Which node each solution (its list of steps) is, so streamed text can be placed under its parent.
        Map<List<String>, Integer> nodeOf = new ConcurrentHashMap<>();
        Map<Integer, List<String>> stepsOf = new ConcurrentHashMap<>();
        Consumer<TraceEvent> tracking = e -> {
            if (e instanceof TraceEvent.NodeCreated n) {
                List<String> parentSteps = n.parent() < 0 ? null : stepsOf.get(n.parent());
                List<String> steps;
                if (n.parent() < 0) {
                    steps = List.of();
                } else if (parentSteps == null) {
                    steps = null;
                } else {
                    List<String> l = new ArrayList<>(parentSteps);
                    l.add(n.text());
                    steps = List.copyOf(l);
                }
                if (steps != null) {
                    stepsOf.put(n.id(), steps);
                    nodeOf.putIfAbsent(steps, n.id());
                }
                if (n.parent() >= 0) {
                    drafts.done(n.parent());
                }
            }
            sink.accept(e);
        };
        LlmBackend.StepStreamListener stream = (steps, sample, text, reasoning) -> {
            Integer parent = nodeOf.get(steps);
            if (parent != null) {
                drafts.delta(parent, sample, text, reasoning);
            }
        };
        try (ResponseJournal j = ResponseJournal.open(journal)) {
            search.run(tracking, cancel, j, stream);
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
