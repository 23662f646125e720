package org.reasoningexplorer.engine.metrics;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact accuracy of a plurality (majority) vote over N i.i.d. samples, ties broken uniformly at
 * random (REFERENCE.md, "Closed forms for exact tests").
 *
 * <p>Answer j is drawn with probability p_j, and any subset of the answers may count as correct.
 * An optional <em>unique tail</em> of mass τ models a long tail of wrong answers that never
 * collide: infinitely many distinct answers, each of vanishing probability, so with probability
 * one every tail draw is a new answer seen exactly once. The probabilities must satisfy
 * Σp_j + τ = 1. Given named counts n_j and m tail draws, let M be the largest count (a tail
 * answer counts 1). If M ≥ 2 no tail answer can tie, so the vote is correct with probability
 * (#correct answers with n_j = M)/(#answers with n_j = M). If M = 1 every one of the N drawn
 * answers ties, so it is (#correct answers with n_j = 1)/N. Tail answers are never correct.
 *
 * <p>Instead of enumerating count vectors the calculation runs, for each candidate maximum M, a
 * dynamic programme over the answers whose state is (samples used s, answers tied at M). It keeps
 * two tables: the multinomial mass, and the mass weighted by the number of correct answers tied
 * at M; dividing the latter by the tie count at the end gives Σ mass·(#correct tied)/(#tied).
 * Counts above M are never generated, so the states with a tie reached represent exactly the
 * vectors whose maximum is M. Multinomial weights are built one answer at a time as
 * C(s + x, x)·p^x, so every table entry stays a probability and nothing overflows. Maxima M ≥ 2
 * whose probability is provably below 1e-17 are skipped, so the result is exact to within
 * N·1e-17. Each plausible maximum M costs about K²·N·M steps: a few milliseconds
 * for N = 64 and K = 8.
 */
public final class PluralityVote {
    /** The largest sample count accepted by {@link #accuracy(int)}. */
    public static final int MAX_SAMPLES = 1000;
    private static final double SUM_TOLERANCE = 1e-9;
    /** Maxima less likely than this are skipped; the total error stays below N·1e-17. */
    private static final double NEGLIGIBLE = 1e-17;

    private final double[] probabilities;
    private final boolean[] correct;
    private final double tailMass;

    /**
     * A vote over answers with the given probabilities, correctness flags and unique-tail mass;
     * the probabilities and the tail must sum to 1.
     */
    public PluralityVote(double[] probabilities, boolean[] correct, double tailMass) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("need at least one answer probability");
        }
        if (probabilities.length != correct.length) {
            throw new IllegalArgumentException("probabilities and correct flags must have equal lengths but were "
                    + probabilities.length + " and " + correct.length);
        }
        requireProbability("tail mass", tailMass);
        double sum = tailMass;
        for (int j = 0; j < probabilities.length; j++) {
            requireProbability("probability of answer " + j, probabilities[j]);
            sum += probabilities[j];
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("answer probabilities plus tail mass must sum to 1 but summed to " + sum);
        }
        this.probabilities = probabilities.clone();
        this.correct = correct.clone();
        this.tailMass = tailMass;
    }

    /** A vote without a tail: the probabilities must sum to 1. */
    public PluralityVote(double[] probabilities, boolean[] correct) {
        this(probabilities, correct, 0.0);
    }

    /** A vote where the first answer is the only correct one and the rest are wrong (no tail). */
    public static PluralityVote correctFirst(double... probabilities) {
        boolean[] correct = new boolean[probabilities.length];
        correct[0] = true;
        return new PluralityVote(probabilities, correct);
    }

    /** A vote whose unique tail takes whatever mass the probabilities leave, 1 − Σp_j. */
    public static PluralityVote withUniqueTail(double[] probabilities, boolean[] correct) {
        double sum = Arrays.stream(probabilities).sum();
        if (sum > 1.0 + SUM_TOLERANCE) {
            throw new IllegalArgumentException("answer probabilities must sum to at most 1 but summed to " + sum);
        }
        return new PluralityVote(probabilities, correct, Math.max(0.0, 1.0 - sum));
    }

    /** The probability that a plurality vote over n samples returns a correct answer. */
    public double accuracy(int n) {
        if (n < 1 || n > MAX_SAMPLES) {
            throw new IllegalArgumentException("sample count must be in [1, " + MAX_SAMPLES + "] but was " + n);
        }
        double[][] choose = Binomials.pascal(n);
        int[] live = liveAnswers();
        double[][] pw = new double[live.length][];
        boolean anyCorrect = false;
        for (int i = 0; i < live.length; i++) {
            pw[i] = Binomials.powers(probabilities[live[i]], n);
            anyCorrect |= correct[live[i]];
        }
        if (!anyCorrect) {
            return 0.0;
        }
        double[] tailPw = Binomials.powers(tailMass, n);
        int lowestMax = tailMass > 0 ? 1 : (n + live.length - 1) / live.length;
        double total = 0.0;
        double[] maximumBound = maximumProbabilityBounds(n, live);
        for (int max = lowestMax; max <= n; max++) {
            if (max == 1 || maximumBound[max] >= NEGLIGIBLE) {
                total += accuracyWithMaximum(max, n, live, pw, tailPw, choose);
            }
        }
        return Math.min(1.0, total);
    }

    /** The contribution of count vectors whose largest count is exactly {@code max}. */
    private double accuracyWithMaximum(int max, int n, int[] live, double[][] pw, double[] tailPw,
            double[][] choose) {
        int tieCap = Math.min(live.length, n / max);
        int width = tieCap + 1;
        double[] mass = new double[(n + 1) * width];
        double[] marked = new double[(n + 1) * width];
        mass[0] = 1.0;
        int reach = 0;
        for (int i = 0; i < live.length; i++) {
            double[] nextMass = new double[mass.length];
            double[] nextMarked = new double[mass.length];
            boolean isCorrect = correct[live[i]];
            for (int s = 0; s <= reach; s++) {
                int tMax = Math.min(tieCap, s / max);
                for (int t = 0; t <= tMax; t++) {
                    int at = s * width + t;
                    double m0 = mass[at];
                    double m1 = marked[at];
                    if (m0 == 0.0 && m1 == 0.0) {
                        continue;
                    }
                    int below = Math.min(max - 1, n - s);
                    for (int x = 0; x <= below; x++) {
                        double w = choose[s + x][x] * pw[i][x];
                        nextMass[at + x * width] += m0 * w;
                        nextMarked[at + x * width] += m1 * w;
                    }
                    if (s + max <= n && t < tieCap) {
                        double w = choose[s + max][max] * pw[i][max];
                        int to = at + max * width + 1;
                        nextMass[to] += m0 * w;
                        nextMarked[to] += (isCorrect ? m0 + m1 : m1) * w;
                    }
                }
            }
            reach = Math.min(n, reach + max);
            mass = nextMass;
            marked = nextMarked;
        }
        double sum = 0.0;
        for (int s = max; s <= reach; s++) {
            int tail = n - s;
            if (tail > 0 && tailMass == 0.0) {
                continue;
            }
            double tailWeight = choose[n][tail] * tailPw[tail];
            for (int t = 1; t <= Math.min(tieCap, s / max); t++) {
                double m1 = marked[s * width + t];
                if (m1 != 0.0) {
                    sum += tailWeight * m1 / (max == 1 ? t + tail : t);
                }
            }
        }
        return sum;
    }

    /**
     * For each M, an upper bound on P(largest named count = M): the smaller of Π_j P(n_j ≤ M)
     * (multinomial counts are negatively associated) and Σ_j P(n_j ≥ M) (a union bound).
     */
    private double[] maximumProbabilityBounds(int n, int[] live) {
        double[] allBelow = new double[n + 1];
        double[] someAbove = new double[n + 1];
        Arrays.fill(allBelow, 1.0);
        for (int j : live) {
            double[] pmf = Binomials.pmf(n, probabilities[j]);
            double below = 0.0;
            for (int m = 0; m <= n; m++) {
                below += pmf[m];
                allBelow[m] *= Math.min(1.0, below);
            }
            double above = 0.0;
            for (int m = n; m >= 0; m--) {
                above += pmf[m];
                someAbove[m] += above;
            }
        }
        for (int m = 0; m <= n; m++) {
            allBelow[m] = Math.min(allBelow[m], someAbove[m]);
        }
        return allBelow;
    }

    /** Indices of answers with positive probability; the others can only be drawn zero times. */
    private int[] liveAnswers() {
        return IntStream.range(0, probabilities.length)
                .filter(j -> probabilities[j] > 0.0).toArray();
    }

    /**
     * The binary closed form: Σ_{k&gt;N/2} C(N,k)p^k(1−p)^{N−k}, plus ½·C(N,N/2)(p(1−p))^{N/2} when N
     * is even. Terms are formed in log space, so any N is accepted.
     */
    public static double binary(double p, int n) {
        requireProbability("p", p);
        if (n < 1) {
            throw new IllegalArgumentException("sample count must be at least 1 but was " + n);
        }
        double[] pmf = Binomials.pmf(n, p);
        double sum = 0.0;
        for (int k = (n + 1) / 2; k <= n; k++) {
            sum += 2 * k == n ? 0.5 * pmf[k] : pmf[k];
        }
        return Math.min(1.0, sum);
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
        }
    }
}
