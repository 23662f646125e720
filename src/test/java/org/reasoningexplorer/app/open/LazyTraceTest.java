package org.reasoningexplorer.app.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.EventFile;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Big traces keep their events and step texts in the file: the loader is told to do so for every
 * file here, and everything must read, fold, step and draw exactly as with the events in memory.
 */
class LazyTraceTest {
    @TempDir
    Path dir;

    private static LoadOutcome.Loaded load(Path file, long lazyFrom) {
        LoadOutcome o = new TraceLoader(Runtime.getRuntime().maxMemory(), lazyFrom).load(file, f -> { }, () -> false);
        return assertInstanceOf(LoadOutcome.Loaded.class, o);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcts-overturned", "beam", "tot-dfs-backtracking", "weighted-beats-majority", "dvts"})
    void aFileBackedTraceReadsFoldsAndDrawsAsTheOneInMemory(String sample) throws Exception {
        Path file = Path.of("samples", sample + ".trace.jsonl");
        LoadOutcome.Loaded lazy = load(file, 0);
        LoadOutcome.Loaded eager = load(file, Long.MAX_VALUE);
        EventFile events = assertInstanceOf(EventFile.class, lazy.document().events());
        assertEquals(TraceReader.readAll(file).events(), new ArrayList<>(events), "every event reads back as it was");
        assertNotNull(lazy.folded().lazyTexts(), "the tree keeps no texts");
        assertNull(eager.folded().lazyTexts());
        assertEquals(eager.folded().digest(), lazy.folded().digest(), "same state, texts included");
        TreeModel a = lazy.snapshot();
        TreeModel b = eager.snapshot();
        for (int i = 0; i < b.size(); i++) {
            assertEquals(b.text(i), a.text(i));
        }
    }

    @Test
    void steppingBackAndForthThroughAFileBackedReplayMatchesFoldingFromTheStart() throws Exception {
        Path file = Path.of("samples/mcts-overturned.trace.jsonl");
        List<TraceEvent> all = TraceReader.readAll(file).events();
        LoadOutcome.Loaded lazy = load(file, 0);
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        replay.open(lazy.document(), lazy.folded(), lazy.snapshot());
        int[] targets = {all.size() - 1, all.size() - 7, 3, 0, 40, all.size(), all.size() / 2, all.size() / 2 - 1};
        for (int t : targets) {
            replay.jumpTo(t);
            TraceTree reference = new TraceTree();
            all.subList(0, t).forEach(reference::apply);
            assertEquals(reference.digest(), replay.tree().digest(), "state after " + t + " events");
            assertEquals(TreeModel.from(reference, reference.size()).size(), replay.treeModelProperty().get().size());
        }
    }

    @Test
    void aFileChangedAfterOpeningIsReportedNotMisread() throws Exception {
        Path file = dir.resolve("t.trace.jsonl");
        Files.copy(Path.of("samples/beam.trace.jsonl"), file);
        LoadOutcome.Loaded lazy = load(file, 0);
        List<TraceEvent> events = lazy.document().events();
        Files.copy(Path.of("samples/mcts-overturned.trace.jsonl"), dir.resolve("other"));
        // Rewritten in place (not replaced by a rename): a different size.
        Files.write(file, Files.readAllBytes(dir.resolve("other")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> events.get(events.size() - 1));
        assertTrue(e.getMessage().contains("changed after it was opened"), e.getMessage());
    }

    @Test
    void aFileReplacedByARenameAfterReadingStillReadsAsItWas() throws Exception {
        Path file = dir.resolve("t.trace.jsonl");
        Files.copy(Path.of("samples/beam.trace.jsonl"), file);
        LoadOutcome.Loaded lazy = load(file, 0);
        List<TraceEvent> events = lazy.document().events();
        TraceEvent first = events.get(0);
        Path other = dir.resolve("other");
        Files.copy(Path.of("samples/mcts-overturned.trace.jsonl"), other);
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(TraceReader.readAll(Path.of("samples/beam.trace.jsonl")).events(), new ArrayList<>(events));
        assertEquals(first, events.get(0));
    }

    @Test
    void eventsFarApartInTheFileAreFoundToo() throws Exception {
        // Long step texts put 16 lines over 64 KB apart, past what the index holds per event in 2 bytes.
        TraceReader.ReadResult r = TraceReader.readAll(Path.of("samples/beam.trace.jsonl"));
        String longText = "x".repeat(40_000);
        List<TraceEvent> events = new ArrayList<>();
        for (TraceEvent e : r.events()) {
            events.add(e instanceof TraceEvent.NodeCreated n && n.id() % 3 == 1
                    ? new TraceEvent.NodeCreated(n.id(), n.parent(), n.key(), n.text() + " " + longText + n.id(), n.prior(),
                            n.tokens(), n.terminal())
                    : e);
        }
        Path file = dir.resolve("long.trace.jsonl");
        org.reasoningexplorer.engine.trace.TraceWriter.writeAtomically(file, r.header(), events);
        LoadOutcome.Loaded lazy = load(file, 0);
        assertEquals(events, new ArrayList<>(lazy.document().events()));
        TreeModel m = lazy.snapshot();
        assertTrue(m.text(1).endsWith(longText + 1), "step text read back from far into the file");
    }

    @Test
    void aTruncatedLastLineLeavesTheEventsBeforeIt() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("samples/beam.trace.jsonl"));
        Path cut = dir.resolve("cut.trace.jsonl");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 25));
        LoadOutcome.Loaded lazy = load(cut, 0);
        assertTrue(lazy.document().truncated());
        List<TraceEvent> reference = TraceReader.readAll(cut).events();
        assertEquals(reference, new ArrayList<>(lazy.document().events()));
    }

    @Test
    void undoRecordsAreKeptForALimitedWindowAndAReplayFoldsAnewBeyondIt() throws Exception {
        List<TraceEvent> all = TraceReader.readAll(Path.of("samples/mcts-overturned.trace.jsonl")).events();
        TraceTree t = new TraceTree().withUndo(10);
        all.forEach(t::apply);
        assertTrue(t.undoDepth() >= 10 && t.undoDepth() < 20, "between 10 and 20 records, was " + t.undoDepth());
        int depth = t.undoDepth();
        for (int i = all.size() - 1; i >= all.size() - depth; i--) {
            t.undo(all.get(i));
            TraceTree reference = new TraceTree();
            all.subList(0, i).forEach(reference::apply);
            assertEquals(reference.digest(), t.digest(), "after undoing back to " + i + " events");
        }
        assertTrue(!t.canUndo());
        assertThrows(IllegalStateException.class, () -> t.undo(all.get(all.size() - depth - 1)));
    }

    /** A generated trace of 30,000 nodes in a ternary tree, with scores. */
    private Path generated() throws Exception {
        List<String> out = new ArrayList<>(Files.readAllLines(Path.of("samples/mcts-uct-rollouts.trace.jsonl")).subList(0, 1));
        out.add("{\"ev\":\"node\",\"id\":0,\"parent\":-1,\"key\":\"0000000000000000\",\"text\":\"root\",\"tokens\":0,\"terminal\":false}");
        for (int i = 1; i < 30_000; i++) {
            out.add("{\"ev\":\"node\",\"id\":" + i + ",\"parent\":" + (i - 1) / 3 + ",\"key\":\"" + String.format("%016x", i)
                    + "\",\"text\":\"step " + i + "\",\"tokens\":1,\"terminal\":false}");
            out.add("{\"ev\":\"score\",\"node\":" + i + ",\"verifier\":\"prm\",\"kind\":\"prm\",\"value\":0.5,\"calls\":1}");
        }
        Path f = dir.resolve("generated.trace.jsonl");
        Files.write(f, out);
        return f;
    }

    @Test
    void aLongLoadShowsTheTreeReadSoFarGrowingThenTheWholeTree() throws Exception {
        Path f = generated();
        List<TreeModel> previews = new ArrayList<>();
        TraceLoader loader = new TraceLoader(Runtime.getRuntime().maxMemory(), 0).previewAfter(0);
        LoadOutcome.Loaded l = assertInstanceOf(LoadOutcome.Loaded.class, loader.load(f, new TraceLoader.Progress() {
            @Override
            public void fraction(double done) {
            }

            @Override
            public void preview(TreeModel soFar) {
                previews.add(soFar);
            }
        }, () -> false));
        assertTrue(previews.size() >= 2, "previews: " + previews.size());
        for (int i = 1; i < previews.size(); i++) {
            assertTrue(previews.get(i).size() > previews.get(i - 1).size(), "each preview holds more of the tree");
        }
        TreeModel last = previews.get(previews.size() - 1);
        assertTrue(last.size() < l.snapshot().size());
        for (int i = 0; i < last.size(); i += 997) {
            assertEquals(l.snapshot().parent(i), last.parent(i));
            assertEquals(l.snapshot().text(i), last.text(i));
        }
    }

    @Test
    void theOpenerShowsPreviewsWhileLoadingAndNoneOnceOpened() throws Exception {
        Path f = generated();
        List<Runnable> uiQueue = new ArrayList<>();
        List<LoadOutcome.Loaded> opened = new ArrayList<>();
        TraceOpener opener = new TraceOpener(new TraceLoader(Runtime.getRuntime().maxMemory(), 0).previewAfter(0), Runnable::run,
                uiQueue::add, new TraceOpener.Listener() {
                    @Override
                    public void opened(LoadOutcome.Loaded loaded) {
                        opened.add(loaded);
                    }

                    @Override
                    public void notice(org.reasoningexplorer.app.notice.Notice notice) {
                    }

                    @Override
                    public void status(org.reasoningexplorer.app.i18n.Phrase status) {
                    }

                    @Override
                    public void missing(Path file) {
                    }
                });
        List<TreeModel> seen = new ArrayList<>();
        opener.previewProperty().addListener((o, a, now) -> seen.add(now));
        opener.open(f);
        for (int i = 0; i < uiQueue.size(); i++) {
            uiQueue.get(i).run();
        }
        assertEquals(1, opened.size());
        assertTrue(seen.stream().filter(m -> m != null).count() >= 2, "previews shown while loading");
        assertNull(opener.previewProperty().get(), "no preview once the trace is open");
    }

    @Test
    void aBrokenLineDeepInABigTraceOffersTheEventsBeforeIt() throws Exception {
        Path f = generated();
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.set(40_000, "{\"ev\":\"node\",\"id\":\"three\"}");
        Files.write(f, lines);
        LoadOutcome.Failed failed = assertInstanceOf(LoadOutcome.Failed.class,
                new TraceLoader(Runtime.getRuntime().maxMemory(), 0).load(f, d -> { }, () -> false));
        assertEquals(LoadOutcome.Problem.MALFORMED, failed.problem());
        assertEquals(40_001, failed.line());
        LoadOutcome.Loaded prefix = failed.prefix();
        assertInstanceOf(EventFile.class, prefix.document().events());
        assertEquals(39_999, prefix.document().events().size(), "the events on lines 2..40,000");
        TraceTree reference = new TraceTree();
        List<TraceEvent> before = new ArrayList<>(prefix.document().events());
        before.forEach(reference::apply);
        assertEquals(reference.digest(), prefix.folded().digest());
    }

    @Test
    void undoingAnEventOtherThanTheLastIsRefused() throws Exception {
        List<TraceEvent> all = TraceReader.readAll(Path.of("samples/beam.trace.jsonl")).events();
        TraceTree t = new TraceTree().withUndo();
        all.subList(0, 5).forEach(t::apply);
        TraceEvent notLast = all.stream().filter(e -> !e.type().equals(all.get(4).type())).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> t.undo(notLast));
    }
}
