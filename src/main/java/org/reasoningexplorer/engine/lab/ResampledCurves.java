package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.reasoningexplorer.engine.metrics.Interval;
import org.reasoningexplorer.engine.metrics.SubsetEstimators;

/**
 * Accuracy against k = 1..n, and against compute k × (mean steps or tokens per sample), from one
 * {@link SampleSet}: for every problem the exact expectation over all k-subsets of its n saved
 * samples ({@link SubsetEstimators}), averaged over problems, with bootstrap bands over problems.
 * One set of n = 64 samples gives each whole curve up to k = 64.
 */
public final class ResampledCurves {
    /** Confidence of the bands. */
    public static final double CONFIDENCE = 0.95;
    /** Bootstrap resamples of the problems, shared by every point. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** The seed of the bootstrap. */
    public static final long DEFAULT_SEED = 0xB007L;

    /** What is chosen from a k-subset of samples. */
    public enum Method {
        /** Any of the k is correct (an oracle picks; no verifier calls counted). */
        PASS_AT_K("pass@k"),
        /** A plurality vote over normalised answers, ties uniform. */
        MAJORITY("majority@k"),
        /** The sample with the highest ORM score, ties uniform. */
        BEST_OF_K("best-of-k"),
        /** The answer with the largest summed ORM score. */
        WEIGHTED_MAJORITY("weighted-majority@k");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** The series name, e.g. "majority@k". */
        public String label() {
            return label;
        }

        /** Whether the method reads one ORM score per sample. */
        public boolean usesVerifier() {
            return this == BEST_OF_K || this == WEIGHTED_MAJORITY;
        }

        /** Parses a label or a strategy-like name: pass@k, majority, best-of-n, weighted-vote and so on. */
        public static Method parse(String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "pass@k":
                case "pass":
                    return PASS_AT_K;
                case "majority@k":
                case "majority":
                case "maj":
                    return MAJORITY;
                case "best-of-k":
                case "best-of-n":
                case "best":
                    return BEST_OF_K;
                case "weighted-majority@k":
                case "weighted-majority":
                case "weighted-vote":
                case "weighted":
                    return WEIGHTED_MAJORITY;
                default:
                    throw new IllegalArgumentException("unknown method '" + text
                            + "'; expected pass@k, majority, best-of-n or weighted-vote");
            }
        }
    }

    /**
     * One point of a curve.
     *
     * @param series        the method's label, e.g. "majority@k"
     * @param steps         k × mean steps per sample
     * @param tokens        k × mean tokens per sample
     * @param verifierCalls ORM calls: k for best-of-k and weighted majority, 0 otherwise
     * @param accuracy      the mean over problems, in [0, 1]
     * @param low           the lower end of the 95% bootstrap band over problems
     * @param high          the upper end
     */
    public record Point(String series, int k, double steps, double tokens, double verifierCalls, double accuracy,
                       double low, double high) {
    }

    private ResampledCurves() {
    }

    /** Every method's curve for k = 1..n with the default bootstrap. */
    public static List<Point> compute(SampleSet set) {
        return compute(set, EnumSet.allOf(Method.class), DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /** The given methods' curves for k = 1..n, in the order of {@link Method}. */
    public static List<Point> compute(SampleSet set, Set<Method> methods, int resamples, long seed) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("choose at least one method");
        }
        int n = set.n();
        ProblemBootstrap bootstrap = new ProblemBootstrap(set.size(), resamples, seed);
        double steps = set.meanSteps();
        double tokens = set.meanTokens();
        List<Point> out = new ArrayList<>();
        for (Method m : EnumSet.copyOf(methods)) {
            Interval[] band = bootstrap.bands(perProblem(set, m), n + 1, CONFIDENCE);
            for (int k = 1; k <= n; k++) {
                out.add(new Point(m.label(), k, k * steps, k * tokens, m.usesVerifier() ? k : 0, band[k].mean(),
                        band[k].low(), band[k].high()));
            }
        }
        return out;
    }

    /** The mean over problems of one method's curve, indexed by k (entry 0 NaN). */
    public static double[] mean(SampleSet set, Method method) {
        double[][] rows = perProblem(set, method);
        double[] mean = new double[set.n() + 1];
        for (double[] row : rows) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += row[k];
            }
        }
        for (int k = 0; k < mean.length; k++) {
            mean[k] /= rows.length;
        }
        return mean;
    }

    /** Each problem's curve, [problem][k] with k = 0..n and entry 0 NaN; problems run in parallel. */
    public static double[][] perProblem(SampleSet set, Method method) {
        double[][] out = new double[set.size()][];
        IntStream.range(0, set.size()).parallel().forEach(p -> out[p] = curve(set.problems().get(p), method));
        return out;
    }

    /** One problem's curve for k = 0..n (entry 0 NaN). */
    public static double[] curve(ProblemSamples s, Method method) {
        switch (method) {
            case PASS_AT_K:
                return SubsetEstimators.passAtKCurve(s.correct());
            case MAJORITY:
                return SubsetEstimators.majorityCurve(s.cluster(), s.correctClusters());
            case BEST_OF_K:
                return SubsetEstimators.bestOfKCurve(s.ormScore(), s.correct());
            default:
                return SubsetEstimators.weightedMajorityCurve(s.cluster(), s.ormScore(), s.correctClusters());
        }
    }
}
