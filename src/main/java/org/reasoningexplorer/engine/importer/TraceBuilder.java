package org.reasoningexplorer.engine.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.trace.Compute;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;

/**
 * Collects the events of one imported trace: gives node ids densely in creation order, derives
 * node keys the way the engine does ({@link KeyedRandom#childKey}, with {@link KeyedRandom#sampleKey}
 * for independent samples), keeps the vote tally, and ends with the compute the events add up to.
 */
final class TraceBuilder {
    private final List<TraceEvent> events = new ArrayList<>();
    private final Set<Long> usedKeys = new HashSet<>();
    private final Map<String, double[]> tally = new HashMap<>();
    private final Map<Integer, String> answers = new HashMap<>();
    private long[] keys = new long[64];
    private int[] parents = new int[64];
    private int[] depths = new int[64];
    private int size;
    private long steps;
    private long tokens;
    private long verifierCalls;

    /** Creates the root (node 0): the problem. */
    int root(String problemText) {
        if (size != 0) {
            throw new IllegalStateException("the root is created first, once");
        }
        return add(-1, KeyedRandom.ROOT_KEY, problemText, 0, false);
    }

    /** A step below {@code parent}; its key follows from the parent's key and the text. */
    int node(int parent, String text, int stepTokens, boolean terminal) {
        return add(parent, KeyedRandom.childKey(keys[parent], text), text, stepTokens, terminal);
    }

    /** The first step of the {@code index}-th independent sample below {@code parent}, keyed as the engine keys samples. */
    int sampleNode(int parent, int index, String text, int stepTokens, boolean terminal) {
        return add(parent, KeyedRandom.childKey(KeyedRandom.sampleKey(keys[parent], index), text), text, stepTokens, terminal);
    }

    /** A chain of steps below {@code parent}, the first keyed as sample {@code index}; the last is terminal. Returns the ids. */
    List<Integer> chain(int parent, int index, List<String> stepTexts, int[] stepTokens) {
        List<Integer> ids = new ArrayList<>(stepTexts.size());
        int at = parent;
        for (int i = 0; i < stepTexts.size(); i++) {
            boolean last = i == stepTexts.size() - 1;
            int t = stepTokens == null ? 0 : stepTokens[i];
            at = i == 0 ? sampleNode(at, index, stepTexts.get(i), t, last) : node(at, stepTexts.get(i), t, last);
            ids.add(at);
        }
        return ids;
    }

    private int add(int parent, long key, String text, int stepTokens, boolean terminal) {
        long k = key;
        for (int n = 1; !usedKeys.add(k); n++) {
            k = KeyedRandom.combine(key, n);
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            parents = Arrays.copyOf(parents, size * 2);
            depths = Arrays.copyOf(depths, size * 2);
        }
        int id = size++;
        keys[id] = k;
        parents[id] = parent;
        depths[id] = parent < 0 ? 0 : depths[parent] + 1;
        if (parent >= 0) {
            steps++;
            tokens += stepTokens;
        }
        events.add(new TraceEvent.NodeCreated(id, parent, KeyedRandom.hex(k), text == null ? "" : text, Double.NaN,
                stepTokens, terminal));
        return id;
    }

    int size() {
        return size;
    }

    int parent(int id) {
        return parents[id];
    }

    int depth(int id) {
        return depths[id];
    }

    /** Whether {@code ancestor} is on the path from the root to {@code node} (a node is its own ancestor). */
    boolean isAncestor(int ancestor, int node) {
        for (int n = node; n >= 0; n = parents[n]) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    void score(int node, String verifier, ScoreKind kind, double value, int calls, List<String> judgements) {
        verifierCalls += calls;
        events.add(new TraceEvent.Scored(node, verifier, kind, value, Double.NaN, calls,
                judgements == null ? List.of() : List.copyOf(judgements)));
    }

    void select(List<Integer> path) {
        events.add(new TraceEvent.Selected(List.copyOf(path)));
    }

    void expand(int node, List<Integer> children) {
        events.add(new TraceEvent.Expanded(node, List.copyOf(children)));
    }

    void beam(int depth, List<Integer> kept, List<Integer> pruned) {
        events.add(new TraceEvent.BeamStep(depth, List.copyOf(kept), List.copyOf(pruned)));
    }

    void prune(int node, String reason) {
        events.add(new TraceEvent.Pruned(node, reason));
    }

    void backtrack(int from, int to) {
        events.add(new TraceEvent.Backtracked(from, to));
    }

    void answer(int node, String answer, String normalized, boolean correct) {
        answers.put(node, answer == null ? "" : answer);
        events.add(new TraceEvent.AnswerExtracted(node, answer == null ? "" : answer, normalized == null ? "" : normalized, correct));
    }

    /** The answer recorded for the node, or null. */
    String answerText(int node) {
        return answers.get(node);
    }

    /** Counts a vote for a cluster; the event carries the cluster's tally after it. */
    void vote(int node, String cluster, double weight) {
        double[] t = tally.computeIfAbsent(cluster, c -> new double[2]);
        t[0]++;
        t[1] += weight;
        events.add(new TraceEvent.VoteCast(node, cluster, weight, (int) t[0], t[1]));
    }

    void choose(int node, String answer, boolean correct, String reason) {
        events.add(new TraceEvent.FinalSelection(node, answer, correct, reason));
    }

    /** The finished trace: the events so far and an "end" event with their compute; {@code note} may be null. */
    ImportedTrace build(TraceHeader header, String note) {
        List<TraceEvent> all = new ArrayList<>(events.size() + 1);
        all.addAll(events);
        all.add(new TraceEvent.Ended("completed", new Compute(steps, tokens, verifierCalls), note));
        return new ImportedTrace(header, all);
    }
}
