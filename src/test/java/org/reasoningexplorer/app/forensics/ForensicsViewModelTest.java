package org.reasoningexplorer.app.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.reasoningexplorer.engine.forensics.VoteForensics;
import org.reasoningexplorer.engine.trace.TraceReader;

/** Forensics view-models without a screen. */
class ForensicsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aLostMajorityVoteHasAVerdictEveryRuleAndItsWrongChains() throws IOException {
        Path file = Path.of("samples/majority-wrong.trace.jsonl");
        TraceReader.ReadResult r = TraceReader.readAll(file);
        SimpleObjectProperty<TraceDocument> doc = new SimpleObjectProperty<>();
        SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
        ForensicsViewModel vm = new ForensicsViewModel(doc, selection, Runnable::run, Runnable::run);
        doc.set(new TraceDocument(file, r.header(), r.events(), List.of(), false));
        TraceForensics f = vm.resultProperty().get();
        assertNotNull(f);
        VoteForensics.Report report = f.report();
        assertTrue(report.failed());
        assertFalse(report.verdict().isBlank());
        assertFalse(report.rules().isEmpty());
        assertTrue(report.rules().stream().allMatch(o -> o.answer() != null), "rescoring lets every rule apply");
        assertFalse(report.wrongChains().isEmpty());
        int step = report.wrongChains().get(0).firstWrongStep();
        vm.select(step);
        assertEquals(step, selection.get());
    }

    @Test
    void aBigTraceIsAnalysedOnlyOnceTheTabIsShown() {
        Path file = Path.of("samples/majority-wrong.trace.jsonl");
        SimpleObjectProperty<TraceDocument> doc = new SimpleObjectProperty<>();
        ForensicsViewModel vm = new ForensicsViewModel(doc, new SimpleIntegerProperty(-1), Runnable::run, Runnable::run);
        vm.activeProperty().set(false);
        var lazy = (org.reasoningexplorer.app.open.LoadOutcome.Loaded) new org.reasoningexplorer.app.open.TraceLoader(
                Runtime.getRuntime().maxMemory(), 0).load(file, f -> { }, () -> false);
        doc.set(lazy.document());
        assertEquals(null, vm.resultProperty().get(), "a trace kept in its file waits for the tab");
        vm.activeProperty().set(true);
        assertNotNull(vm.resultProperty().get());
        assertTrue(vm.resultProperty().get().report().failed());
    }

    @Test
    void aFolderListsOnlyItsFailuresNarrowestFirst() throws IOException {
        for (String s : List.of("majority-wrong", "majority-right", "best-of-n-misleading")) {
            Files.copy(Path.of("samples/" + s + ".trace.jsonl"), dir.resolve(s + ".trace.jsonl"));
        }
        ForensicsBatchViewModel vm = new ForensicsBatchViewModel(Runnable::run, Runnable::run);
        vm.scan(dir);
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.failures().stream().noneMatch(f -> f.file().getFileName().toString().startsWith("majority-right")));
        assertTrue(vm.failures().stream().anyMatch(f -> f.file().getFileName().toString().startsWith("majority-wrong")));
        for (int i = 1; i < vm.failures().size(); i++) {
            assertTrue(vm.failures().get(i - 1).voteMargin() <= vm.failures().get(i).voteMargin()
                    || Double.isNaN(vm.failures().get(i).voteMargin()));
        }
    }
}
