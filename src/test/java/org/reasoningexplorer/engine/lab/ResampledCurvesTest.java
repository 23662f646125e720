package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.lab.ResampledCurves.Method;
import org.reasoningexplorer.engine.metrics.BestOfNClosedForm;
import org.reasoningexplorer.engine.metrics.PluralityVote;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.NoiseModel;

class ResampledCurvesTest {
    private static final int PROBLEMS = 400;
    private static final int N = 64;

    /** |estimate − expected| within four standard errors over problems (plus rounding slack). */
    private static void assertWithinErrors(double expected, double[][] rows, int k, String what) {
        double[] m = Synthetic.meanAndError(rows, k);
        assertTrue(Math.abs(m[0] - expected) <= 4 * m[1] + 1e-9,
                what + " at k=" + k + ": resampled " + m[0] + " ± " + m[1] + ", closed form " + expected);
    }

    @Test
    void majorityAtKMatchesThePluralityClosedFormForBinaryAnswers() {
        SampleSet set = Synthetic.binary(PROBLEMS, N, 0.6, 11);
        double[][] rows = ResampledCurves.perProblem(set, Method.MAJORITY);
        double[] reference = {Double.NaN, 0.6, 0.6, 0.648, 0.648, 0.68256};
        for (int k = 1; k <= 5; k++) {
            assertWithinErrors(reference[k], rows, k, "majority, p = 0.6");
        }
        for (int k : new int[] {9, 16, 33, 64}) {
            assertWithinErrors(PluralityVote.binary(0.6, k), rows, k, "majority, p = 0.6");
        }
    }

    @Test
    void majorityAtKMatchesThePluralityClosedFormForThreeAnswers() {
        SampleSet set = Synthetic.iid(PROBLEMS, N, new double[] {0.4, 0.3, 0.3}, NoiseModel.MISLEADING, 12);
        double[][] rows = ResampledCurves.perProblem(set, Method.MAJORITY);
        assertWithinErrors(0.424, rows, 3, "majority (0.4, 0.3, 0.3)");
        assertWithinErrors(0.44704, rows, 5, "majority (0.4, 0.3, 0.3)");
        PluralityVote vote = PluralityVote.correctFirst(0.4, 0.3, 0.3);
        for (int k : new int[] {1, 2, 8, 16, 32}) {
            assertWithinErrors(vote.accuracy(k), rows, k, "majority (0.4, 0.3, 0.3)");
        }
    }

    @Test
    void bestOfKMatchesTheGaussianClosedForm() {
        SampleSet set = Synthetic.iid(PROBLEMS, N, new double[] {0.3, 0.7}, NoiseModel.MISLEADING, 13);
        double[][] rows = ResampledCurves.perProblem(set, Method.BEST_OF_K);
        BestOfNClosedForm exact = new BestOfNClosedForm(1, 0.5, 0, 1, 0.3);
        int[] ks = {1, 4, 8, 16};
        double[] reference = {0.3, 0.521365, 0.53327, 0.485915};
        for (int i = 0; i < ks.length; i++) {
            assertEquals(reference[i], exact.accuracy(ks[i]), 1e-6);
            assertWithinErrors(reference[i], rows, ks[i], "best-of-k, p = 0.3");
        }
    }

    @Test
    void passAtKMatchesOneMinusTheChanceThatAllKAreWrong() {
        SampleSet set = Synthetic.binary(PROBLEMS, N, 0.2, 14);
        double[][] rows = ResampledCurves.perProblem(set, Method.PASS_AT_K);
        for (int k : new int[] {1, 2, 4, 8, 16}) {
            assertWithinErrors(1 - Math.pow(0.8, k), rows, k, "pass@k, p = 0.2");
        }
    }

