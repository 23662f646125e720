package org.reasoningexplorer.app.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.Overlay;

/** The what-if view-model without a screen: edits change the choice, undo and redo, the overlay. */
class WhatIfViewModelTest {
    private static final Path MISLEADING = Path.of("samples/best-of-n-misleading.trace.jsonl");

    @TempDir
    Path dir;

    private final SimpleObjectProperty<TraceDocument> document = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
    private final WhatIfViewModel vm = new WhatIfViewModel(document, selection, Runnable::run, Runnable::run);

    private Path copy(Path sample) throws IOException {
        Path p = dir.resolve(sample.getFileName());
        Files.copy(sample, p);
        return p;
    }

    private void open(Path file) throws IOException {
        TraceReader.ReadResult r = TraceReader.readAll(file);
        document.set(new TraceDocument(file, r.header(), r.events(), List.of(), false));
    }

    /** Marks every score of a correct chain's leaf correct and every score of the chosen leaf wrong. */
    private int overturn() {
        TraceTree tree = vm.tree();
        ChainTable table = new ChainTable(tree);
        int chosen = vm.beforeProperty().get().node();
        int correct = -1;
        for (int c = 0; c < table.chains() && correct < 0; c++) {
            if (table.correct(c)) {
                correct = table.leaf(c);
            }
        }
        assertTrue(correct > 0, "the sample has a correct chain the verifier passed over");
        int edits = 0;
        selection.set(correct);
        for (WhatIfViewModel.ScoreRow r : List.copyOf(vm.rows())) {
            vm.markCorrect(r.kind());
            edits++;
        }
        selection.set(chosen);
        for (WhatIfViewModel.ScoreRow r : List.copyOf(vm.rows())) {
            vm.markWrong(r.kind());
            edits++;
        }
        return edits;
    }

    @Test
    void aBigTraceIsPreparedOnlyOnceTheTabIsShownAndSmallOnesAtOnce() throws IOException {
        vm.activeProperty().set(false);
        open(copy(MISLEADING));
        assertNotNull(vm.tree(), "a small trace is prepared at once");
        var lazy = (org.reasoningexplorer.app.open.LoadOutcome.Loaded) new org.reasoningexplorer.app.open.TraceLoader(
                Runtime.getRuntime().maxMemory(), 0).load(MISLEADING, f -> { }, () -> false);
        document.set(lazy.document());
        assertNull(vm.tree(), "a trace kept in its file waits for the tab");
        vm.activeProperty().set(true);
        assertNotNull(vm.tree());
        assertEquals(lazy.folded().digest(), vm.tree().digest());
        assertTrue(vm.selectionOnlyProperty().get());
    }

    @Test
    void editingScoresChangesTheChoiceAndUndoRestoresItAndRedoReappliesIt() throws IOException {
        open(copy(MISLEADING));
        assertTrue(vm.selectionOnlyProperty().get());
        var before = vm.beforeProperty().get();
        assertFalse(before.correct(), "the misleading verifier picks a wrong answer");
        assertEquals(before.node(), vm.afterProperty().get().node());
        int edits = overturn();
        var after = vm.afterProperty().get();
        assertNotEquals(before.node(), after.node());
        assertTrue(after.correct());
        assertFalse(after.reason().isBlank());
        for (int i = 0; i < edits; i++) {
            assertTrue(vm.canUndoProperty().get());
            vm.undo();
        }
        assertFalse(vm.canUndoProperty().get());
        assertEquals(before.node(), vm.afterProperty().get().node());
        for (int i = 0; i < edits; i++) {
            vm.redo();
        }
        assertEquals(after.node(), vm.afterProperty().get().node());
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void editsAreSavedBesideTheTraceAndOfferedAgainWhenItReopens() throws IOException {
        Path trace = copy(MISLEADING);
        open(trace);
        int edits = overturn();
        int changedTo = vm.afterProperty().get().node();
        Overlay.Loaded saved = Overlay.load(trace);
        assertNotNull(saved);
        assertEquals(edits, saved.edits().size());
        assertEquals(vm.edits(), saved.edits());
        document.set(null);
        assertNull(vm.pendingOverlayProperty().get());
        open(trace);
        assertNotNull(vm.pendingOverlayProperty().get(), "reopening offers the saved edits");
        assertFalse(vm.pendingOverlayProperty().get().traceChanged());
        assertNotEquals(changedTo, vm.afterProperty().get().node(), "nothing is applied before the person agrees");
        vm.applyOverlay();
        assertEquals(changedTo, vm.afterProperty().get().node());
        assertNull(vm.pendingOverlayProperty().get());
        for (int i = 0; i < edits; i++) {
            vm.undo();
        }
        assertFalse(Files.exists(Overlay.pathFor(trace)), "undoing every edit removes the overlay");
    }

    @Test
    void anOverlayOfAChangedTraceIsFlagged() throws IOException {
        Path trace = copy(MISLEADING);
        open(trace);
        overturn();
        Files.writeString(trace, Files.readString(trace) + "\n");
        document.set(null);
        open(trace);
        assertTrue(vm.pendingOverlayProperty().get().traceChanged());
    }

    @Test
    void theWholeTraceCanBeRescoredWithAnotherVerifier() throws IOException {
        open(copy(MISLEADING));
        var before = vm.beforeProperty().get();
        vm.noiseProperty().set(WhatIfViewModel.Noise.PERFECT);
        assertTrue(vm.afterProperty().get().correct(), "a perfect verifier picks a correct chain");
        assertEquals(before.node(), vm.beforeProperty().get().node());
        vm.noiseProperty().set(WhatIfViewModel.Noise.TRACE);
        assertEquals(before.node(), vm.afterProperty().get().node());
        vm.aggregationProperty().set(WhatIfViewModel.Aggregation.MIN);
        assertNotNull(vm.afterProperty().get());
    }

    @Test
    void aSearchIsReRunOnTheBackgroundExecutorAndWrittenBesideTheTrace() throws IOException {
        Path trace = copy(Path.of("samples/mcts-overturned.trace.jsonl"));
        open(trace);
        assertFalse(vm.selectionOnlyProperty().get());
        assertTrue(vm.canRerunProperty().get());
        int node = vm.tree().firstChild(0);
        selection.set(node);
        assertFalse(vm.rows().isEmpty(), "an MCTS node has scores to edit");
        vm.markWrong(vm.rows().get(0).kind());
        vm.rerun();
        WhatIfViewModel.Rerun r = vm.rerunProperty().get();
        assertNotNull(r);
        assertFalse(vm.runningProperty().get());
        assertEquals(dir.resolve("mcts-overturned.whatif.trace.jsonl"), r.file());
        assertTrue(Files.size(r.file()) > 0);
        assertFalse(r.result().diff().summary().isBlank());
        assertTrue(r.result().forkEvent() < vm.tree().eventCount(), "the edit changes what was searched");
    }
}
