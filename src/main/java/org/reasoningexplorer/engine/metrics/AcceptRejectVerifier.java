package org.reasoningexplorer.engine.metrics;

/**
 * Exact accuracy of choosing among N samples with a binary verifier (REFERENCE.md, "Accept/reject
 * verifier"): pick uniformly among the accepted samples, or among all samples if none is accepted.
 *
 * <p>Each sample is independently correct-and-accepted with probability a = pα, wrong-and-accepted
 * with b = (1−p)β, correct-and-rejected with c = p(1−α). Summing over the number r ≥ 1 of accepted
 * samples, the pick is uniform among r samples that are each correct with probability a/(a+b)
 * independently of r, so every r contributes the same a/(a+b). When none is accepted (probability
 * (1−a−b)^N) the pick is uniform among rejected samples, correct with probability c/(1−a−b). Hence
 * P(N) = (1 − (1−a−b)^N)·a/(a+b) + (1−a−b)^N·c/(1−a−b), tending to pα/(pα + (1−p)β).
 */
public final class AcceptRejectVerifier {
    private final double prior;
    private final double truePositiveRate;
    private final double falsePositiveRate;

    /** A verifier accepting correct samples with rate α and wrong ones with rate β; p is the prior. */
    public AcceptRejectVerifier(double prior, double truePositiveRate, double falsePositiveRate) {
        requireProbability("prior p", prior);
        requireProbability("true-positive rate α", truePositiveRate);
        requireProbability("false-positive rate β", falsePositiveRate);
        this.prior = prior;
        this.truePositiveRate = truePositiveRate;
        this.falsePositiveRate = falsePositiveRate;
    }

    /** The probability that the pick among n samples is correct. */
    public double accuracy(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sample count must be at least 1 but was " + n);
        }
        double accepted = acceptRate();
        double noneAccepted = Math.pow(1.0 - accepted, n);
        double result = noneAccepted * correctGivenRejected();
        if (accepted > 0.0) {
            result += -Math.expm1(n * Math.log1p(-accepted)) * correctGivenAccepted();
        }
        return result;
    }

    /**
     * The accuracy as N → ∞: pα/(pα + (1−p)β), or p when the verifier never accepts anything
     * (then every pick is uniform among all samples).
     */
    public double limit() {
        return correctGivenAccepted();
    }

    /** P(correct | accepted) = pα/(pα + (1−p)β), or p when nothing is ever accepted. */
    public double correctGivenAccepted() {
        double accepted = acceptRate();
        return accepted > 0.0 ? prior * truePositiveRate / accepted : prior;
    }

    /** P(correct | rejected) = p(1−α)/(p(1−α) + (1−p)(1−β)), or p when nothing is ever rejected. */
    public double correctGivenRejected() {
        double rejected = prior * (1.0 - truePositiveRate) + (1.0 - prior) * (1.0 - falsePositiveRate);
        return rejected > 0.0 ? prior * (1.0 - truePositiveRate) / rejected : prior;
    }

    private double acceptRate() {
        return prior * truePositiveRate + (1.0 - prior) * falsePositiveRate;
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
        }
    }
}
