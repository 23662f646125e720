package org.reasoningexplorer.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.run.RunRequest;
import org.reasoningexplorer.app.settings.Settings;
import org.reasoningexplorer.app.settings.SettingsStore;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.EventFile;

/**
 * The heap a big search run in the app holds when it ends, and after its trace has moved to its file.
 * A measurement, not a check: run with -Drx.perf=true (and -Drx.perf.iterations=N, default 60000).
 */
@EnabledIfSystemProperty(named = "rx.perf", matches = "true", disabledReason = "a measurement: run with -Drx.perf=true")
class LiveRunMemoryProbeTest {
    @TempDir
    Path home;

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void heapOfABigRunBeforeAndAfterItMovesToItsFile() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        // The UI thread's queue is the test thread's; tasks posted to it run when polled.
        java.util.concurrent.LinkedBlockingQueue<Runnable> ui = new java.util.concurrent.LinkedBlockingQueue<>();
        ShellViewModel vm = new ShellViewModel(new Messages(Language.ENGLISH), new SettingsStore(home), Settings.DEFAULTS,
                new TraceLoader(), Runnable::run, background, ui::add, () -> home.resolve("runs"));
        long base = heapAfterGc();
        Path out = home.resolve("runs/probe.trace.jsonl");
        String iterations = System.getProperty("rx.perf.iterations", "60000");
        long t0 = System.nanoTime();
        vm.startRun(new RunRequest(PuzzleSearch.of(Puzzle.parse("2 3 5 7 11 13 -> 997"), "mcts",
                Map.of("iterations", iterations, "width", "12", "policy", "uct", "c", "50"), 7), out, false));
        long ended = -1;
        long inMemory = -1;
        while (!(vm.replay().documentProperty().get().events() instanceof EventFile)) {
            Runnable r = ui.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            if (r != null) {
                r.run();
            }
            if (ended < 0 && !vm.runs().runningProperty().get()) {
                ended = System.nanoTime();
                inMemory = heapAfterGc() - base;
            }
            assertTrue(System.nanoTime() - t0 < 600_000_000_000L, "the run did not end and move to its file in 10 minutes");
        }
        long moved = System.nanoTime();
        long inFile = heapAfterGc() - base;
        System.out.printf("run of %s iterations: %,d nodes, %,d events, %.0f MB file; heap held when it ended %.0f MB, "
                        + "after moving to its file %.0f MB (%.1f s later)%n", iterations, vm.replay().tree().size(),
                vm.replay().totalProperty().get(), Files.size(out) / 1e6, inMemory / 1e6, inFile / 1e6, (moved - ended) / 1e9);
        background.shutdown();
    }
}
