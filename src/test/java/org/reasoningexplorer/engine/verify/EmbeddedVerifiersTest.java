package org.reasoningexplorer.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;
import org.reasoningexplorer.engine.reasoner.embedded.StepReplay;

class EmbeddedVerifiersTest {
    private static final Puzzle P = Puzzle.game24(4, 9, 10, 13);

    private static PuzzleState replay(String... lines) {
        PuzzleState s = PuzzleState.initial(P);
        for (String line : lines) {
            s = StepReplay.apply(s, line);
        }
        return s;
    }

    @Test
    void prmTruthFollowsArithmeticAndReachability() {
        EmbeddedPrm prm = new EmbeddedPrm(NoiseModel.PERFECT);
        SplittableRandom rng = new SplittableRandom(0);
        assertEquals(1.0, prm.scoreStep(replay("10 − 4 = 6"), rng).truth(), "6 9 13 can still make 24");
        assertEquals(0.0, prm.scoreStep(replay("10 + 4 = 14"), rng).truth(), "9 13 14 cannot make 24");
        PuzzleState slipped = replay("10 − 4 = 6", "13 − 9 = 5");
        assertFalse(slipped.lastStepArithmeticOk());
        Verifier.Score slipScore = prm.scoreStep(slipped, rng);
        assertEquals(0.0, slipScore.truth(), "13 − 9 = 5 is a slip");
        assertEquals(0.0, slipScore.value());
        PuzzleState lucky = replay("10 − 4 = 6", "13 − 9 = 5", "6 × 5 = 30");
        assertEquals(0.0, prm.scoreStep(lucky, rng).truth(), "30 is not 24");
        PuzzleState recovered = replay("10 − 4 = 6", "13 − 9 = 3", "6 × 3 = 18");
        assertEquals(0.0, prm.scoreStep(recovered, rng).truth());
        PuzzleState answered = replay("10 − 4 = 6", "13 − 9 = 4", "6 × 4 = 24", "Answer: (10 − 4) × (13 − 9) = 24");
        assertEquals(1.0, prm.scoreStep(answered, rng).value());
        PuzzleState wrongAnswer = replay("10 − 4 = 6", "13 − 9 = 5", "6 × 5 = 30", "Answer: (10 − 4) × (13 − 9) = 30");
        assertEquals(1.0, prm.scoreStep(wrongAnswer, rng).truth(),
                "as in ToT's check the claimed value is ignored: the expression itself makes 24");
        PuzzleState falseAnswer = replay("10 + 4 = 14", "13 − 9 = 4", "14 × 4 = 56", "Answer: (10 + 4) × (13 − 9) = 24");
        assertEquals(0.0, prm.scoreStep(falseAnswer, rng).truth(), "claims 24 but the expression is 56");
        assertThrows(IllegalArgumentException.class, () -> prm.scoreStep(PuzzleState.initial(P), rng));
    }

    @Test
    void prmCountsALaterCorrectStepAfterASlipByItsOwnMerit() {
        EmbeddedPrm prm = new EmbeddedPrm(NoiseModel.PERFECT);
        PuzzleState s = replay("13 − 9 = 3", "10 − 4 = 6", "6 × 3 = 18");
        assertEquals(List.of(false, true, true), s.arithmeticOk());
        assertEquals(0.0, prm.scoreStep(s, new SplittableRandom(0)).truth(), "18 is not 24");
        PuzzleState lucky = replay("13 − 9 = 3", "10 − 4 = 6");
        assertFalse(prm.isGoodStep(replay("13 − 9 = 3")), "the slip itself is bad");
        assertEquals(prm.isGoodStep(lucky), new org.reasoningexplorer.engine.puzzle.Solver()
                .canReach(lucky.remaining(), P.targetValue(), P.rules()));
    }

