package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.verify.NoiseModel;

/** Synthetic sample sets with a known answer distribution and Gaussian raw ORM scores per class. */
final class Synthetic {
    private Synthetic() {
    }

    /**
     * Each problem gets n i.i.d. samples: answer j with probability probabilities[j] (answer 0 is
     * the only correct one), ORM score logistic(raw) with raw drawn from the noise model by class.
     */
    static SampleSet iid(int problems, int n, double[] probabilities, NoiseModel orm, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ProblemSamples> out = new ArrayList<>();
        boolean[] clusterCorrect = new boolean[probabilities.length];
        clusterCorrect[0] = true;
        for (int p = 0; p < problems; p++) {
            int[] cluster = new int[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                int j = 0;
                while (j < probabilities.length - 1 && u >= probabilities[j]) {
                    u -= probabilities[j];
                    j++;
                }
                cluster[i] = j;
                score[i] = NoiseModel.logistic(orm.raw(j == 0, random));
            }
            out.add(ProblemSamples.of("p" + p, cluster, clusterCorrect, score));
        }
        return new SampleSet(new SampleSet.Provenance(PolicyKnobs.DEFAULTS, orm.describe(), seed), out);
    }

    /** Binary answers: correct with probability p, otherwise one wrong answer. */
    static SampleSet binary(int problems, int n, double p, long seed) {
        return iid(problems, n, new double[] {p, 1 - p}, NoiseModel.MISLEADING, seed);
    }

    /** The mean of column k over problems and its standard error. */
    static double[] meanAndError(double[][] rows, int k) {
        double sum = 0;
        double sq = 0;
        for (double[] r : rows) {
            sum += r[k];
            sq += r[k] * r[k];
        }
        int m = rows.length;
        double mean = sum / m;
        double var = Math.max(0, sq / m - mean * mean) * m / (m - 1);
        return new double[] {mean, Math.sqrt(var / m)};
    }
}
