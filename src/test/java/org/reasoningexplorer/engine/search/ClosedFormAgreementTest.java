package org.reasoningexplorer.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reasoningexplorer.engine.metrics.BestOfNClosedForm;
import org.reasoningexplorer.engine.metrics.PluralityVote;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.NoiseModel;

/**
 * Monte Carlo runs of the embedded reasoner agree with REFERENCE.md's closed forms, fed with the
 * per-sample answer distribution measured from the same reasoner.
 */
class ClosedFormAgreementTest {
    private static final Puzzle PUZZLE = Puzzle.game24(4, 9, 10, 13);

    /** The measured distribution of normalised answers of single chains, and which are correct. */
    private record AnswerDistribution(double[] p, boolean[] correct) {
        double accuracy() {
            double a = 0;
            for (int i = 0; i < p.length; i++) {
                a += correct[i] ? p[i] : 0;
            }
            return a;
        }
    }

    private static AnswerDistribution measure(PuzzleSearch spec, int samples) {
        var ctx = spec.withSeed(999_999).context(e -> { }, null);
        ctx.createRoot(PUZZLE.text());
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> correct = new LinkedHashMap<>();
        for (int i = 0; i < samples; i++) {
            int leaf = ctx.sampleChain(0, i);
            TraceTree.Answer a = ctx.answer(leaf);
            counts.computeIfAbsent(a.normalized(), k -> new int[1])[0]++;
            correct.put(a.normalized(), a.correct());
        }
        double[] p = new double[counts.size()];
        boolean[] ok = new boolean[counts.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            p[i] = e.getValue()[0] / (double) samples;
            ok[i++] = correct.get(e.getKey());
        }
        return new AnswerDistribution(p, ok);
    }

    private static double accuracy(PuzzleSearch spec, int runs) {
        int hits = 0;
        for (int r = 0; r < runs; r++) {
            TraceTree t = spec.withSeed(r + 1).run(e -> { }, null);
            hits += t.selection().correct() ? 1 : 0;
        }
        return hits / (double) runs;
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "5", "9"})
    void majorityVoteAccuracyMatchesThePluralityClosedForm(int n) {
        PuzzleSearch spec = new PuzzleSearch(PUZZLE, "majority", Map.of("n", Integer.toString(n)),
                PolicyKnobs.DEFAULTS.withSkill(3.0), NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, 0);
        AnswerDistribution d = measure(spec, 40_000);
        double expected = new PluralityVote(d.p(), d.correct(), 0.0).accuracy(n);
        int runs = 1500;
        double measured = accuracy(spec, runs);
        double se = Math.sqrt(expected * (1 - expected) / runs);
        assertEquals(expected, measured, 4 * se + 0.01,
                "majority@" + n + ": single-sample accuracy " + d.accuracy() + ", " + d.p().length + " clusters");
    }

    @ParameterizedTest
    @CsvSource({"1", "4", "16"})
    void bestOfNWithTheMisleadingVerifierMatchesTheGaussianClosedForm(int n) {
        PuzzleSearch spec = new PuzzleSearch(PUZZLE, "best-of-n", Map.of("n", Integer.toString(n)),
                PolicyKnobs.DEFAULTS, NoiseModel.MISLEADING, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, 0);
        double p = measure(spec, 20_000).accuracy();
        double expected = new BestOfNClosedForm(1.0, 0.5, 0.0, 1.0, p).accuracy(n);
        int runs = 1500;
        double measured = accuracy(spec, runs);
        double se = Math.sqrt(expected * (1 - expected) / runs);
        assertEquals(expected, measured, 4 * se + 0.01, "best-of-" + n + " with p = " + p);
    }

}