    @Test
    void theCurveAtKEqualsNIsTheFullSampleEstimatorExactly() {
        SampleSet set = Synthetic.iid(40, 20, new double[] {0.35, 0.35, 0.2, 0.1}, NoiseModel.MEDIOCRE, 15);
        for (ProblemSamples s : set.problems()) {
            int n = s.n();
            int[] votes = new int[s.clusterCorrect().length];
            double[] weight = new double[votes.length];
            int top = 0;
            for (int i = 0; i < n; i++) {
                votes[s.cluster()[i]]++;
                weight[s.cluster()[i]] += s.ormScore()[i];
                if (s.ormScore()[i] > s.ormScore()[top]) {
                    top = i;
                }
            }
            assertEquals(plurality(votes, s.clusterCorrect()), ResampledCurves.curve(s, Method.MAJORITY)[n], 1e-12);
            assertEquals(s.correct()[top] ? 1.0 : 0.0, ResampledCurves.curve(s, Method.BEST_OF_K)[n], 1e-12);
            assertEquals(plurality(weight, s.clusterCorrect()), ResampledCurves.curve(s, Method.WEIGHTED_MAJORITY)[n], 1e-12);
            assertEquals(s.passAt1() > 0 ? 1.0 : 0.0, ResampledCurves.curve(s, Method.PASS_AT_K)[n], 1e-12);
            assertEquals(s.passAt1(), ResampledCurves.curve(s, Method.MAJORITY)[1], 1e-12);
        }
    }

    /** A plurality over all samples with uniform tie-breaking: correct tied / tied. */
    private static double plurality(double[] totals, boolean[] correct) {
        double best = -1;
        int tied = 0;
        int right = 0;
        for (int g = 0; g < totals.length; g++) {
            if (totals[g] > best) {
                best = totals[g];
                tied = 0;
                right = 0;
            }
            if (totals[g] == best) {
                tied++;
                right += correct[g] ? 1 : 0;
            }
        }
        return (double) right / tied;
    }

    private static double plurality(int[] votes, boolean[] correct) {
        double[] d = new double[votes.length];
        for (int g = 0; g < d.length; g++) {
            d[g] = votes[g];
        }
        return plurality(d, correct);
    }

    @Test
    void bestOfAllDrawnSamplesIsWhatTheBestOfNStrategyChooses() {
        List<Puzzle> puzzles = LabFixtures.puzzles(12);
        PuzzleSearch template = LabFixtures.template(NoiseModel.MEDIOCRE);
        SampleSet set = SampleDrawer.draw(puzzles, 16, template, 2, null, null);
        for (int p = 0; p < puzzles.size(); p++) {
            PuzzleSearch s = new PuzzleSearch(puzzles.get(p), "best-of-n", Map.of("n", "16"), template.knobs(),
                    template.ormNoise(), template.prmNoise(), template.judgeNoise(),
                    template.seed());
            TraceTree tree = s.run(null, null);
            ProblemSamples samples = set.problems().get(p);
            assertEquals(tree.selection().correct() ? 1.0 : 0.0, ResampledCurves.curve(samples, Method.BEST_OF_K)[16], 1e-12,
                    "problem " + p);
            assertEquals(tree.compute().steps(), java.util.Arrays.stream(samples.steps()).sum(), "steps of " + p);
            assertEquals(tree.compute().tokens(), java.util.Arrays.stream(samples.tokens()).sum(), "tokens of " + p);
        }
    }

    @Test
    void pointsCarryComputeAndBandsAroundTheMean() {
        SampleSet set = SampleDrawer.draw(LabFixtures.puzzles(12), 8, LabFixtures.template(NoiseModel.MEDIOCRE), 2, null, null);
        List<ResampledCurves.Point> points = ResampledCurves.compute(set);
        assertEquals(4 * 8, points.size());
        for (ResampledCurves.Point p : points) {
            assertEquals(p.k() * set.meanSteps(), p.steps(), 1e-9);
            assertEquals(p.k() * set.meanTokens(), p.tokens(), 1e-9);
            assertTrue(p.low() <= p.accuracy() + 1e-12 && p.accuracy() <= p.high() + 1e-12, p.toString());
            assertTrue(p.high() - p.low() > 0 || p.accuracy() == 0 || p.accuracy() == 1, "a band has width: " + p);
        }
        List<ResampledCurves.Point> pass = ResampledCurves.compute(set, EnumSet.of(Method.PASS_AT_K), 200, 3);
        for (int k = 1; k < 8; k++) {
            assertTrue(pass.get(k).accuracy() >= pass.get(k - 1).accuracy(), "pass@k never falls");
        }
    }
}
