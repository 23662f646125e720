package org.reasoningexplorer.engine.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.PrmAggregation;

/**
 * The finished chains of a trace as arrays, ready for fast re-selection: each chain's answer
 * cluster, correctness, ORM score and the PRM scores of its steps, with edits layered on top.
 * Built once per trace in O(chains × depth); recomputing after an edit touches only these arrays.
 */
public final class ChainTable {
    private final TraceTree tree;
    private final int[] leaf;
    private final int[] cluster;
    private final boolean[] correct;
    private final double[] orm;
    private final int[][] steps;
    private final double[] prm;
    private final List<String> clusters;
    private final boolean[] clusterCorrect;

    public ChainTable(TraceTree tree) {
        this.tree = tree;
        int n = tree.answers().size();
        leaf = new int[n];
        cluster = new int[n];
        correct = new boolean[n];
        orm = new double[n];
        steps = new int[n][];
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Boolean> cc = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, TraceTree.Answer> e : tree.answers().entrySet()) {
            leaf[i] = e.getKey();
            Integer c = ids.get(e.getValue().normalized());
            if (c == null) {
                c = ids.size();
                ids.put(e.getValue().normalized(), c);
                cc.add(false);
            }
            cluster[i] = c;
            correct[i] = e.getValue().correct();
            cc.set(c, cc.get(c) || correct[i]);
            orm[i] = tree.latestScore(leaf[i], ScoreKind.ORM);
            List<Integer> path = tree.pathTo(leaf[i]);
            steps[i] = path.subList(1, path.size()).stream().mapToInt(Integer::intValue).toArray();
            i++;
        }
        prm = new double[tree.size()];
        for (int node = 0; node < prm.length; node++) {
            prm[node] = tree.latestScore(node, ScoreKind.PRM);
        }
        clusters = List.copyOf(ids.keySet());
        clusterCorrect = new boolean[cc.size()];
        for (int c = 0; c < clusterCorrect.length; c++) {
            clusterCorrect[c] = cc.get(c);
        }
    }

    public TraceTree tree() {
        return tree;
    }

    public int chains() {
        return leaf.length;
    }

    public int leaf(int chain) {
        return leaf[chain];
    }

    public int cluster(int chain) {
        return cluster[chain];
    }

    public boolean correct(int chain) {
        return correct[chain];
    }

    public List<String> clusters() {
        return clusters;
    }

    public boolean clusterCorrect(int c) {
        return clusterCorrect[c];
    }

    /** The chain's score under a scorer (null aggregation = ORM), with edits applied. */
    public double score(int chain, PrmAggregation aggregation, Edits edits) {
        if (aggregation == null) {
            return edits.value(leaf[chain], ScoreKind.ORM, orm[chain]);
        }
        double direct = edits.value(leaf[chain], ScoreKind.AGGREGATE, Double.NaN);
        if (!Double.isNaN(direct)) {
            return direct;
        }
        int[] path = steps[chain];
        double[] s = new double[path.length];
        for (int i = 0; i < path.length; i++) {
            s[i] = edits.value(path[i], ScoreKind.PRM, prm[path[i]]);
        }
        return aggregation.aggregate(s);
    }

    /** Scores of every chain under a scorer. */
    public double[] scores(PrmAggregation aggregation, Edits edits) {
        double[] out = new double[leaf.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = score(i, aggregation, edits);
        }
        return out;
    }

    /** Edited score values by node id and kind; immutable. */
    public static final class Edits {
        public static final Edits NONE = new Edits(Map.of());
        private final Map<Long, Double> values;

        public Edits(Map<Long, Double> values) {
            this.values = Map.copyOf(values);
        }

        public static long slot(int node, ScoreKind kind) {
            return ((long) node << 8) | kind.ordinal();
        }

        public double value(int node, ScoreKind kind, double original) {
            Double v = values.get(slot(node, kind));
            return v == null ? original : v;
        }

        public Edits with(int node, ScoreKind kind, double value) {
            Map<Long, Double> m = new java.util.HashMap<>(values);
            m.put(slot(node, kind), value);
            return new Edits(m);
        }

        public boolean isEmpty() {
            return values.isEmpty();
        }
    }
}
