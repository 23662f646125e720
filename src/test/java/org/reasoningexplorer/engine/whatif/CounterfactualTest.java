package org.reasoningexplorer.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.GenerationCache;
import org.reasoningexplorer.engine.search.ScoreOverrides;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceCodec;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.NoiseModel;

class CounterfactualTest {
    private record Original(PuzzleSearch search, List<TraceEvent> events, TraceTree tree, GenerationCache cache) {
    }

    private static Original original(PuzzleSearch s) {
        List<TraceEvent> events = new ArrayList<>();
        GenerationCache cache = new GenerationCache();
        TraceTree tree = s.run(events::add, null, ScoreOverrides.NONE, cache);
        return new Original(s, events, tree, cache);
    }

    private static int indexOf(List<TraceEvent> events, Class<?> type, int node) {
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (type.isInstance(e) && (e instanceof TraceEvent.Simulated s && s.node() == node
                    || e instanceof TraceEvent.Scored sc && sc.node() == node)) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " on node " + node);
    }

    /** Every node both runs reached has the same content, and the same scores unless edited. */
    private static void assertUnchangedBranchesIdentical(TraceTree a, TraceTree b, TraceDiff d, String editedKey) {
        assertEquals(List.of(), d.changedContent());
        for (int[] pair : d.common()) {
            assertEquals(a.text(pair[0]), b.text(pair[1]));
            if (!a.key(pair[0]).equals(editedKey) && !a.scores(pair[0]).isEmpty() && !b.scores(pair[1]).isEmpty()) {
                assertEquals(a.scores(pair[0]).get(0), b.scores(pair[1]).get(0), "first score of node " + a.key(pair[0]));
            }
        }
    }

    @Test
    void aReRunWithoutEditsRepeatsTheOriginalExactlyAndCostsNoGeneration() {
        Original o = original(PuzzleSearch.of(Puzzle.game24(1, 4, 8, 8), "mcts", Map.of("iterations", "80"), 3));
        var r = Counterfactual.run(o.search(), o.events(), o.tree(), ScoreOverrides.NONE, o.cache(), "o", null, null);
        assertEquals(o.events().size(), r.forkEvent());
        assertEquals(o.events(), r.events());
        assertEquals(0, r.backendCalls());
        assertTrue(r.reusedGenerations() > 0);
    }

    @Test
    void editingAnMctsRolloutValueForksAtThatEventAndLeavesReachedBranchesIdentical() {
        for (long seed = 1; seed <= 30; seed++) {
            Original o = original(PuzzleSearch.of(Puzzle.game24(1, 4, 8, 8), "mcts", Map.of("iterations", "80"), seed));
            TraceTree t = o.tree();
            int edited = -1;
            double value = 0;
            for (TraceEvent e : o.events()) {
                if (e instanceof TraceEvent.Simulated sim && t.parent(sim.node()) == 0 && !sim.steps().isEmpty()) {
                    edited = sim.node();
                    value = sim.value();
                    break;
                }
            }
            ScoreOverrides edit = new ScoreOverrides(List.of(new ScoreOverrides.Edit(t.key(edited), ScoreKind.ORM, value > 0.5 ? 0.0 : 1.0)));
            var r = Counterfactual.run(o.search(), o.events(), t, edit, o.cache(), "o", null, null);
            assertEquals(indexOf(o.events(), TraceEvent.Simulated.class, edited), r.forkEvent(), "the fork is the edited rollout");
            for (int i = 0; i < r.forkEvent(); i++) {
                assertEquals(TraceCodec.encode(o.events().get(i)), TraceCodec.encode(r.events().get(i)), "event " + i + " before the fork");
            }
            assertUnchangedBranchesIdentical(t, r.tree(), r.diff(), t.key(edited));
            if (r.diff().onlyInCounterfactual().isEmpty()) {
                continue;
            }
            long newNodes = r.diff().onlyInCounterfactual().size();
            assertTrue(r.backendCalls() <= 3 * newNodes + 80, "only new branches cost generations: " + r.backendCalls() + " for " + newNodes);
            var paid = Counterfactual.run(o.search(), o.events(), t, edit, new GenerationCache(), "o", null, null);
            assertEquals(r.events(), paid.events(), "the cache does not change the result");
            assertTrue(r.backendCalls() < paid.backendCalls(), r.backendCalls() + " vs " + paid.backendCalls() + " without the cache");
            return;
        }
        throw new AssertionError("no seed in 1..30 where editing the first rollout grows new branches");
    }

    @Test
    void raisingTheOrmScoreOfACorrectChainMakesBestOfNChooseIt() {
        PuzzleSearch s = null;
        Original o = null;
        for (long seed = 1; seed < 100 && (o == null || o.tree().selection().correct()); seed++) {
            s = new PuzzleSearch(Puzzle.game24(4, 9, 10, 13), "best-of-n", Map.of("n", "32"), PolicyKnobs.DEFAULTS,
                    NoiseModel.MISLEADING, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, seed);
            o = original(s);
        }
        assertFalse(o.tree().selection().correct(), "some seed below 100 picks a wrong chain");
        int correct = o.tree().answers().entrySet().stream().filter(e -> e.getValue().correct()).findFirst().orElseThrow().getKey();
        ScoreOverrides edit = new ScoreOverrides(List.of(new ScoreOverrides.Edit(o.tree().key(correct), ScoreKind.ORM, 0.999)));
        var r = Counterfactual.run(s, o.events(), o.tree(), edit, o.cache(), "o", null, null);
        assertTrue(r.tree().selection().correct());
        assertTrue(r.diff().answerChanged());
        assertEquals(indexOf(o.events(), TraceEvent.Scored.class, correct), r.forkEvent());
        assertEquals(List.of(), r.diff().onlyInOriginal(), "the chains are the same; only the choice moved");
        assertEquals(List.of(), r.diff().onlyInCounterfactual());
        assertEquals(0, r.backendCalls());
        assertEquals("o", r.header().fork().get("trace"));
    }

    @Test
    void rescuingAPrunedBeamGrowsNewBranchesAndKeepsTheRest() {
        PuzzleSearch s = PuzzleSearch.of(Puzzle.game24(3, 3, 8, 8), "beam", Map.of("n", "8", "width", "2"), 4);
        Original o = original(s);
        int pruned = -1;
        for (TraceEvent e : o.events()) {
            if (e instanceof TraceEvent.BeamStep b && b.depth() == 1 && !b.pruned().isEmpty()) {
                pruned = b.pruned().get(0);
                break;
            }
        }
        ScoreOverrides edit = new ScoreOverrides(List.of(new ScoreOverrides.Edit(o.tree().key(pruned), ScoreKind.PRM, 1.0)));
        var r = Counterfactual.run(s, o.events(), o.tree(), edit, o.cache(), "o", null, null);
        assertEquals(indexOf(o.events(), TraceEvent.Scored.class, pruned), r.forkEvent());
        assertFalse(r.diff().onlyInCounterfactual().isEmpty(), "the rescued beam grows children");
        int rescued = -1;
        for (int[] pair : r.diff().common()) {
            if (pair[0] == pruned) {
                rescued = pair[1];
            }
        }
        assertFalse(r.tree().children(rescued).isEmpty());
        assertUnchangedBranchesIdentical(o.tree(), r.tree(), r.diff(), o.tree().key(pruned));
    }

    @Test
    void aSavedHeaderRebuildsTheSameSearch() {
        PuzzleSearch s = new PuzzleSearch(Puzzle.parse("25 5 4 3 -> 78"), "tot-bfs", Map.of("breadth", "3"),
                PolicyKnobs.DEFAULTS.withSkill(3), NoiseModel.PERFECT, NoiseModel.GOOD, NoiseModel.MISLEADING, 9);
        PuzzleSearch rebuilt = PuzzleSearch.fromHeader(s.header());
        assertEquals(s.header(), rebuilt.header());
        List<TraceEvent> a = new ArrayList<>();
        List<TraceEvent> b = new ArrayList<>();
        s.run(a::add, null);
        rebuilt.run(b::add, null);
        assertEquals(a, b);
    }
}
