package org.reasoningexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;

class LiveSearchTest {
    @TempDir
    Path dir;

    /** Runs UI-thread tasks on the test thread, as the FX thread would, until the search ends. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    private static RunRequest request(Path out, int iterations) {
        return new RunRequest(PuzzleSearch.of(Puzzle.parse("4 9 10 13"), "mcts", Map.of("iterations", Integer.toString(iterations)), 1),
                out, false);
    }

    @Test
    void streamsEveryEventInBatchesAndSavesTheSameTrace() throws Exception {
        Path out = dir.resolve("runs/live.trace.jsonl");
        List<TraceEvent> seen = new ArrayList<>();
        List<Double> budget = new ArrayList<>();
        LiveSearch.Result[] result = new LiveSearch.Result[1];
        LiveSearch s = new LiveSearch(request(out, 40), ui::add, new LiveSearch.Listener() {
            @Override
            public void events(List<TraceEvent> batch, double spent) {
                seen.addAll(batch);
                budget.add(spent);
            }

            @Override
            public void finished(LiveSearch.Result r) {
                result[0] = r;
            }
        });
        s.start();
        while (result[0] == null) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertNotNull(r, "the search did not finish");
            r.run();
        }
        assertEquals(LiveSearch.Status.COMPLETED, result[0].status());
        assertEquals(out, result[0].file());
        assertFalse(Files.exists(dir.resolve("runs/live.trace.jsonl.part")), "the .part file was renamed");
        TraceReader.ReadResult saved = TraceReader.readAll(out);
        assertEquals(saved.events(), seen, "the UI saw exactly the events that were saved, in order");
        assertEquals(1.0, budget.get(budget.size() - 1));
        for (int i = 1; i < budget.size(); i++) {
            assertTrue(budget.get(i) >= budget.get(i - 1), "budget spent only grows");
        }
    }

    @Test
    void aCancelledSearchEndsCancelledAndKeepsWhatItDid() throws Exception {
        Path out = dir.resolve("cancel.trace.jsonl");
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        List<Phrase> status = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        LiveRunViewModel runs = new LiveRunViewModel(replay, ui::add, new LiveRunViewModel.Listener() {
            @Override
            public void status(Phrase p) {
                status.add(p);
            }

            @Override
            public void notice(Notice n) {
                throw new AssertionError("no notice expected: " + n);
            }

            @Override
            public void saved(Path file) {
                saved.add(file);
            }
        });
        runs.start(new RunRequest(request(out, 100_000).search(), out, true));
        assertTrue(runs.runningProperty().get());
        assertTrue(replay.liveProperty().get());
        while (replay.totalProperty().get() < 30) {
            ui.poll(10, TimeUnit.SECONDS).run();
        }
        runs.cancel();
        while (runs.runningProperty().get()) {
            ui.poll(10, TimeUnit.SECONDS).run();
        }
        assertFalse(replay.liveProperty().get());
        assertEquals(List.of(out), saved);
        TraceReader.FoldResult f = TraceReader.fold(out);
        assertEquals("cancelled", f.tree().ended().status());
        assertEquals(f.tree().digest(), replay.tree().digest(), "the replay shows the saved trace's final state");
        assertEquals("status.runCancelled", status.get(status.size() - 1).key());
    }

    @Test
    void theBudgetGaugeCountsWhatEachStrategySpends() {
        PuzzleSearch majority = PuzzleSearch.of(Puzzle.parse("4 9 10 13"), "majority", Map.of("n", "8"), 1);
        BudgetGauge g = new BudgetGauge(majority.header());
        List<Double> fractions = new ArrayList<>();
        majority.run(e -> {
            g.see(e);
            fractions.add(g.fraction());
        }, () -> false);
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertEquals(0.5, fractions.get(fractions.size() / 2), 0.2, "half the chains, about half the budget");
    }
}
