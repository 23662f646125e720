package org.reasoningexplorer.engine.verify;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How a simulated verifier errs. First the truth is turned into a label: a wrong item is labelled
 * right with probability {@code falsePositiveRate}, a right item labelled wrong with
 * {@code falseNegativeRate}. Then a raw score is drawn in logit space,
 * {@code raw = (label ? meanPositive : meanNegative) + N(0, label ? sigmaPositive : sigmaNegative)},
 * and the score is {@code logistic(raw)} in [0, 1]. Means may be infinite (see {@link #PERFECT}).
 */
public record NoiseModel(double meanPositive, double sigmaPositive, double meanNegative, double sigmaNegative,
                         double falsePositiveRate, double falseNegativeRate) {

    /** Scores exactly 1 for right items and 0 for wrong ones (infinite means, no noise, no flips). */
    public static final NoiseModel PERFECT = new NoiseModel(Double.POSITIVE_INFINITY, 0.0,
            Double.NEGATIVE_INFINITY, 0.0, 0.0, 0.0);
    /** A strong verifier: right ~ N(2.5, 0.75), wrong ~ N(−2.5, 0.75) in logit space, 2% flips each way. */
    public static final NoiseModel GOOD = new NoiseModel(2.5, 0.75, -2.5, 0.75, 0.02, 0.02);
    /** A weak verifier: right ~ N(1, 1), wrong ~ N(−1, 1), 15% flips each way. */
    public static final NoiseModel MEDIOCRE = new NoiseModel(1.0, 1.0, -1.0, 1.0, 0.15, 0.15);
    /**
     * REFERENCE.md's over-optimisation example: right ~ N(1, 0.5), wrong ~ N(0, 1), no flips. The
     * wide spread of wrong scores means a large N finds a wrong chain scoring above every right
     * one: with 30% right samples, Best-of-N accuracy is 0.3, 0.43207, 0.521365, 0.53327,
     * 0.485915, 0.309091 for N = 1, 2, 4, 8, 16, 64 (logistic is monotone, so the ranking is the
     * raw scores').
     */
    public static final NoiseModel MISLEADING = new NoiseModel(1.0, 0.5, 0.0, 1.0, 0.0, 0.0);

    private static final String KEYS = "mpos, spos, mneg, sneg, sigma, fp, fn";

    public NoiseModel {
        if (Double.isNaN(meanPositive) || Double.isNaN(meanNegative)) {
            throw new IllegalArgumentException("means must be numbers, got meanPositive=" + meanPositive
                    + ", meanNegative=" + meanNegative);
        }
        checkSigma("sigmaPositive", sigmaPositive);
        checkSigma("sigmaNegative", sigmaNegative);
        checkRate("falsePositiveRate", falsePositiveRate);
        checkRate("falseNegativeRate", falseNegativeRate);
    }

    /** The label after flips: what the verifier "believes". Uses one draw. */
    public boolean label(boolean truth, SplittableRandom rng) {
        double u = rng.nextDouble();
        return truth ? u >= falseNegativeRate : u < falsePositiveRate;
    }

    /** A raw logit-space score for a label. Uses one Gaussian draw. */
    public double raw(boolean label, SplittableRandom rng) {
        double g = rng.nextGaussian();
        return label ? meanPositive + sigmaPositive * g : meanNegative + sigmaNegative * g;
    }

    /** A score in [0, 1] for an item whose truth is {@code truth}. */
    public double sample(boolean truth, SplittableRandom rng) {
        return logistic(raw(label(truth, rng), rng));
    }

    /** {@link #sample} together with the truth (1 or 0). */
    public Verifier.Score score(boolean truth, SplittableRandom rng) {
        return new Verifier.Score(sample(truth, rng), truth ? 1.0 : 0.0);
    }

    /** 1 / (1 + e^−x); exactly 1 at +∞ and 0 at −∞. */
    public static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** The preset's name, or the settings as parse() accepts them. */
    public String describe() {
        if (equals(PERFECT)) {
            return "perfect";
        } else if (equals(GOOD)) {
            return "good";
        } else if (equals(MEDIOCRE)) {
            return "mediocre";
        } else if (equals(MISLEADING)) {
            return "misleading";
        }
        return String.format(Locale.ROOT, "mpos=%s,spos=%s,mneg=%s,sneg=%s,fp=%s,fn=%s", meanPositive,
                sigmaPositive, meanNegative, sigmaNegative, falsePositiveRate, falseNegativeRate);
    }

    /**
     * Parses a preset name ("good", "mediocre", "misleading", "perfect") or comma-separated
     * settings over a base, e.g. "sigma=0.5,fp=0.1,fn=0.2" (base: good) or
     * "misleading,fp=0.2". Keys: mpos, spos, mneg, sneg, sigma (both sigmas), fp, fn.
     */
    public static NoiseModel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty verifier noise; expected good, mediocre, misleading, perfect"
                    + " or settings like sigma=0.5,fp=0.1,fn=0.2");
        }
        NoiseModel m = GOOD;
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (!p.contains("=")) {
                m = preset(p);
                continue;
            }
            String key = p.substring(0, p.indexOf('=')).strip();
            String value = p.substring(p.indexOf('=') + 1).strip();
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad value '" + value + "' for noise setting " + key
                        + "; expected a number", e);
            }
            m = with(m, key, v);
        }
        return m;
    }

    private static NoiseModel preset(String name) {
        switch (name) {
            case "good":
                return GOOD;
            case "mediocre":
                return MEDIOCRE;
            case "misleading":
                return MISLEADING;
            case "perfect":
                return PERFECT;
            default:
                throw new IllegalArgumentException("unknown verifier noise '" + name
                        + "'; expected good, mediocre, misleading, perfect or key=value with key one of " + KEYS);
        }
    }

    private static NoiseModel with(NoiseModel m, String key, double v) {
        switch (key) {
            case "mpos":
                return new NoiseModel(v, m.sigmaPositive, m.meanNegative, m.sigmaNegative, m.falsePositiveRate, m.falseNegativeRate);
            case "spos":
                return new NoiseModel(m.meanPositive, v, m.meanNegative, m.sigmaNegative, m.falsePositiveRate, m.falseNegativeRate);
            case "mneg":
                return new NoiseModel(m.meanPositive, m.sigmaPositive, v, m.sigmaNegative, m.falsePositiveRate, m.falseNegativeRate);
            case "sneg":
                return new NoiseModel(m.meanPositive, m.sigmaPositive, m.meanNegative, v, m.falsePositiveRate, m.falseNegativeRate);
            case "sigma":
                return new NoiseModel(m.meanPositive, v, m.meanNegative, v, m.falsePositiveRate, m.falseNegativeRate);
            case "fp":
                return new NoiseModel(m.meanPositive, m.sigmaPositive, m.meanNegative, m.sigmaNegative, v, m.falseNegativeRate);
            case "fn":
                return new NoiseModel(m.meanPositive, m.sigmaPositive, m.meanNegative, m.sigmaNegative, m.falsePositiveRate, v);
            default:
                throw new IllegalArgumentException("unknown noise setting '" + key + "'; expected one of " + KEYS);
        }
    }

    private static void checkSigma(String name, double v) {
        if (!(v >= 0.0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
        }
    }

    private static void checkRate(String name, double v) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }
}
