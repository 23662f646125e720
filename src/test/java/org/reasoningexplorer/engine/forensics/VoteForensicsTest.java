package org.reasoningexplorer.engine.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.NoiseModel;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.Rescoring;

class VoteForensicsTest {
    /** The first seed whose weighted vote disagrees with the plain majority, as in samples/weighted-beats-majority. */
    private static PuzzleSearch disagreeing() {
        for (long seed = 1; seed < 200; seed++) {
            PuzzleSearch s = new PuzzleSearch(Puzzle.game24(4, 9, 10, 13), "weighted-vote", Map.of("n", "16"), PolicyKnobs.DEFAULTS,
                    NoiseModel.GOOD, NoiseModel.GOOD, NoiseModel.GOOD, seed);
            TraceTree t = s.run(e -> { }, null);
            VoteForensics.Report r = VoteForensics.analyze(t, t.selection().node(), ChainTable.Edits.NONE, null, String::equals);
            if (!r.rules().get(0).answer().equals(r.rules().get(1).answer())) {
                return s;
            }
        }
        throw new AssertionError("no disagreeing seed");
    }

    @Test
    void whereWeightedAndMajorityVoteDisagreeTheReportShowsBothCountsAndEveryRule() {
        PuzzleSearch s = disagreeing();
        TraceTree t = s.run(e -> { }, null);
        VoteForensics.Report r = VoteForensics.analyze(t, t.selection().node(), ChainTable.Edits.NONE,
                FirstWrongStep.exact(s.puzzle(), t), String::equals);
        VoteForensics.RuleOutcome majority = r.rules().get(0);
        VoteForensics.RuleOutcome weighted = r.rules().get(1);
        assertEquals("majority vote", majority.rule());
        assertEquals("weighted vote (orm)", weighted.rule());
        assertNotEquals(majority.answer(), weighted.answer());
        assertEquals(t.selection().answer(), weighted.answer(), "the trace's own rule is the weighted vote");
        int votes = 0;
        double weight = 0;
        for (VoteForensics.Cluster c : r.clusters()) {
            votes += c.votes();
            weight += c.weight();
            assertEquals(t.tally().get(c.answer()).count(), c.votes(), "plain tally of " + c.answer());
            assertEquals(t.tally().get(c.answer()).weight(), c.weight(), 1e-9, "weighted tally of " + c.answer());
        }
        assertEquals(16, votes);
        assertTrue(weight > 0);
        for (VoteForensics.RuleOutcome o : r.rules()) {
            if (o.rule().contains("prm")) {
                assertEquals(null, o.answer(), "a weighted-vote trace has no PRM scores: " + o);
            }
        }
        for (VoteForensics.WrongChain w : r.wrongChains()) {
            assertTrue(w.firstWrongStep() > 0, "every wrong chain has a first wrong step found exactly");
            assertTrue(t.pathTo(w.leaf()).contains(w.firstWrongStep()));
        }
    }

    @Test
    void rescoringWithTheTracesOwnNoiseReproducesEveryRecordedScore() {
        PuzzleSearch s = new PuzzleSearch(Puzzle.game24(1, 4, 8, 8), "best-of-n", Map.of("n", "12", "scorer", "prm"), PolicyKnobs.DEFAULTS,
                NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, 6);
        TraceTree t = s.run(e -> { }, null);
        ChainTable.Edits again = Rescoring.rescore(s, t, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE);
        int checked = 0;
        for (int id = 1; id < t.size(); id++) {
            double prm = t.latestScore(id, ScoreKind.PRM);
            if (!Double.isNaN(prm)) {
                assertEquals(prm, again.value(id, ScoreKind.PRM, Double.NaN), 0.0, "PRM of node " + id);
                checked++;
            }
        }
        assertTrue(checked >= 12 * 4, "checked " + checked);
        ChainTable.Edits cleaner = Rescoring.rescore(s, t, NoiseModel.PERFECT, NoiseModel.PERFECT);
        for (int id : t.answers().keySet()) {
            assertEquals(t.answer(id).correct() ? 1.0 : 0.0, cleaner.value(id, ScoreKind.ORM, Double.NaN), 0.0,
                    "a perfect ORM scores the truth");
        }
    }

    @Test
    void aVoteWithNoCorrectChainBlamesTheSamples() {
        PuzzleSearch s = new PuzzleSearch(Puzzle.game24(3, 3, 8, 8), "majority", Map.of("n", "4"), PolicyKnobs.DEFAULTS.withSkill(0),
                NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, 1);
        TraceTree t = s.run(e -> { }, null);
        VoteForensics.Report r = VoteForensics.analyze(t, t.selection().node(), ChainTable.Edits.NONE,
                FirstWrongStep.exact(s.puzzle(), t), String::equals);
        assertTrue(r.failed());
        assertTrue(r.verdict().startsWith("the samples"), r.verdict());
        assertEquals(4, r.wrongChains().size());
        assertEquals(Double.NaN, r.voteMargin(), "no correct cluster to lose to");
        assertNotNull(r.winner());
    }

    @Test
    void aLostMajorityVoteReportsItsMarginAndWhichRulesWouldHaveWon() {
        for (long seed = 1; seed < 300; seed++) {
            PuzzleSearch s = new PuzzleSearch(Puzzle.game24(1, 4, 8, 8), "majority", Map.of("n", "16"), PolicyKnobs.DEFAULTS.withSkill(1),
                    NoiseModel.GOOD, NoiseModel.GOOD, NoiseModel.GOOD, seed);
            TraceTree t = s.run(e -> { }, null);
            ChainTable.Edits scores = Rescoring.rescore(s, t, NoiseModel.GOOD, NoiseModel.GOOD);
            VoteForensics.Report r = VoteForensics.analyze(t, t.selection().node(), scores, FirstWrongStep.exact(s.puzzle(), t), String::equals);
            if (r.failed() && r.bestCorrect() != null) {
                assertEquals(r.winner().votes() - r.bestCorrect().votes(), r.voteMargin(), 0.0);
                assertTrue(r.voteMargin() >= 0);
                assertTrue(r.verdict().startsWith("the rule") || r.verdict().startsWith("the verifier and"), r.verdict());
                List<VoteForensics.RuleOutcome> rules = r.rules();
                assertTrue(rules.stream().allMatch(o -> o.answer() != null), "rescored scores make every rule applicable");
                return;
            }
        }
        throw new AssertionError("no lost vote with a correct cluster in 300 seeds");
    }
}
