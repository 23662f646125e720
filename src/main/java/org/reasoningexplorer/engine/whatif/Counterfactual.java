package org.reasoningexplorer.engine.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
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

    private Counterfactual() {
    }

    /**
     * Re-runs {@code search} with the edits, comparing it with the original's events. The cache should
     * hold the original's generations (pass the one the original run filled, or a fresh one to pay again).
     */
    public static Result run(PuzzleSearch search, List<TraceEvent> original, TraceTree originalTree, ScoreOverrides edits,
                             GenerationCache cache, String originalName, Consumer<TraceEvent> sink, BooleanSupplier cancel) {
        List<TraceEvent> events = new ArrayList<>();
        long hitsBefore = cache.hits();
        long missesBefore = cache.misses();
        TraceTree tree = search.run(e -> {
            events.add(e);
            if (sink != null) {
                sink.accept(e);
            }
        }, cancel, edits, cache);
        int fork = 0;
        while (fork < events.size() && fork < original.size() && events.get(fork).equals(original.get(fork))) {
            fork++;
        }
        TraceHeader base = search.header();
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
                cache.misses() - missesBefore, cache.hits() - hitsBefore);
    }
}
