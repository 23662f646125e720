package org.reasoningexplorer.engine.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Randomness keyed to a node's identity rather than drawn from one global sequence.
 *
 * <p>A node's key is derived from its parent's key and the step that led to it, so a re-run that
 * changes one branch leaves the random draws of every other branch untouched. Every consumer
 * (the policy, each verifier) asks for its own stream with a distinct purpose string.
 */
public final class KeyedRandom {
    /** The base from which every root key is derived (see {@link #rootKey}). */
    public static final long ROOT_KEY = 0x5EEDL;

    private KeyedRandom() {
    }

    /** SplitMix64's finaliser: a bijective, well-mixed 64-bit hash. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Combines two keys, order-sensitively. */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + mix(b));
    }

    /** A 64-bit FNV-1a hash of the text, mixed. */
    public static long hash(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** The key of a search's root: the problem's identity, so different problems draw independently. */
    public static long rootKey(String problemText) {
        return childKey(ROOT_KEY, problemText);
    }

    /** The key of the child reached from {@code parentKey} by the step with this text. */
    public static long childKey(long parentKey, String stepText) {
        return combine(parentKey, hash(stepText));
    }

    /** The key of the i-th independent sample drawn below {@code parentKey}. */
    public static long sampleKey(long parentKey, int index) {
        return combine(parentKey, 0x51A7E000L + index);
    }

    /** A random stream for one purpose at one node of one seeded search. */
    public static SplittableRandom stream(long seed, long nodeKey, String purpose) {
        return new SplittableRandom(combine(combine(mix(seed), nodeKey), hash(purpose)));
    }

    /** Formats a key as 16 hex digits, the form used in traces. */
    public static String hex(long key) {
        return String.format("%016x", key);
    }
}
