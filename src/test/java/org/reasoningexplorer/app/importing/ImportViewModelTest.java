package org.reasoningexplorer.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.trace.TraceFormat;
import org.reasoningexplorer.engine.trace.TraceTree;

public class ImportViewModelTest {
    @TempDir
    Path dir;
    private final List<Notice> notices = new ArrayList<>();
    private final List<Path> traces = new ArrayList<>();
    private final ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
    private final ImportViewModel vm = new ImportViewModel(replay, Runnable::run, Runnable::run, new ImportViewModel.Listener() {
        @Override
        public void openTrace(Path file) {
            traces.add(file);
        }

        @Override
        public void notice(Notice n) {
            notices.add(n);
        }

        @Override
        public void status(Phrase p) {
        }
    });

    /** The generic "samples" fixture: two problems, three and two samples. */
    public static Path fixture() {
        try {
            return Path.of(ImportViewModelTest.class.getResource("two-problems.samples.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int leafUnder(TraceTree t, int n) {
        while (!t.children(n).isEmpty()) {
            n = t.children(n).get(0);
        }
        return n;
    }

    @Test
    void aGenericSamplesFileOffersItsProblemsWithTheirChains() throws Exception {
        vm.open(fixture(), false);
        ImportViewModel.Choice c = vm.choiceProperty().get();
        assertNotNull(c);
        assertEquals(List.of("percent-1", "powers-2"), c.problems().stream().map(ImportViewModel.Summary::problemId).toList());
        ImportViewModel.Summary first = c.problems().get(0);
        assertEquals("12", first.answer(), "the most voted answer");
        vm.choose(first.trace());
        TraceTree tree = replay.tree();
        assertEquals("What is 15% of 80?", tree.text(0));
        assertEquals(3, tree.children(0).size(), "one chain per sample");
        for (int chain : tree.children(0)) {
            assertEquals(2, tree.depth(leafUnder(tree, chain)), "two paragraphs, two steps");
        }
        vm.choose(c.problems().get(1).trace());
        assertEquals(3, replay.tree().depth(leafUnder(replay.tree(), replay.tree().children(0).get(0))), "the given steps are the chain");
        Path out = dir.resolve("saved.trace.jsonl");
        vm.save(c.problems().get(1).trace(), out);
        assertTrue(TraceFormat.isTrace(out));
        assertTrue(notices.isEmpty());
    }

    @Test
    void aTraceFileGoesToTheNormalOpener() {
        Path sample = Path.of("samples/mcts-overturned.trace.jsonl").toAbsolutePath();
        vm.open(sample, false);
        assertEquals(List.of(sample), traces);
        assertNull(vm.choiceProperty().get());
    }

    @Test
    void aFileNoImporterKnowsGivesAnErrorNamingTheFileAndTheFormats() throws Exception {
        Path bad = dir.resolve("24.csv");
        Files.writeString(bad, "Rank,Puzzles,AMT (s)\n1,1 1 4 6,4.4\n");
        vm.open(bad, false);
        assertEquals(1, notices.size());
        Notice n = notices.get(0);
        assertEquals(Notice.Severity.ERROR, n.severity());
        assertEquals("import.failed", n.message().key());
        assertTrue(n.detail().contains("24.csv") && n.detail().contains("expected one of"), n.detail());
    }

    @Test
    void aDamagedRecordIsNamedInTheError() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"question\": \"q\", \"samples\": [\"a\"]}\n{\"question\": \"q2\", \"samples\": []}\n");
        vm.open(bad, true);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).detail().contains("bad.jsonl") && notices.get(0).detail().contains("record 2"),
                notices.get(0).detail());
    }

    @Test
    void aLongImportReportsProgressAndCanBeCancelledLeavingTheTraceShown() throws Exception {
        Path gsm8k = org.reasoningexplorer.engine.shared.SharedData.require("gsm8k/example_model_solutions.jsonl");
        vm.open(fixture(), false);
        vm.choose(vm.choiceProperty().get().problems().get(0).trace());
        ImportViewModel.Choice before = vm.choiceProperty().get();
        List<Double> progress = new ArrayList<>();
        List<Integer> records = new ArrayList<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        ImportViewModel[] self = new ImportViewModel[1];
        // The UI executor runs hand-overs at once (on the reading thread) and cancels after the first one.
        ImportViewModel slow = new ImportViewModel(replay, r -> new Thread(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        }).start(), r -> {
            r.run();
            if (self[0].readingProperty().get() && self[0].recordsProperty().get() > 0) {
                progress.add(self[0].progressProperty().get());
                records.add(self[0].recordsProperty().get());
                self[0].cancel();
            }
        }, new ImportViewModel.Listener() {
            @Override
            public void openTrace(Path file) {
                traces.add(file);
            }

            @Override
            public void notice(Notice n) {
                notices.add(n);
            }

            @Override
            public void status(Phrase p) {
            }
        });
        self[0] = slow;
        slow.open(gsm8k, true);
        assertTrue(done.await(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, records.size(), "one hand-over before the cancel");
        assertTrue(records.get(0) < 1319, "cancelled midway: " + records);
        assertTrue(progress.get(0) > 0 && progress.get(0) < 1, "a share of the file: " + progress);
        assertTrue(!slow.readingProperty().get());
        assertNull(slow.choiceProperty().get(), "nothing offered from a cancelled import");
        assertEquals("What is 15% of 80?", replay.tree().text(0), "the trace shown stays");
        assertEquals(before, vm.choiceProperty().get());
        assertTrue(notices.isEmpty(), "a cancel is no failure: " + notices);
    }
}
