package org.reasoningexplorer.engine.forensics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.PrmAggregation;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.SelectionRules;

/**
 * Why did the vote fail? Clusters answers after normalisation, counts the result both ways, asks
 * what every choosing rule would have picked, and finds where each wrong chain went wrong.
 */
public final class VoteForensics {
    /** One answer cluster. {@code merged}: different written forms that normalisation made one. */
    public record Cluster(int index, String answer, List<Integer> leaves, List<String> writtenForms, int votes,
                          double weight, boolean correct, boolean merged) {
    }

    /** What one rule would have chosen; {@code answer} null when the trace lacks the scores it needs. */
    public record RuleOutcome(String rule, String answer, boolean correct, String note) {
    }

    /** A wrong chain: its first wrong step, and where it left the nearest correct chain. */
    public record WrongChain(int leaf, int firstWrongStep, String method, int divergedAt, int nearestCorrectLeaf,
                             int sharedSteps) {
    }

    /**
     * The full report. Margins are positive when the chosen answer beat the best correct one
     * (a lost vote) and measure by how much; NaN where not defined.
     */
    public record Report(List<Cluster> clusters, List<int[]> wronglySplit, Cluster winner, Cluster bestCorrect,
                         double voteMargin, double scoreMargin, List<RuleOutcome> rules, String verdict, Cause cause,
                         List<WrongChain> wrongChains) {
        public boolean failed() {
            return winner != null && !winner.correct();
        }
    }

    /** What the verdict blames, so a reader in another language can be told it in theirs. */
    public enum Cause {
        /** No chain reached a correct answer: the samples. */
        NO_CORRECT_CHAIN,
        /** The chosen answer is correct. */
        NONE,
        /** Correct chains were sampled, but outnumbered and scored lower: the verifier and the rule. */
        VERIFIER_AND_RULE,
        /** The verifier scored wrong chains higher; majority vote alone would have been right. */
        VERIFIER,
        /** A repeated wrong answer outvoted the correct chains; the rules that were right are those whose answer is correct. */
        RULE
    }

    private VoteForensics() {
    }

    /**
     * Analyses a trace's finished chains.
     *
     * @param chosenNode the node the search chose (−1 for none)
     * @param scores edited or recomputed scores to use where the trace's own are missing (may be NONE)
     * @param equivalent whether two normalised answers mean the same (to flag wrongly split clusters)
     */
    public static Report analyze(TraceTree tree, int chosenNode, ChainTable.Edits scores, FirstWrongStep finder,
                                 BiPredicate<String, String> equivalent) {
        ChainTable t = new ChainTable(tree);
        double[] orm = t.scores(null, scores);
        boolean hasOrm = t.chains() > 0 && java.util.Arrays.stream(orm).noneMatch(Double::isNaN);
        List<Cluster> clusters = clusters(t, tree, hasOrm ? orm : null);
        Cluster winner = null;
        for (Cluster c : clusters) {
            if (c.leaves().contains(chosenNode)) {
                winner = c;
            }
        }
        Cluster bestCorrect = null;
        Cluster bestWrong = null;
        for (Cluster c : clusters) {
            if (c.correct() && (bestCorrect == null || c.votes() > bestCorrect.votes())) {
                bestCorrect = c;
            }
            if (!c.correct() && (bestWrong == null || c.votes() > bestWrong.votes())) {
                bestWrong = c;
            }
        }
        Cluster rival = winner != null && winner.correct() ? bestWrong : bestCorrect;
        double voteMargin = winner == null || rival == null ? Double.NaN
                : (winner.correct() ? -1 : 1) * (winner.votes() - rival.votes());
        double scoreMargin = winner == null || rival == null || !hasOrm ? Double.NaN
                : (winner.correct() ? -1 : 1) * (winner.weight() - rival.weight());
        List<RuleOutcome> rules = rules(t, scores);
        List<WrongChain> wrong = wrongChains(t, tree, finder);
        List<int[]> split = new ArrayList<>();
        for (int a = 0; a < clusters.size(); a++) {
            for (int b = a + 1; b < clusters.size(); b++) {
                if (equivalent.test(clusters.get(a).answer(), clusters.get(b).answer())) {
                    split.add(new int[] {a, b});
                }
            }
        }
        Cause cause = cause(t, winner, rules);
        return new Report(clusters, split, winner, bestCorrect, voteMargin, scoreMargin, rules,
                verdict(cause, rules), cause, wrong);
    }