    @Test
    void ormScoresOnlyFinishedChainsAgainstTheExactVerdict() {
        EmbeddedOrm orm = new EmbeddedOrm(NoiseModel.PERFECT);
        SplittableRandom rng = new SplittableRandom(0);
        PuzzleState right = replay("10 − 4 = 6", "13 − 9 = 4", "6 × 4 = 24", "Answer: (10 − 4) × (13 − 9) = 24");
        assertEquals(new Verifier.Score(1.0, 1.0), orm.scoreChain(right, rng));
        PuzzleState unfaithful = replay("10 + 4 = 14", "13 − 9 = 4", "14 × 4 = 56", "Answer: (10 + 4) × (13 − 9) = 24");
        assertEquals(new Verifier.Score(0.0, 0.0), orm.scoreChain(unfaithful, rng));
        assertThrows(IllegalArgumentException.class, () -> orm.scoreChain(replay("10 − 4 = 6"), rng));
        assertEquals("orm(perfect)", orm.name());
    }

    @Test
    void ormWithNoiseStaysInUnitIntervalAndKeepsTheTruth() {
        EmbeddedOrm orm = new EmbeddedOrm(NoiseModel.MEDIOCRE);
        PuzzleState right = replay("10 − 4 = 6", "13 − 9 = 4", "6 × 4 = 24", "Answer: (10 − 4) × (13 − 9) = 24");
        SplittableRandom rng = new SplittableRandom(5);
        double sum = 0;
        for (int i = 0; i < 2000; i++) {
            Verifier.Score s = orm.scoreChain(right, rng);
            assertEquals(1.0, s.truth());
            assertTrue(s.value() >= 0 && s.value() <= 1);
            sum += s.value();
        }
        assertTrue(sum / 2000 > 0.55 && sum / 2000 < 0.9, "mean " + sum / 2000);
    }

    @Test
    void perfectValueJudgeIsSureExactlyWhenTheChainCanStillSucceed() {
        EmbeddedValueJudge judge = new EmbeddedValueJudge(NoiseModel.PERFECT);
        SplittableRandom rng = new SplittableRandom(0);
        assertEquals(List.of(Judgement.SURE, Judgement.SURE, Judgement.SURE), judge.judge(replay("10 − 4 = 6"), 3, rng));
        assertEquals(List.of(Judgement.IMPOSSIBLE, Judgement.IMPOSSIBLE, Judgement.IMPOSSIBLE),
                judge.judge(replay("10 + 4 = 14"), 3, rng));
        assertFalse(judge.isSure(replay("13 − 9 = 3", "10 − 4 = 6")), "an earlier slip spoils the chain");
        assertTrue(judge.isSure(replay("10 − 4 = 6", "13 − 9 = 4", "6 × 4 = 24")));
        assertFalse(judge.isSure(replay("10 − 4 = 6", "13 − 9 = 4", "6 + 4 = 10")));
        assertThrows(IllegalArgumentException.class, () -> judge.judge(replay("10 − 4 = 6"), 0, rng));
    }

    @Test
    void noisyValueJudgesSayLikelyAndFlipAtTheConfiguredRate() {
        SplittableRandom rng = new SplittableRandom(7);
        EmbeddedValueJudge mediocre = new EmbeddedValueJudge(NoiseModel.MEDIOCRE);
        List<Judgement> js = mediocre.judge(replay("10 − 4 = 6"), 3000, rng);
        long likely = js.stream().filter(j -> j == Judgement.LIKELY).count();
        assertTrue(likely > 600 && likely < 2400, likely + " likely of 3000");
        EmbeddedValueJudge flippy = new EmbeddedValueJudge(NoiseModel.parse("perfect,fp=0.25"));
        List<Judgement> dead = flippy.judge(replay("10 + 4 = 14"), 8000, rng);
        double sure = dead.stream().filter(j -> j == Judgement.SURE).count() / 8000.0;
        assertEquals(0.25, sure, 4 * Math.sqrt(0.25 * 0.75 / 8000));
        assertTrue(dead.stream().noneMatch(j -> j == Judgement.LIKELY));
    }
}
