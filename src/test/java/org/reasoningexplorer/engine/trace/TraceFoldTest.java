package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFoldTest {
    @TempDir
    Path dir;

    private static List<TraceEvent> smallSearch() {
        return List.of(
                new TraceEvent.NodeCreated(0, -1, "0000000000000000", "1 4 8 8", Double.NaN, 0, false),
                new TraceEvent.NodeCreated(1, 0, "0000000000000001", "8 / 4 = 2", 0.6, 10, false),
                new TraceEvent.NodeCreated(2, 0, "0000000000000002", "8 - 1 = 7", 0.4, 12, false),
                new TraceEvent.NodeCreated(3, 1, "0000000000000003", "answer: 24", 0.9, 7, true),
                new TraceEvent.Scored(3, "prm", ScoreKind.PRM, 0.8, 1.0, 1, List.of()),
                new TraceEvent.Scored(3, "tot", ScoreKind.VALUE, 21.0, Double.NaN, 3, List.of("sure", "sure", "likely")),
                new TraceEvent.Selected(List.of(0, 1, 3)),
                new TraceEvent.Expanded(1, List.of(3)),
                new TraceEvent.Simulated(3, List.of("a", "b"), 20, 1.0, "24"),
                new TraceEvent.Backpropagated(List.of(3, 1, 0), 1.0, List.of(1, 1, 2), List.of(1.0, 1.0, 0.75)),
                new TraceEvent.AnswerExtracted(3, "24", "24", true),
                new TraceEvent.VoteCast(3, "24", 1.0, 1, 1.0),
                new TraceEvent.BeamStep(1, List.of(1), List.of(2)),
                new TraceEvent.FinalSelection(3, "24", true, "majority"),
                new TraceEvent.Ended("completed", new Compute(5, 49, 4), null));
    }

    private Path write(List<TraceEvent> events) throws IOException {
        Path file = dir.resolve("fold.trace.jsonl");
        TraceWriter.writeAtomically(file, TraceSamples.header(), events);
        return file;
    }

    @Test
    void foldingAHandMadeTraceGivesTheExpectedTree() throws IOException {
        TraceReader.FoldResult r = TraceReader.fold(write(smallSearch()));
        TraceTree t = r.tree();
        assertEquals(4, t.size());
        assertEquals(List.of(1, 2), t.children(0));
        assertEquals(List.of(3), t.children(1));
        assertEquals(List.of(0, 1, 3), t.pathTo(3));
        assertEquals(2, t.visits(0));
        assertEquals(0.75, t.mean(0));
        assertEquals(1.0, t.mean(3));
        assertEquals(21.0, t.latestScore(3, ScoreKind.VALUE));
        assertEquals(0.8, t.latestScore(3, ScoreKind.PRM));
        assertEquals(TraceTree.Status.KEPT, t.status(1));
        assertEquals(TraceTree.Status.PRUNED, t.status(2));
        assertEquals(Map.of("24", new TraceTree.Tally(1, 1.0, List.of(3))), t.tally());
        assertEquals(new TraceTree.Answer("24", "24", true), t.answer(3));
        // 3 non-root nodes + 2 simulated steps; 10+12+7 node tokens + 20 rollout tokens; 1 + 3 verifier calls.
        assertEquals(new Compute(5, 49, 4), t.compute());
        assertEquals(t.compute(), t.ended().compute());
        assertEquals(smallSearch().size(), t.eventCount());
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(0, 1, 1, 2), List.of(t.depth(0), t.depth(1), t.depth(2), t.depth(3)));
        assertEquals(3, t.deepest());
        assertEquals(-1, new TraceTree().deepest());
    }

    @Test
    void scoresAreUndoneLastFirstAndKeepTheirOrderPerNode() {
        TraceTree t = new TraceTree().withUndo();
        List<TraceEvent> events = smallSearch();
        events.subList(0, 6).forEach(t::apply);
        assertEquals(List.of("prm", "tot"), t.scores(3).stream().map(TraceTree.ScoreEntry::verifier).toList());
        assertEquals(List.of("sure", "sure", "likely"), t.scores(3).get(1).judgements());
        t.undo(events.get(5));
        assertEquals(Double.NaN, t.latestScore(3, ScoreKind.VALUE));
        assertEquals(List.of(new TraceTree.ScoreEntry("prm", ScoreKind.PRM, 0.8, 1.0, List.of())), t.scores(3));
        t.apply(events.get(5));
        assertEquals(21.0, t.latestScore(3, ScoreKind.VALUE));
        assertEquals(List.of(), t.scores(2));
    }

    @Test
    void foldOfAFileEqualsFoldOfTheLiveEvents() throws IOException {
        TraceTree live = new TraceTree();
        smallSearch().forEach(live::apply);
        assertEquals(live.digest(), TraceReader.fold(write(smallSearch())).tree().digest());
    }

    @Test
    void outOfOrderNodeIdIsAFormatErrorWithItsLine() throws IOException {
        List<TraceEvent> events = List.of(
                new TraceEvent.NodeCreated(0, -1, "0000000000000000", "root", Double.NaN, 0, false),
                new TraceEvent.NodeCreated(1, 0, "0000000000000001", "a", 0.5, 1, false),
                new TraceEvent.NodeCreated(5, 0, "0000000000000005", "b", 0.5, 1, false));
        Path file = write(events);
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.fold(file));
        assertEquals(4, ex.line());
        assertTrue(ex.getMessage().startsWith("file " + file + ", line 4: event \"node\" does not fit the events before it: "
                + "node id 5 out of order: expected 2"), ex.getMessage());
    }

    @Test
    void eventNamingAMissingNodeIsAFormatErrorWithItsLine() throws IOException {
        List<TraceEvent> events = List.of(
                new TraceEvent.NodeCreated(0, -1, "0000000000000000", "root", Double.NaN, 0, false),
                new TraceEvent.Selected(List.of(0)),
                new TraceEvent.Pruned(9, "dead end"));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.fold(write(events)));
        assertEquals(4, ex.line());
        assertTrue(ex.getMessage().contains("prune event names node 9"), ex.getMessage());
    }

    @Test
    void endEventWhoseComputeDiffersFromTheFoldIsAWarning() throws IOException {
        List<TraceEvent> events = new java.util.ArrayList<>(smallSearch());
        events.set(events.size() - 1, new TraceEvent.Ended("completed", new Compute(5, 50, 4), null));
        TraceReader.FoldResult r = TraceReader.fold(write(events));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("line " + (events.size() + 1) + ": the end event's compute"), r.warnings().get(0));
    }

    @Test
    void unknownEventsAreCountedButChangeNothing() throws IOException {
        List<TraceEvent> events = List.of(
                new TraceEvent.NodeCreated(0, -1, "0000000000000000", "root", Double.NaN, 0, false),
                new TraceEvent.Unknown("hint", Map.of("node", 0)));
        TraceReader.FoldResult r = TraceReader.fold(write(events));
        assertEquals(1, r.tree().size());
        assertEquals(2, r.tree().eventCount());
        assertEquals(1, r.warnings().size());
    }
}
