package org.reasoningexplorer.engine.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generations already made, keyed by the identity of the draw that made them. A counterfactual
 * re-run that shares this cache with the original pays only for branches the original never wrote,
 * which is what makes "re-run from here" cheap on a language-model backend.
 *
 * <p>Not thread-safe: one search uses it at a time.
 */
public final class GenerationCache {
    private record Key(long drawKey, String purpose, int k) {
    }

    private final Map<Key, Object> entries = new HashMap<>();
    private long hits;
    private long misses;

    /** The cached generation for this draw, computing and keeping it on a miss. */
    @SuppressWarnings("unchecked")
    <T> T get(long drawKey, String purpose, int k, Supplier<T> generate) {
        Key key = new Key(drawKey, purpose, k);
        Object cached = entries.get(key);
        if (cached != null) {
            hits++;
            return (T) cached;
        }
        misses++;
        T value = generate.get();
        entries.put(key, value);
        return value;
    }

    /** Backend calls avoided. */
    public long hits() {
        return hits;
    }

    /** Backend calls made. */
    public long misses() {
        return misses;
    }

    public int size() {
        return entries.size();
    }

    /** Starts counting hits and misses afresh, keeping the entries. */
    public void resetCounts() {
        hits = 0;
        misses = 0;
    }
}
