package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * One problem's saved samples, indexed by sample: its answer cluster, correctness, ORM score and
 * compute; and indexed by cluster: the normalised answer and whether it is correct.
 *
 * <p>Cluster ids are dense, 0..G−1 in order of first appearance. A cluster is one normalised
 * answer with one verdict: if chains with the same normalised answer ever disagreed on
 * correctness, they would form two clusters, so {@code clusterCorrect[cluster[i]] == correct[i]}
 * always holds. The arrays are copied in and must not be modified through the accessors; as for
 * any record with array components, equals compares the arrays by identity.
 *
 * @param puzzle         the puzzle as "numbers -> target", e.g. "4 9 10 13 -> 24" (parseable by Puzzle.parse)
 * @param ormScore       the outcome reward model's score in [0, 1], logistic of its raw score
 * @param steps          steps the chain generated
 * @param tokens         tokens the chain generated
 * @param clusterAnswers the normalised answer of each cluster
 */
public record ProblemSamples(String puzzle, int[] cluster, boolean[] correct, double[] ormScore, int[] steps,
                             int[] tokens, List<String> clusterAnswers, boolean[] clusterCorrect) {
    public ProblemSamples {
        if (puzzle == null || cluster == null || correct == null || ormScore == null || steps == null || tokens == null
                || clusterAnswers == null || clusterCorrect == null) {
            throw new IllegalArgumentException("problem samples need a puzzle and every per-sample and per-cluster array");
        }
        int n = cluster.length;
        if (n < 1) {
            throw new IllegalArgumentException("problem " + puzzle + " has no samples; need at least 1");
        }
        requireLength(puzzle, "correct", correct.length, n);
        requireLength(puzzle, "ormScore", ormScore.length, n);
        requireLength(puzzle, "steps", steps.length, n);
        requireLength(puzzle, "tokens", tokens.length, n);
        if (clusterAnswers.size() != clusterCorrect.length) {
            throw new IllegalArgumentException("problem " + puzzle + ": " + clusterAnswers.size()
                    + " cluster answers but " + clusterCorrect.length + " cluster verdicts");
        }
        for (int i = 0; i < n; i++) {
            if (cluster[i] < 0 || cluster[i] >= clusterCorrect.length) {
                throw new IllegalArgumentException("problem " + puzzle + ", sample " + i + ": cluster " + cluster[i]
                        + " is not in [0, " + clusterCorrect.length + ")");
            }
            if (clusterCorrect[cluster[i]] != correct[i]) {
                throw new IllegalArgumentException("problem " + puzzle + ", sample " + i + " is " + verdict(correct[i])
                        + " but its cluster " + cluster[i] + " is " + verdict(clusterCorrect[cluster[i]]));
            }
            if (!(ormScore[i] >= 0.0 && ormScore[i] <= 1.0)) {
                throw new IllegalArgumentException("problem " + puzzle + ", sample " + i + ": ORM score " + ormScore[i]
                        + " is not in [0, 1]");
            }
            if (steps[i] < 0 || tokens[i] < 0) {
                throw new IllegalArgumentException("problem " + puzzle + ", sample " + i + ": negative compute");
            }
        }
        cluster = cluster.clone();
        correct = correct.clone();
        ormScore = ormScore.clone();
        steps = steps.clone();
        tokens = tokens.clone();
        clusterAnswers = List.copyOf(clusterAnswers);
        clusterCorrect = clusterCorrect.clone();
    }

    /**
     * Reads the samples from a finished search over independent chains (best-of-n, majority or
     * weighted-vote): every answered node is one sample, in the order answers were extracted.
     */
    public static ProblemSamples fromTree(String puzzle, TraceTree tree) {
        int n = tree.answers().size();
        int[] cluster = new int[n];
        boolean[] correct = new boolean[n];
        double[] orm = new double[n];
        int[] steps = new int[n];
        int[] tokens = new int[n];
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<String> answers = new ArrayList<>();
        List<Boolean> verdicts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, TraceTree.Answer> e : tree.answers().entrySet()) {
            int node = e.getKey();
            TraceTree.Answer a = e.getValue();
            String key = (a.correct() ? "+" : "-") + a.normalized();
            Integer id = ids.get(key);
            if (id == null) {
                id = ids.size();
                ids.put(key, id);
                answers.add(a.normalized());
                verdicts.add(a.correct());
            }
            cluster[i] = id;
            correct[i] = a.correct();
            orm[i] = tree.latestScore(node, ScoreKind.ORM);
            if (Double.isNaN(orm[i])) {
                throw new IllegalArgumentException("chain " + i + " of " + puzzle + " has no ORM score; draw samples"
                        + " with best-of-n and scorer orm");
            }
            for (int v = node; tree.parent(v) >= 0; v = tree.parent(v)) {
                steps[i]++;
                tokens[i] += tree.tokens(v);
            }
            i++;
        }
        boolean[] clusterCorrect = new boolean[verdicts.size()];
        for (int g = 0; g < clusterCorrect.length; g++) {
            clusterCorrect[g] = verdicts.get(g);
        }
        return new ProblemSamples(puzzle, cluster, correct, orm, steps, tokens, answers, clusterCorrect);
    }

    /**
     * Samples without compute, e.g. synthetic ones: each sample's correctness follows its cluster,
     * and cluster g's answer is "a" + g.
     */
    public static ProblemSamples of(String puzzle, int[] cluster, boolean[] clusterCorrect, double[] ormScore) {
        boolean[] correct = new boolean[cluster.length];
        List<String> answers = new ArrayList<>();
        for (int g = 0; g < clusterCorrect.length; g++) {
            answers.add("a" + g);
        }
        for (int i = 0; i < cluster.length; i++) {
            if (cluster[i] < 0 || cluster[i] >= clusterCorrect.length) {
                throw new IllegalArgumentException("sample " + i + ": cluster " + cluster[i] + " is not in [0, "
                        + clusterCorrect.length + ")");
            }
            correct[i] = clusterCorrect[cluster[i]];
        }
        return new ProblemSamples(puzzle, cluster, correct, ormScore, new int[cluster.length], new int[cluster.length],
                answers, clusterCorrect);
    }

    /** The number of samples. */
    public int n() {
        return cluster.length;
    }

    /** The fraction of correct samples: the unbiased pass@1. */
    public double passAt1() {
        int c = 0;
        for (boolean b : correct) {
            c += b ? 1 : 0;
        }
        return (double) c / correct.length;
    }

    /** The ids of the correct clusters. */
    public Set<Integer> correctClusters() {
        Set<Integer> out = new HashSet<>();
        for (int g = 0; g < clusterCorrect.length; g++) {
            if (clusterCorrect[g]) {
                out.add(g);
            }
        }
        return out;
    }

    public double meanSteps() {
        return mean(steps);
    }

    public double meanTokens() {
        return mean(tokens);
    }

    private static double mean(int[] values) {
        long sum = 0;
        for (int v : values) {
            sum += v;
        }
        return (double) sum / values.length;
    }

    private static String verdict(boolean correct) {
        return correct ? "correct" : "wrong";
    }

    private static void requireLength(String puzzle, String name, int length, int n) {
        if (length != n) {
            throw new IllegalArgumentException("problem " + puzzle + ": " + name + " has " + length
                    + " entries but there are " + n + " samples");
        }
    }
}
