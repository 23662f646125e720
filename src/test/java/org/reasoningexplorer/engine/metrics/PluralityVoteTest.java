package org.reasoningexplorer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PluralityVoteTest {
    @Test
    void binaryVoteReproducesTheReferenceValues() {
        double[] expected = {0.6, 0.6, 0.648, 0.648, 0.68256};
        for (int n = 1; n <= 5; n++) {
            assertEquals(expected[n - 1], PluralityVote.binary(0.6, n), 1e-12);
            assertEquals(expected[n - 1], PluralityVote.correctFirst(0.6, 0.4).accuracy(n), 1e-12);
        }
    }

    @Test
    void threeAnswerVoteReproducesTheReferenceValues() {
        PluralityVote favoured = PluralityVote.correctFirst(0.4, 0.3, 0.3);
        assertEquals(0.424, favoured.accuracy(3), 1e-12);
        assertEquals(0.44704, favoured.accuracy(5), 1e-12);
        PluralityVote outvoted = PluralityVote.correctFirst(0.3, 0.4, 0.3);
        assertEquals(0.288, outvoted.accuracy(3), 1e-12);
        assertEquals(0.255675, outvoted.accuracy(9), 1e-6);
        assertEquals(0.25567488, outvoted.accuracy(9), 1e-12);
    }

    @Test
    void generalVoteMatchesTheBinaryClosedFormAtLargeN() {
        PluralityVote vote = PluralityVote.correctFirst(0.52, 0.48);
        for (int n : new int[] {64, 101, 200, 333}) {
            assertEquals(PluralityVote.binary(0.52, n), vote.accuracy(n), 1e-12, "n=" + n);
        }
    }

    @Test
    void everyAnswerCorrectGivesCertaintyAndNoneCorrectGivesZero() {
        double[] p = {0.5, 0.3, 0.2};
        assertEquals(1.0, new PluralityVote(p, new boolean[] {true, true, true}).accuracy(17), 1e-12);
        assertEquals(0.0, new PluralityVote(p, new boolean[] {false, false, false}).accuracy(17), 0.0);
    }

    @Test
    void aPureUniqueTailWinsOnlyByTheLuckOfTheDraw() {
        // Only the tail and one correct answer of mass 0.1: with N = 2 the vote is correct when the
        // answer appears twice, or once and wins the two-way tie of singletons.
        PluralityVote vote = PluralityVote.withUniqueTail(new double[] {0.1}, new boolean[] {true});
        assertEquals(0.01 + 2 * 0.1 * 0.9 * 0.5, vote.accuracy(2), 1e-15);
    }

    @Test
    void agreesWithBruteForceEnumerationOfCountVectors() {
        double[] p = {0.25, 0.35, 0.15, 0.25};
        boolean[] correct = {true, false, true, false};
        PluralityVote vote = new PluralityVote(p, correct);
        for (int n = 1; n <= 9; n++) {
            assertEquals(bruteForce(p, correct, 0.0, n), vote.accuracy(n), 1e-12, "n=" + n);
        }
    }

    @Test
    void uniqueTailAgreesWithBruteForceEnumeration() {
        double[] p = {0.3, 0.2, 0.1};
        boolean[] correct = {true, false, false};
        PluralityVote vote = PluralityVote.withUniqueTail(p, correct);
        for (int n = 1; n <= 9; n++) {
            assertEquals(bruteForce(p, correct, 0.4, n), vote.accuracy(n), 1e-12, "n=" + n);
        }
    }

    @Test
    void uniqueTailAgreesWithSimulationOfNeverCollidingAnswers() {
        double[] p = {0.3, 0.2, 0.1};
        boolean[] correct = {true, false, false};
        int n = 4;
        int trials = 200_000;
        SplittableRandom random = new SplittableRandom(7);
        double hits = 0;
        for (int t = 0; t < trials; t++) {
            int[] counts = new int[p.length];
            int tail = 0;
            for (int i = 0; i < n; i++) {
                int j = draw(random, p);
                if (j < 0) {
                    tail++;  // a fresh answer, seen once
                } else {
                    counts[j]++;
                }
            }
            hits += winShare(counts, correct, tail);
        }
        double expected = PluralityVote.withUniqueTail(p, correct).accuracy(n);
        double standardError = Math.sqrt(expected * (1 - expected) / trials);
        assertEquals(expected, hits / trials, 4 * standardError);
    }

    @Test
    void agreesWithASeededMonteCarloForARandomFourAnswerDistribution() {
        SplittableRandom random = new SplittableRandom(2024);
        double[] p = new double[4];
        double sum = 0;
        for (int j = 0; j < 4; j++) {
            p[j] = random.nextDouble() + 0.1;
            sum += p[j];
        }
        for (int j = 0; j < 4; j++) {
            p[j] /= sum;
        }
        boolean[] correct = {false, true, false, false};
        int n = 11;
        int trials = 200_000;
        double hits = 0;
        for (int t = 0; t < trials; t++) {
            int[] counts = new int[4];
            for (int i = 0; i < n; i++) {
                counts[draw(random, p)]++;
            }
            hits += winShare(counts, correct, 0);
        }
        double expected = new PluralityVote(p, correct).accuracy(n);
        double standardError = Math.sqrt(expected * (1 - expected) / trials);
        assertEquals(expected, hits / trials, 4 * standardError);
    }

    @Test
    void sixtyFourSamplesOverEightAnswersGiveAnAccuracyAboveTheSingleSampleRate() {
        double[] p = {0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.05};
        boolean[] correct = {true, false, false, false, false, false, false, false};
        PluralityVote vote = PluralityVote.withUniqueTail(p, correct);
        double accuracy = vote.accuracy(64);
        assertTrue(accuracy > 0.5 && accuracy < 1.0, "accuracy " + accuracy);
    }

    @Test
    void probabilitiesAndTailMustFormADistribution() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PluralityVote(new double[] {0.5, 0.4}, new boolean[] {true, false}));
        assertTrue(e.getMessage().contains("sum to 1") && e.getMessage().contains("0.9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new PluralityVote(new double[] {1.5, -0.5}, new boolean[] {true, false}));
        assertTrue(e.getMessage().contains("[0, 1]") && e.getMessage().contains("1.5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PluralityVote.correctFirst(0.6, 0.4).accuracy(0));
        assertTrue(e.getMessage().contains("[1, 1000]") && e.getMessage().contains("was 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PluralityVote.binary(1.1, 3));
    }

    /** Index drawn from p, or −1 for the remaining (tail) mass. */
    private static int draw(SplittableRandom random, double[] p) {
        double u = random.nextDouble();
        for (int j = 0; j < p.length; j++) {
            u -= p[j];
            if (u < 0) {
                return j;
            }
        }
        return -1;
    }

    /** Expected correctness of a plurality vote with uniform ties; each tail draw is its own answer. */
    private static double winShare(int[] counts, boolean[] correct, int tail) {
        int max = tail > 0 ? 1 : 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int tied = max == 1 ? tail : 0;
        int correctTied = 0;
        for (int j = 0; j < counts.length; j++) {
            if (counts[j] == max) {
                tied++;
                correctTied += correct[j] ? 1 : 0;
            }
        }
        return (double) correctTied / tied;
    }

    /** Σ over all (named counts, tail count) of multinomial probability times the win share. */
    private static double bruteForce(double[] p, boolean[] correct, double tailMass, int n) {
        return enumerate(p, correct, tailMass, n, new int[p.length], 0, n);
    }

    private static double enumerate(double[] p, boolean[] correct, double tailMass, int n, int[] counts, int j,
            int left) {
        if (j == p.length) {
            if (left > 0 && tailMass == 0) {
                return 0;
            }
            double prob = Math.pow(tailMass, left) / factorial(left) * factorial(n);
            for (int i = 0; i < p.length; i++) {
                prob *= Math.pow(p[i], counts[i]) / factorial(counts[i]);
            }
            return prob * winShare(counts, correct, left);
        }
        double total = 0;
        for (int c = 0; c <= left; c++) {
            counts[j] = c;
            total += enumerate(p, correct, tailMass, n, counts, j + 1, left - c);
        }
        counts[j] = 0;
        return total;
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
