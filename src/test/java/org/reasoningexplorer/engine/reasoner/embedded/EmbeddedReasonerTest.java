package org.reasoningexplorer.engine.reasoner.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Expr;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.reasoner.Proposal;
import org.reasoningexplorer.engine.verify.ExactChecker;

class EmbeddedReasonerTest {
    private static final Puzzle P = Puzzle.game24(4, 9, 10, 13);
    private static final Pattern STEP = Pattern.compile(
            "\\d+(/\\d+)? [+−×÷] \\d+(/\\d+)? = -?\\d+(/\\d+)? \\(left:( -?\\d+(/\\d+)?)+\\)");

    static PuzzleState chain(EmbeddedReasoner r, SplittableRandom rng) {
        PuzzleState s = r.initialState();
        while (!s.isTerminal()) {
            s = r.sample(s, rng).next();
        }
        return s;
    }

    @Test
    void probabilitiesSumToOneOverDistinctWellFormedSteps() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS);
        List<StepCandidate> d = r.distribution(r.initialState());
        assertEquals(1.0, d.stream().mapToDouble(StepCandidate::probability).sum(), 1e-12);
        Set<String> texts = new HashSet<>();
        for (StepCandidate c : d) {
            assertTrue(texts.add(c.text()), "duplicate " + c.text());
            assertTrue(STEP.matcher(c.text()).matches(), c.text());
            List<Rational> left = c.next().remaining();
            assertEquals(left.stream().sorted().toList(), left);
        }
        assertTrue(texts.contains("13 − 9 = 4 (left: 4 4 10)"), texts.toString());
        assertTrue(texts.contains("10 ÷ 4 = 5/2 (left: 5/2 9 13)"), texts.toString());
    }

    @Test
    void theSameSeedGivesTheSameStepAndChain() {
        EmbeddedReasoner a = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS);
        EmbeddedReasoner b = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS);
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(a.sample(a.initialState(), new SplittableRandom(seed)).text(),
                    b.sample(b.initialState(), new SplittableRandom(seed)).text());
            assertEquals(chain(a, new SplittableRandom(seed)).steps(), chain(b, new SplittableRandom(seed)).steps());
        }
        Set<String> firstSteps = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            firstSteps.add(a.sample(a.initialState(), new SplittableRandom(seed)).text());
        }
        assertTrue(firstSteps.size() > 3, "different seeds should explore different steps");
    }

    @Test
    void measuredSlipRateMatchesTheKnob() {
        double slip = 0.2;
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS.withSlipRate(slip));
        SplittableRandom rng = new SplittableRandom(1);
        int n = 20_000;
        int slips = 0;
        for (int i = 0; i < n; i++) {
            Proposal<PuzzleState> p = r.sample(r.initialState(), rng);
            if (!p.next().lastStepArithmeticOk()) {
                slips++;
                assertTrue(STEP.matcher(p.text()).matches(), p.text());
            }
        }
        double rate = (double) slips / n;
        double sd = Math.sqrt(slip * (1 - slip) / n);
        assertEquals(slip, rate, 4 * sd, "measured slip rate " + rate);
    }

    @Test
    void aSlipIsWrittenAndCarriedForward() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS.withSlipRate(1.0));
        Proposal<PuzzleState> p = r.sample(r.initialState(), new SplittableRandom(3));
        PuzzleState s = p.next();
        assertFalse(s.lastStepArithmeticOk());
        assertFalse(s.allArithmeticOk());
        int built = -1;
        for (int k = 0; k < s.expressions().size(); k++) {
            if (s.expressions().get(k) instanceof Expr.Bin) {
                built = k;
            }
        }
        Rational written = s.remaining().get(built);
        Rational truth = s.expressions().get(built).evaluate();
        assertNotEquals(truth, written);
        assertTrue(p.text().contains("= " + written + " (left:"), p.text());
    }

    @Test
    void skillRaisesTheMassOnStepsThatKeepThePuzzleSolvable() {
        double previous = -1;
        for (double skill : new double[] {0.0, 1.0, 2.0, 4.0}) {
            EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS.withSkill(skill));
            double mass = r.distribution(r.initialState()).stream().filter(StepCandidate::promising)
                    .mapToDouble(StepCandidate::probability).sum();
            assertTrue(mass > previous, "skill " + skill + " gives mass " + mass + " after " + previous);
            previous = mass;
        }
        assertTrue(previous > 0.5);
    }

    @Test
    void chainsEndWithAnAnswerLineAfterOneStepPerCombination() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS);
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            PuzzleState s = chain(r, rng);
            assertEquals(P.numbers().size(), s.depth());
            assertTrue(s.lastStep().startsWith("Answer: "), s.lastStep());
            assertEquals(s.lastStep(), "Answer: " + s.answer());
            assertTrue(s.answer().matches(".* = -?\\d+(/\\d+)?"), s.answer());
            assertThrows(IllegalStateException.class, () -> r.sample(s, rng));
            assertThrows(IllegalStateException.class, () -> r.greedy(s, rng));
            assertThrows(IllegalStateException.class, () -> r.propose(s, 2, rng));
        }
    }

    @Test
    void withoutSlipsOrUnfaithfulnessAnAnswerIsCorrectIffTheChainReachedTheTarget() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, new PolicyKnobs(1.0, 1.0, 0.0, 0.0));
        SplittableRandom rng = new SplittableRandom(9);
        int reached = 0;
        int missed = 0;
        for (int i = 0; i < 500; i++) {
            PuzzleState s = chain(r, rng);
            boolean hit = s.finalValue().equals(P.targetValue());
            assertEquals(hit, new ExactChecker().isCorrect(s), s.toString());
            assertTrue(s.allArithmeticOk());
            assertTrue(s.answer().endsWith("= " + s.finalValue()), s.answer());
            if (hit) {
                reached++;
            } else {
                missed++;
            }
        }
        assertTrue(reached > 0 && missed > 0, reached + " reached, " + missed + " missed");
    }

    @Test
    void unfaithfulChainsClaimTheTargetAtTheConfiguredRate() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, new PolicyKnobs(0.0, 1.0, 0.0, 0.3));
        SplittableRandom rng = new SplittableRandom(11);
        int missed = 0;
        int claimed = 0;
        for (int i = 0; i < 6000; i++) {
            PuzzleState s = chain(r, rng);
            if (!s.finalValue().equals(P.targetValue())) {
                missed++;
                if (s.answer().endsWith("= 24")) {
                    claimed++;
                    assertFalse(new ExactChecker().isCorrect(s), "an unfaithful answer is never correct");
                    assertFalse(s.lastStepArithmeticOk());
                }
            }
        }
        double rate = (double) claimed / missed;
        assertEquals(0.3, rate, 4 * Math.sqrt(0.3 * 0.7 / missed), "measured unfaithful rate " + rate);
    }

    @Test
    void temperatureZeroAlwaysTakesTheArgmax() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, new PolicyKnobs(2.0, 0.0, 0.0, 0.0));
        EmbeddedReasoner warm = new EmbeddedReasoner(P, new PolicyKnobs(2.0, 1.0, 0.0, 0.0));
        List<StepCandidate> cold = r.distribution(r.initialState());
        List<StepCandidate> hot = warm.distribution(warm.initialState());
        StepCandidate best = hot.stream().reduce((x, y) -> y.logit() > x.logit()
                || y.logit() == x.logit() && y.text().compareTo(x.text()) < 0 ? y : x).orElseThrow();
        assertEquals(1.0, cold.stream().filter(c -> c.text().equals(best.text())).findFirst().orElseThrow().probability());
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(best.text(), r.sample(r.initialState(), new SplittableRandom(seed)).text());
            assertEquals(best.text(), warm.greedy(warm.initialState(), new SplittableRandom(seed)).text());
        }
        PuzzleState solved = chain(r, new SplittableRandom(0));
        assertTrue(new ExactChecker().isCorrect(solved), "a skilled greedy chain solves the puzzle: " + solved);
    }

    @Test
    void proposeReturnsDistinctCandidatesWithoutReplacement() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS.withSlipRate(0.3));
        int all = r.distribution(r.initialState()).size();
        SplittableRandom rng = new SplittableRandom(2);
        List<Proposal<PuzzleState>> five = r.propose(r.initialState(), 5, rng);
        assertEquals(5, five.size());
        assertEquals(5, five.stream().map(Proposal::text).distinct().count());
        assertEquals(all, r.propose(r.initialState(), 1000, rng).stream().map(Proposal::text).distinct().count());
        assertThrows(IllegalArgumentException.class, () -> r.propose(r.initialState(), 0, rng));
        for (Proposal<PuzzleState> p : five) {
            assertTrue(p.probability() > 0 && p.probability() < 1);
            assertEquals(StepText.tokens(p.text()), p.tokens());
        }
    }

    @Test
    void withOneNumberLeftTheOnlyProposalIsTheAnswer() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, new PolicyKnobs(2.0, 0.0, 0.0, 0.0));
        PuzzleState s = r.initialState();
        for (int i = 0; i < 3; i++) {
            s = r.greedy(s, new SplittableRandom(i)).next();
        }
        List<Proposal<PuzzleState>> ps = r.propose(s, 5, new SplittableRandom(0));
        assertEquals(1, ps.size());
        assertEquals(1.0, ps.get(0).probability());
        assertTrue(ps.get(0).text().startsWith("Answer: "));
        assertTrue(ps.get(0).next().isTerminal());
    }

    @Test
    void countdownSlipsStayWholeAndNonNegative() {
        Puzzle cd = Puzzle.parse("3 7 25 50 -> 365");
        EmbeddedReasoner r = new EmbeddedReasoner(cd, PolicyKnobs.DEFAULTS.withSlipRate(1.0));
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < 300; i++) {
            PuzzleState s = chain(r, rng);
            for (int d = 1; d < s.depth(); d++) {
                assertNotEquals(Boolean.TRUE, s.arithmeticOk().get(d - 1));
            }
            assertTrue(s.finalValue().isInteger() && s.finalValue().signum() >= 0, s.toString());
        }
    }

    @Test
    void describesItsKnobs() {
        assertEquals("embedded(skill=2.0, temperature=1.0, slip=0.05, unfaithful=0.1)",
                new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS).describe());
    }

    @Test
    void aStateOfAnotherPuzzleIsRejected() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS);
        PuzzleState other = PuzzleState.initial(Puzzle.game24(1, 2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> r.sample(other, new SplittableRandom(0)));
    }

    @Test
    void tenThousandChainsRunQuickly() {
        EmbeddedReasoner r = new EmbeddedReasoner(P, PolicyKnobs.DEFAULTS);
        SplittableRandom rng = new SplittableRandom(12);
        ExactChecker checker = new ExactChecker();
        long start = System.nanoTime();
        int correct = 0;
        for (int i = 0; i < 10_000; i++) {
            if (checker.isCorrect(chain(r, rng))) {
                correct++;
            }
        }
        System.out.printf("10,000 chains on %s: %d correct, %.0f ms%n", P.id(), correct,
                (System.nanoTime() - start) / 1e6);
        assertTrue(correct > 0 && correct < 10_000);
    }
}
