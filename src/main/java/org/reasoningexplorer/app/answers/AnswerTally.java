package org.reasoningexplorer.app.answers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The answers of a search grouped by normal form, most votes first: the plain tally, the weighted
 * one, the raw ways each was written, the winner and the gold answers.
 *
 * @param voted whether the search cast votes (else counts are answers and weights chain scores)
 * @param weighted whether any vote weighed other than 1, so the weighted tally differs from the plain one
 */
public record AnswerTally(List<AnswerGroup> groups, int answers, boolean voted, boolean weighted) {
    public static final AnswerTally EMPTY = new AnswerTally(List.of(), 0, false, false);

    public AnswerTally {
        groups = List.copyOf(groups);
    }

    public static AnswerTally of(TraceTree tree, TraceHeader header) {
        Map<String, List<Integer>> byAnswer = new LinkedHashMap<>();
        for (Map.Entry<Integer, TraceTree.Answer> a : tree.answers().entrySet()) {
            byAnswer.computeIfAbsent(a.getValue().normalized(), k -> new ArrayList<>()).add(a.getKey());
        }
        Map<String, TraceTree.Tally> votes = tree.tally();
        Set<String> gold = gold(header);
        String winner = winner(tree);
        List<AnswerGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byAnswer.entrySet()) {
            groups.add(group(tree, e.getKey(), e.getValue(), votes, gold, winner));
        }
        // Stable: equal counts keep the order answers first appeared in.
        groups.sort(Comparator.comparingInt(AnswerGroup::count).reversed());
        return of(groups, tree);
    }

    /** The tally of groups already in order, with the flags read from the tree's votes. */
    static AnswerTally of(List<AnswerGroup> sortedGroups, TraceTree tree) {
        Map<String, TraceTree.Tally> votes = tree.tally();
        boolean voted = !votes.isEmpty();
        boolean weighted = votes.values().stream().anyMatch(t -> Math.abs(t.weight() - t.count()) > 1e-9);
        return new AnswerTally(sortedGroups, tree.answers().size(), voted, weighted || !voted && sortedGroups.stream()
                .anyMatch(g -> !Double.isNaN(g.weight())));
    }

    /**
     * One answer's group.
     *
     * @param nodes the nodes that gave the answer, in the order of {@link TraceTree#answers()}
     */
    static AnswerGroup group(TraceTree tree, String normalized, List<Integer> nodes, Map<String, TraceTree.Tally> votes,
                             Set<String> gold, String winner) {
        boolean voted = !votes.isEmpty();
        Map<String, Integer> raw = new LinkedHashMap<>();
        boolean correct = false;
        double chainScores = 0;
        for (int n : nodes) {
            TraceTree.Answer a = tree.answer(n);
            raw.merge(a.raw(), 1, Integer::sum);
            correct |= a.correct();
            chainScores += chainScore(tree, n);
        }
        TraceTree.Tally t = votes.get(normalized);
        int count = voted ? (t == null ? 0 : t.count()) : nodes.size();
        double weight = voted ? (t == null ? 0 : t.weight()) : chainScores;
        List<AnswerGroup.Member> members = new ArrayList<>();
        raw.forEach((text, k) -> members.add(new AnswerGroup.Member(text, k)));
        return new AnswerGroup(normalized, count, weight, members, nodes, correct, gold.contains(normalized),
                normalized.equals(winner));
    }

    /** The most votes any answer has, at least 1 (to scale bars). */
    public int maxCount() {
        return Math.max(1, groups.stream().mapToInt(AnswerGroup::count).max().orElse(1));
    }

    /** The largest summed weight, at least a tiny positive number (to scale bars). */
    public double maxWeight() {
        return Math.max(1e-9, groups.stream().mapToDouble(AnswerGroup::weight).filter(w -> !Double.isNaN(w)).max().orElse(1));
    }

    /** The score kinds a chain score is read from, in order of preference. */
    static final ScoreKind[] CHAIN_SCORE_KINDS = {ScoreKind.AGGREGATE, ScoreKind.ORM};

    private static double chainScore(TraceTree tree, int node) {
        for (ScoreKind k : CHAIN_SCORE_KINDS) {
            double v = tree.latestScore(node, k);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return Double.NaN;
    }

    static String winner(TraceTree tree) {
        TraceEvent.FinalSelection f = tree.selection();
        if (f == null || f.node() < 0) {
            return null;
        }
        TraceTree.Answer a = tree.answer(f.node());
        return a != null ? a.normalized() : f.answer();
    }

    static Set<String> gold(TraceHeader header) {
        Set<String> out = new HashSet<>();
        Object g = header == null || header.problem() == null ? null : header.problem().get("gold");
        if (g instanceof Collection<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        } else if (g != null) {
            out.add(g.toString());
        }
        return out;
    }
}
