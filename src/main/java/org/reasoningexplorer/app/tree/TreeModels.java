package org.reasoningexplorer.app.tree;

import java.util.SplittableRandom;

/** Synthetic tree models for benchmarks, tests and demos. */
public final class TreeModels {
    private static final String[] OPS = {"+", "−", "×", "÷"};
    private static final int CLUSTERS = 6;

    private TreeModels() {
    }

    /**
     * A random MCTS-shaped tree of {@code n} nodes: bushy near the root with power-law branching
     * (preferential attachment), occasional deep chains (rollout-like lines), visits counted as
     * subtree sizes, scores drifting from parent to child, a few pruned branches, and answers on
     * about half the leaves spread over six clusters, of which cluster 0 is correct.
     * The same {@code n} and {@code seed} always give the same tree.
     */
    public static TreeModel synthetic(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a synthetic tree needs at least 1 node, got " + n);
        }
        SplittableRandom r = new SplittableRandom(seed);
        int[] parent = new int[n];
        parent[0] = -1;
        int chainLeft = 0;
        for (int i = 1; i < n; i++) {
            if (chainLeft > 0) {
                chainLeft--;
                parent[i] = i - 1;
                continue;
            }
            double u = r.nextDouble();
            if (u < 0.002) {
                chainLeft = 5 + r.nextInt(35);
                parent[i] = r.nextInt(i);
            } else if (u < 0.30) {
                parent[i] = i - 1;
            } else if (u < 0.75) {
                int j = r.nextInt(i);
                parent[i] = j == 0 ? 0 : parent[j];
            } else {
                parent[i] = r.nextInt(i);
            }
        }
        float[] score = new float[n];
        float[] meanQ = new float[n];
        int[] visits = new int[n];
        byte[] status = new byte[n];
        boolean[] hasChild = new boolean[n];
        score[0] = 0.5f;
        for (int i = 1; i < n; i++) {
            hasChild[parent[i]] = true;
            double s = score[parent[i]];
            s = Double.isNaN(s) ? 0.5 : s;
            score[i] = (float) Math.max(0, Math.min(1, s + r.nextGaussian() * 0.15));
            if (r.nextDouble() < 0.004) {
                status[i] = TreeModel.PRUNED;
            }
        }
        byte[] flags = new byte[n];
        int[] cluster = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            visits[i] += 1;
            if (i > 0) {
                visits[parent[i]] += visits[i];
            }
            meanQ[i] = (float) Math.max(0, Math.min(1, score[i] + r.nextGaussian() * 0.1));
            cluster[i] = -1;
            if (!hasChild[i] && i > 0 && r.nextBoolean()) {
                flags[i] = TreeModel.TERMINAL;
                int c = zipf(r);
                cluster[i] = c;
                flags[i] |= c == 0 ? TreeModel.CORRECT : TreeModel.WRONG;
            }
        }
        for (int i = 1; i < n; i += 20) {
            score[i] = Float.NaN;
        }
        return TreeModel.of(parent, score, visits, meanQ, status, flags, renumber(cluster), TreeModels::stepText);
    }

    /** A single chain of {@code length} nodes, each the only child of the one before. */
    public static TreeModel chain(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a chain needs at least 1 node, got " + length);
        }
        int[] parent = new int[length];
        for (int i = 0; i < length; i++) {
            parent[i] = i - 1;
        }
        return TreeModel.of(parent, null, null, null, null, null, null, TreeModels::stepText);
    }

    /** Plausible Game-of-24 step text derived from the id alone, so nothing is stored. */
    static String stepText(int id) {
        if (id == 0) {
            return "Use 4 7 8 8 to make 24";
        }
        int h = id * 0x9E3779B1;
        h ^= h >>> 15;
        int a = 1 + Math.floorMod(h, 13);
        int b = 1 + Math.floorMod(h >>> 5, 13);
        int op = Math.floorMod(h >>> 10, 4);
        int c = 1 + Math.floorMod(h >>> 13, 13);
        String result = switch (op) {
            case 0 -> Integer.toString(a + b);
            case 1 -> Integer.toString(a - b);
            case 2 -> Integer.toString(a * b);
            default -> a % b == 0 ? Integer.toString(a / b) : a + "/" + b;
        };
        return a + " " + OPS[op] + " " + b + " = " + result + " (left: " + c + " " + result + ")";
    }

    private static int zipf(SplittableRandom r) {
        double u = r.nextDouble() * 2.45;
        double acc = 0;
        for (int k = 0; k < CLUSTERS; k++) {
            acc += 1.0 / (k + 1);
            if (u < acc) {
                return k;
            }
        }
        return CLUSTERS - 1;
    }

    /** Renumbers clusters by first appearance in id order, as {@link TreeModel#from} does. */
    private static int[] renumber(int[] cluster) {
        int[] map = new int[CLUSTERS];
        java.util.Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < cluster.length; i++) {
            int c = cluster[i];
            if (c >= 0) {
                if (map[c] < 0) {
                    map[c] = next++;
                }
                cluster[i] = map[c];
            }
        }
        return cluster;
    }
}
