package org.reasoningexplorer.engine.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.GenerationCache;
import org.reasoningexplorer.engine.search.ScoreOverrides;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * "Re-run from here": the same search with some verifier scores edited, continued with the same
 * budget. Because randomness is keyed to node identity, the re-run repeats the original event for
 * event up to the first decision the edit changes (the fork), and every branch it still explores
 * comes out identical. Generations are served from a cache, so only new branches cost backend calls.
 */
public final class Counterfactual {
    /**
     * The outcome of a re-run.
     *
     * @param forkEvent index of the first event that differs from the original (the original's size if none)
     * @param backendCalls generations the re-run had to make (cache misses)
     * @param reusedGenerations generations served from the cache
     */
    public record Result(TraceHeader header, List<TraceEvent> events, TraceTree tree, int forkEvent, TraceDiff diff,
                         long backendCalls, long reusedGenerations) {
    }

    /** Runs a search once with the given edits, streaming its events; either search kind can be one. */
    @FunctionalInterface
    public interface Runner {
        TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel, ScoreOverrides edits);
    }

    private Counterfactual() {
    }

    /**
     * Re-runs a language-model search with the edits. The journal should hold the original run's
     * answers (open a copy of {@code <trace>.responses.jsonl} with {@link ResponseJournal#openCopy}, so
     * the original journal stays as its trace made it): identical requests are answered from it and
     * only new branches reach the server. Backend calls count generation requests that reached the
     * server; judge requests are not journalled and are asked again.
     */
    public static Result run(LlmSearch search, List<TraceEvent> original, TraceTree originalTree, ScoreOverrides edits,
                             ResponseJournal journal, String originalName, Consumer<TraceEvent> sink, BooleanSupplier cancel) {
        return run(search.header(), (s, c, e) -> search.run(s, c, journal, e), journal::recorded, journal::replayed,
                original, originalTree, edits, originalName, sink, cancel);
    }

    /**
     * Re-runs {@code search} with the edits, comparing it with the original's events. The cache should
     * hold the original's generations (pass the one the original run filled, or a fresh one to pay again).
     */
    public static Result run(PuzzleSearch search, List<TraceEvent> original, TraceTree originalTree, ScoreOverrides edits,
                             GenerationCache cache, String originalName, Consumer<TraceEvent> sink, BooleanSupplier cancel) {
        return run(search.header(), (s, c, e) -> search.run(s, c, e, cache), cache::misses, cache::hits,
                original, originalTree, edits, originalName, sink, cancel);
    }

    /**
     * Re-runs any search with the edits: {@code calls} and {@code reused} are running counters of
     * backend calls made and generations served from a cache, read before and after the re-run.
     */
    public static Result run(TraceHeader base, Runner runner, LongSupplier calls, LongSupplier reused, List<TraceEvent> original,
                             TraceTree originalTree, ScoreOverrides edits, String originalName, Consumer<TraceEvent> sink,
                             BooleanSupplier cancel) {
        List<TraceEvent> events = new ArrayList<>();
        long hitsBefore = reused.getAsLong();
        long missesBefore = calls.getAsLong();
        TraceTree tree = runner.run(e -> {
            events.add(e);
            if (sink != null) {
                sink.accept(e);
            }
        }, cancel, edits);
        int fork = 0;
        while (fork < events.size() && fork < original.size() && events.get(fork).equals(original.get(fork))) {
            fork++;
        }
        Map<String, Object> forkInfo = new LinkedHashMap<>();
        forkInfo.put("trace", originalName);
        forkInfo.put("event", fork);
        List<Map<String, Object>> editList = new ArrayList<>();
        for (ScoreOverrides.Edit e : edits.edits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", e.nodeKey());
            m.put("kind", e.kind().tag());
            m.put("value", e.value());
            editList.add(m);
        }
        forkInfo.put("edits", editList);
        TraceHeader header = new TraceHeader(base.format(), base.version(), base.problem(), base.strategy(), base.backend(),
                base.verifiers(), base.seed(), forkInfo);
        return new Result(header, events, tree, fork, TraceDiff.of(originalTree, tree),
                calls.getAsLong() - missesBefore, reused.getAsLong() - hitsBefore);
    }
}
