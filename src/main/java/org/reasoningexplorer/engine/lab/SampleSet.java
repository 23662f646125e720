package org.reasoningexplorer.engine.lab;

import java.util.List;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;

/**
 * n chains per problem, drawn once and saved, from which accuracy at every k ≤ n is estimated
 * without drawing again. Every problem has the same number of samples.
 *
 * @param provenance how the samples were drawn
 */
public record SampleSet(Provenance provenance, List<ProblemSamples> problems) {
    /**
     * How a sample set was drawn.
     *
     * @param knobs the embedded reasoner's knobs
     * @param orm   the ORM's noise, as NoiseModel.describe() writes it
     * @param seed  the search seed
     */
    public record Provenance(PolicyKnobs knobs, String orm, long seed) {
        public Provenance {
            if (knobs == null || orm == null) {
                throw new IllegalArgumentException("a provenance needs knobs and the ORM's noise");
            }
        }
    }

    public SampleSet {
        if (provenance == null || problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a sample set needs a provenance and at least one problem");
        }
        problems = List.copyOf(problems);
        int n = problems.get(0).n();
        for (int p = 1; p < problems.size(); p++) {
            if (problems.get(p).n() != n) {
                throw new IllegalArgumentException("every problem needs the same number of samples, but problem 0 ("
                        + problems.get(0).puzzle() + ") has " + n + " and problem " + p + " ("
                        + problems.get(p).puzzle() + ") has " + problems.get(p).n());
            }
        }
    }

    /** Samples per problem. */
    public int n() {
        return problems.get(0).n();
    }

    public int size() {
        return problems.size();
    }

    /** Each problem's pass@1, in problem order. */
    public double[] passAt1() {
        double[] out = new double[problems.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = problems.get(p).passAt1();
        }
        return out;
    }

    /** pass@1 averaged over problems. */
    public double meanPassAt1() {
        double sum = 0;
        for (ProblemSamples p : problems) {
            sum += p.passAt1();
        }
        return sum / problems.size();
    }

    /** Steps per sample, averaged over every sample of every problem. */
    public double meanSteps() {
        double sum = 0;
        for (ProblemSamples p : problems) {
            sum += p.meanSteps();
        }
        return sum / problems.size();
    }

    /** Tokens per sample, averaged over every sample of every problem. */
    public double meanTokens() {
        double sum = 0;
        for (ProblemSamples p : problems) {
            sum += p.meanTokens();
        }
        return sum / problems.size();
    }
}
