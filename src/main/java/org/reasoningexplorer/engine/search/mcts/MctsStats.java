package org.reasoningexplorer.engine.search.mcts;

import java.util.Arrays;

/** Visit counts and value sums per node id, so Q is exactly the mean of the values backed up. */
final class MctsStats {
    private int[] visits = new int[256];
    private double[] sums = new double[256];

    void add(int id, double value) {
        if (id >= visits.length) {
            int n = Math.max(id + 1, visits.length * 2);
            visits = Arrays.copyOf(visits, n);
            sums = Arrays.copyOf(sums, n);
        }
        visits[id]++;
        sums[id] += value;
    }

    int visits(int id) {
        return id < visits.length ? visits[id] : 0;
    }

    double mean(int id) {
        return visits(id) == 0 ? 0 : sums[id] / visits[id];
    }
}
