package org.reasoningexplorer.app.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The answer tally of a replay, kept up to date step by step: a step re-reads only the answers its
 * events touched, where {@link AnswerTally#of} reads them all (tens of thousands in a big search).
 * Gives a tally equal to {@code AnswerTally.of} at every position; whatever it cannot follow (an answer
 * read twice at one node, the first vote) it reports, and the caller tallies afresh.
 */
final class TallyTracker {
    private static final Comparator<Group> ORDER = Comparator.comparingInt((Group g) -> -g.built.count())
            .thenComparingInt(g -> g.firstOrdinal);

    /** The nodes that gave one normalised answer, in the order of the tree's answers. */
    private static final class Group {
        final String normalized;
        /** The nodes, first {@code size} of them; grows and shrinks only at the end. */
        private int[] nodes = new int[2];
        private int size;
        /** How many of {@link #nodes} a list handed out still shows: those are copied before they are written again. */
        private int handedOut;
        /** Where the group's first node stands in the tree's answers (groups first seen earlier list first among equals). */
        int firstOrdinal;
        AnswerGroup built;

        Group(String normalized, int firstOrdinal) {
            this.normalized = normalized;
            this.firstOrdinal = firstOrdinal;
        }

        void add(int node) {
            if (size == nodes.length || size < handedOut) {
                nodes = Arrays.copyOf(nodes, Math.max(4, size * 2));
                handedOut = 0;
            }
            nodes[size++] = node;
        }

        int last() {
            return nodes[size - 1];
        }

        void removeLast() {
            size--;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The nodes as they are now, unchanged by later adds. */
        NodeList list() {
            handedOut = Math.max(handedOut, size);
            return new NodeList(nodes, size);
        }
    }

    private final Map<String, Group> groups = new HashMap<>();
    /** The nodes whose answers are counted (a node's group is found by its answer's normal form). */
    private final BitSet answeredNodes = new BitSet();
    /** The answered nodes in the order of the tree's answers: answers are read and undone last in, first out. */
    private int[] answered = new int[64];
    private int answeredCount;
    private final List<Group> order = new ArrayList<>();
    /** Groups that {@link #add} started since they were last put in order. */
    private final List<Group> started = new ArrayList<>();
    private Set<String> gold = Set.of();
    private String winner;
    private boolean voted;
    private AnswerTally tally = AnswerTally.EMPTY;

    /** Tallies the tree afresh. */
    AnswerTally rebuild(TraceTree tree, TraceHeader header) {
        groups.clear();
        answeredNodes.clear();
        answeredCount = 0;
        order.clear();
        gold = AnswerTally.gold(header);
        winner = AnswerTally.winner(tree);
        voted = !tree.tally().isEmpty();
        for (Map.Entry<Integer, TraceTree.Answer> a : tree.answers().entrySet()) {
            add(a.getKey(), a.getValue().normalized());
        }
        for (Group g : groups.values()) {
            g.built = AnswerTally.group(tree, g.normalized, g.list(), tree.tally(), gold, winner);
        }
        started.clear();
        order.addAll(groups.values());
        order.sort(ORDER);
        tally = AnswerTally.of(order.stream().map(g -> g.built).toList(), tree);
        return tally;
    }

    /**
     * The tally after {@code events} were applied ({@code forward}) or undone, from the state this tracker
     * last tallied to {@code tree}'s; the same instance when they changed nothing it shows, null when it
     * cannot follow them (then {@link #rebuild}).
     */
    AnswerTally follow(TraceTree tree, List<TraceEvent> events, boolean forward) {
        Set<String> dirty = new HashSet<>();
        Map<Integer, String> readNow = new HashMap<>();
        boolean voting = false;
        for (int k = 0; k < events.size(); k++) {
            TraceEvent e = events.get(forward ? k : events.size() - 1 - k);
            if (e instanceof TraceEvent.AnswerExtracted a) {
                if (forward) {
                    if (answeredNodes.get(a.node())) {
                        return null;
                    }
                    add(a.node(), a.normalized());
                    readNow.put(a.node(), a.normalized());
                } else {
                    Group g = groups.get(a.normalized());
                    if (g == null || !answeredNodes.get(a.node()) || !remove(g, a.node())) {
                        return null;
                    }
                    readNow.put(a.node(), null);
                }
                dirty.add(a.normalized());
            } else if (e instanceof TraceEvent.Scored s && isChainScore(s)) {
                // The answer the tree holds now: one read or undone in these same events marks its group too.
                TraceTree.Answer now = tree.answer(s.node());
                if (now != null) {
                    dirty.add(now.normalized());
                }
            } else if (e instanceof TraceEvent.VoteCast v) {
                dirty.add(v.answer());
                voting = true;
            }
        }
        for (Map.Entry<Integer, String> r : readNow.entrySet()) {
            TraceTree.Answer a = tree.answer(r.getKey());
            if (a == null ? r.getValue() != null : !a.normalized().equals(r.getValue())) {
                return null;
            }
        }
        if (voted != !tree.tally().isEmpty()) {
            return null;
        }
        String w = AnswerTally.winner(tree);
        if (!java.util.Objects.equals(w, winner)) {
            dirty.add(String.valueOf(winner));
            dirty.add(String.valueOf(w));
            winner = w;
        }
        boolean changed = voting;
        for (String name : dirty) {
            Group g = groups.get(name);
            if (g != null) {
                g.built = AnswerTally.group(tree, g.normalized, g.list(), tree.tally(), gold, winner);
                changed = true;
            }
        }
        if (!changed && readNow.isEmpty()) {
            return tally;
        }
        order.removeIf(Group::isEmpty);
        for (Group g : started) {
            if (!g.isEmpty()) {
                order.add(g);
            }
        }
        started.clear();
        order.sort(ORDER);
        tally = AnswerTally.of(order.stream().map(g -> g.built).toList(), tree);
        return tally;
    }

    private static boolean isChainScore(TraceEvent.Scored s) {
        return Arrays.asList(AnswerTally.CHAIN_SCORE_KINDS).contains(s.kind());
    }

    private void add(int node, String normalized) {
        Group g = groups.get(normalized);
        if (g == null) {
            g = new Group(normalized, answeredCount);
            groups.put(normalized, g);
            started.add(g);
        }
        g.add(node);
        answeredNodes.set(node);
        if (answeredCount == answered.length) {
            answered = Arrays.copyOf(answered, answeredCount * 2);
        }
        answered[answeredCount++] = node;
    }

    /** Takes back the answer at {@code node}; false unless it was read last (so it is also the last of its group). */
    private boolean remove(Group g, int node) {
        if (answeredCount == 0 || answered[answeredCount - 1] != node || g.last() != node) {
            return false;
        }
        answeredCount--;
        g.removeLast();
        answeredNodes.clear(node);
        if (g.isEmpty()) {
            groups.remove(g.normalized);
        }
        return true;
    }
}