    private static List<Cluster> clusters(ChainTable t, TraceTree tree, double[] orm) {
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < t.clusters().size(); c++) {
            List<Integer> leaves = new ArrayList<>();
            Set<String> forms = new LinkedHashSet<>();
            double weight = 0;
            for (int i = 0; i < t.chains(); i++) {
                if (t.cluster(i) == c) {
                    leaves.add(t.leaf(i));
                    forms.add(tree.answer(t.leaf(i)).raw());
                    weight += orm == null ? 0 : orm[i];
                }
            }
            out.add(new Cluster(c, t.clusters().get(c), List.copyOf(leaves), List.copyOf(forms), leaves.size(),
                    orm == null ? Double.NaN : weight, t.clusterCorrect(c), forms.size() > 1));
        }
        return out;
    }

    private static List<RuleOutcome> rules(ChainTable t, ChainTable.Edits scores) {
        List<RuleOutcome> out = new ArrayList<>();
        if (t.chains() == 0) {
            return out;
        }
        out.add(outcome(t, "majority vote", SelectionRules.majority(t), ""));
        double[] orm = t.scores(null, scores);
        add(out, t, "weighted vote (orm)", orm, s -> SelectionRules.weighted(t, s));
        add(out, t, "best-of-n (orm)", orm, SelectionRules::best);
        add(out, t, "top-50% vote (orm)", orm, s -> SelectionRules.topFilteredMajority(t, s, 0.5));
        for (PrmAggregation a : PrmAggregation.values()) {
            String tag = a.name().toLowerCase(Locale.ROOT);
            double[] prm = t.scores(a, scores);
            add(out, t, "best-of-n (prm-" + tag + ")", prm, SelectionRules::best);
            if (a == PrmAggregation.LAST) {
                add(out, t, "weighted vote (prm-last)", prm, s -> SelectionRules.weighted(t, s));
            }
        }
        return out;
    }

    private static void add(List<RuleOutcome> out, ChainTable t, String rule, double[] scores,
                            java.util.function.ToIntFunction<double[]> pick) {
        if (java.util.Arrays.stream(scores).anyMatch(Double::isNaN)) {
            out.add(new RuleOutcome(rule, null, false, "needs scores this trace does not have"));
            return;
        }
        out.add(outcome(t, rule, pick.applyAsInt(scores), ""));
    }

    private static RuleOutcome outcome(ChainTable t, String rule, int chain, String note) {
        return new RuleOutcome(rule, t.clusters().get(t.cluster(chain)), t.correct(chain), note);
    }

    private static Cause cause(ChainTable t, Cluster winner, List<RuleOutcome> rules) {
        boolean anyCorrect = false;
        for (int i = 0; i < t.chains(); i++) {
            anyCorrect |= t.correct(i);
        }
        if (!anyCorrect) {
            return Cause.NO_CORRECT_CHAIN;
        }
        if (winner != null && winner.correct()) {
            return Cause.NONE;
        }
        if (rightRules(rules).isEmpty()) {
            return Cause.VERIFIER_AND_RULE;
        }
        return rules.get(0).correct() ? Cause.VERIFIER : Cause.RULE;
    }

    /** The rules that would have chosen a correct answer, in order. */
    public static List<String> rightRules(List<RuleOutcome> rules) {
        List<String> right = new ArrayList<>();
        for (RuleOutcome r : rules) {
            if (r.answer() != null && r.correct()) {
                right.add(r.rule());
            }
        }
        return right;
    }

    private static String verdict(Cause cause, List<RuleOutcome> rules) {
        return switch (cause) {
            case NO_CORRECT_CHAIN -> "the samples: no chain reached a correct answer, so no rule could have chosen one";
            case NONE -> "no failure: the chosen answer is correct";
            case VERIFIER_AND_RULE -> "the verifier and the rule: correct chains were sampled, but they were outnumbered and scored lower";
            case VERIFIER -> "the verifier: it scored wrong chains higher; majority vote alone would have been right";
            case RULE -> "the rule: a repeated wrong answer outvoted the correct chains; " + String.join(", ", rightRules(rules))
                    + " would have chosen correctly";
        };
    }

    private static List<WrongChain> wrongChains(ChainTable t, TraceTree tree, FirstWrongStep finder) {
        List<List<String>> correctPaths = new ArrayList<>();
        List<Integer> correctLeaves = new ArrayList<>();
        for (int i = 0; i < t.chains(); i++) {
            if (t.correct(i)) {
                correctPaths.add(texts(tree, t.leaf(i)));
                correctLeaves.add(t.leaf(i));
            }
        }
        List<WrongChain> out = new ArrayList<>();
        for (int i = 0; i < t.chains(); i++) {
            if (t.correct(i)) {
                continue;
            }
            int leaf = t.leaf(i);
            List<Integer> path = tree.pathTo(leaf);
            List<String> texts = texts(tree, leaf);
            int bestShared = -1;
            int nearest = -1;
            for (int c = 0; c < correctPaths.size(); c++) {
                int shared = 0;
                while (shared < texts.size() && shared < correctPaths.get(c).size()
                        && texts.get(shared).equals(correctPaths.get(c).get(shared))) {
                    shared++;
                }
                if (shared > bestShared) {
                    bestShared = shared;
                    nearest = correctLeaves.get(c);
                }
            }
            int diverged = nearest < 0 || bestShared + 1 >= path.size() ? -1 : path.get(bestShared + 1);
            out.add(new WrongChain(leaf, finder == null ? -1 : finder.find(tree, leaf), finder == null ? "none" : finder.method(),
                    diverged, nearest, Math.max(0, bestShared)));
        }
        return out;
    }

    /** The step texts of a chain, root excluded. */
    private static List<String> texts(TraceTree tree, int leaf) {
        List<Integer> path = tree.pathTo(leaf);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            out.add(tree.text(path.get(i)));
        }
        return out;
    }
}
