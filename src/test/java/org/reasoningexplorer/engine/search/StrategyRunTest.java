package org.reasoningexplorer.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

class StrategyRunTest {
    static Stream<String> strategies() {
        return Strategies.all().stream().map(Strategies.Entry::name);
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void everyStrategyEndsWithAFinalSelectionAndCountsItsCompute(String name) {
        TraceTree tree = Runs.spec(name, Runs.smallOptions(name), 7).run(e -> { }, null);
        assertNotNull(tree.selection(), name + " made no final selection");
        assertEquals("completed", tree.ended().status());
        assertEquals(tree.compute(), tree.ended().compute());
        assertTrue(tree.compute().steps() > 0 && tree.compute().tokens() > tree.compute().steps(), tree.compute().toString());
        if (tree.selection().node() >= 0) {
            assertTrue(tree.isTerminal(tree.selection().node()), "the chosen node states an answer");
            assertEquals(tree.answer(tree.selection().node()).normalized(), tree.selection().answer());
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void theSameSeedGivesTheSameEventsAndAnotherSeedDoesNot(String name) {
        List<TraceEvent> a = Runs.events(Runs.spec(name, Runs.smallOptions(name), 11));
        List<TraceEvent> b = Runs.events(Runs.spec(name, Runs.smallOptions(name), 11));
        List<TraceEvent> c = Runs.events(Runs.spec(name, Runs.smallOptions(name), 12));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void foldingTheEventsUpToEachIndexGivesTheLiveState(String name) {
        Runs.Recorded run = Runs.recordWithDigests(Runs.spec(name, Runs.smallOptions(name), 3));
        TraceTree replay = new TraceTree();
        for (int i = 0; i < run.events().size(); i++) {
            replay.apply(run.events().get(i));
            assertEquals(run.digests().get(i), replay.digest(), name + ": state differs after event " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void aTraceWrittenToAFileAndReadBackReplaysToTheSameStates(String name, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var spec = Runs.spec(name, Runs.smallOptions(name), 13);
        Runs.Recorded run = Runs.recordWithDigests(spec);
        java.nio.file.Path file = dir.resolve(name + ".trace.jsonl");
        try (var writer = new org.reasoningexplorer.engine.trace.TraceWriter(file, spec.header())) {
            run.events().forEach(writer);
        }
        var read = org.reasoningexplorer.engine.trace.TraceReader.readAll(file);
        assertEquals(List.of(), read.warnings());
        assertEquals(spec.header(), read.header());
        assertEquals(run.events(), read.events());
        TraceTree replay = new TraceTree();
        for (int i = 0; i < read.events().size(); i++) {
            replay.apply(read.events().get(i));
            assertEquals(run.digests().get(i), replay.digest(), name + ": state differs after event " + i + " read from the file");
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void undoingEventsOneByOneStepsBackThroughTheSameStates(String name) {
        Runs.Recorded run = Runs.recordWithDigests(Runs.spec(name, Runs.smallOptions(name), 17));
        TraceTree tree = new TraceTree().withUndo();
        String empty = tree.digest();
        run.events().forEach(tree::apply);
        for (int i = run.events().size() - 1; i >= 0; i--) {
            assertEquals(run.digests().get(i), tree.digest(), name + ": state after event " + i);
            tree.undo(run.events().get(i));
        }
        assertEquals(empty, tree.digest());
        for (int i = 0; i < run.events().size(); i++) {
            tree.apply(run.events().get(i));
            assertEquals(run.digests().get(i), tree.digest(), name + ": re-applying event " + i + " after undo");
        }
    }

    @Test
    void moreSamplesExtendAMajorityVoteWithoutChangingTheFirstChains() {
        TraceTree eight = Runs.spec("majority", Map.of("n", "8"), 5).run(e -> { }, null);
        TraceTree sixteen = Runs.spec("majority", Map.of("n", "16"), 5).run(e -> { }, null);
        int shared = 0;
        for (int i = 0; i < eight.size(); i++) {
            if (!eight.isTerminal(i)) {
                continue;
            }
            shared++;
            assertEquals(eight.text(i), sixteen.text(i));
            assertEquals(eight.key(i), sixteen.key(i));
        }
        assertEquals(8, shared);
    }

    @Test
    void unknownStrategiesAndOptionsAreRejectedWithTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategies.create("greedy", Map.of()));
        assertTrue(e.getMessage().contains("mcts") && e.getMessage().contains("beam"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Strategies.create("mcts", Map.of("iteratons", "5")));
        assertTrue(e.getMessage().contains("iteratons") && e.getMessage().contains("iterations"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Strategies.create("mcts", Map.of("policy", "ucb")));
        assertTrue(e.getMessage().contains("uct, puct"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Strategies.create("beam", Map.of("n", "4", "width", "8")));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
    }

    @Test
    void beamSearchKeepsNOverMPerDepthAndExpandsEachMWays() {
        TraceTree tree = Runs.spec("beam", Map.of("n", "8", "width", "2"), 9).run(e -> { }, null);
        List<TraceEvent> events = Runs.events(Runs.spec("beam", Map.of("n", "8", "width", "2"), 9));
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.BeamStep b && !b.kept().isEmpty()) {
                assertTrue(b.kept().size() <= 4, "kept " + b.kept().size() + " > N/M");
                for (int k : b.kept()) {
                    assertEquals(2, tree.children(k).size(), "each survivor is expanded M ways");
                }
            }
        }
    }

    @Test
    void dvtsGrowsNOverMIndependentSubtrees() {
        TraceTree tree = Runs.spec("dvts", Map.of("n", "12", "width", "3"), 2).run(e -> { }, null);
        assertEquals(12, tree.children(0).size(), "the root gets M candidates per subtree");
        Map<Integer, Integer> keptPerDepth = new HashMap<>();
        for (TraceEvent e : Runs.events(Runs.spec("dvts", Map.of("n", "12", "width", "3"), 2))) {
            if (e instanceof TraceEvent.BeamStep b) {
                keptPerDepth.put(b.depth(), b.kept().size());
                assertEquals(2 * b.kept().size(), b.pruned().size(), "each subtree keeps 1 of its M");
            }
        }
        assertEquals(4, keptPerDepth.get(1));
    }

    @Test
    void treeOfThoughtsValuesEachStateWithThreeJudgementsSummedWithToTWeights() {
        TraceTree tree = Runs.spec("tot-bfs", Map.of(), 4).run(e -> { }, null);
        int valued = 0;
        for (int i = 1; i < tree.size(); i++) {
            for (TraceTree.ScoreEntry s : tree.scores(i)) {
                if (s.kind() == org.reasoningexplorer.engine.trace.ScoreKind.VALUE) {
                    valued++;
                    assertEquals(3, s.judgements().size());
                    double sum = 0;
                    for (String j : s.judgements()) {
                        sum += j.equals("sure") ? 20 : j.equals("likely") ? 1 : 0.001;
                    }
                    assertEquals(sum, s.value(), 1e-12);
                }
            }
        }
        assertTrue(valued > 10, "valued " + valued);
    }

    @Test
    void cancellingStopsTheSearchAndRecordsIt() {
        int[] seen = {0};
        var spec = Runs.spec("majority", Map.of("n", "1000"), 1);
        var ctx = spec.context(e -> seen[0]++, () -> seen[0] > 50);
        SearchRunner.run(spec.strategy(), ctx, spec.puzzle().text());
        assertEquals("cancelled", ctx.tree().ended().status());
        assertTrue(ctx.tree().size() < 200, "stopped early: " + ctx.tree().size() + " nodes");
    }
}
