package org.reasoningexplorer.app.replay;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.open.LoadOutcome;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * A measurement harness, not a test: loads a big trace through the app's own path and times loading
 * and single replay steps. Runs only with {@code -Drx.perf=true} (and {@code -Drx.perf.trace=...},
 * default /tmp/big.trace.jsonl).
 */
class ReplayPerfHarnessTest {
    @Test
    void measure() {
        Assumptions.assumeTrue(Boolean.getBoolean("rx.perf"));
        Path file = Path.of(System.getProperty("rx.perf.trace", "/tmp/big.trace.jsonl"));
        Assumptions.assumeTrue(Files.exists(file));
        long t0 = System.nanoTime();
        LoadOutcome outcome = new TraceLoader().load(file, f -> { }, () -> false);
        long t1 = System.nanoTime();
        LoadOutcome.Loaded loaded = (LoadOutcome.Loaded) outcome;
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        replay.open(loaded.document(), loaded.folded(), loaded.snapshot());
        long t2 = System.nanoTime();
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "PERF %s: %d nodes, %d events%n", file, replay.tree().size(), replay.totalProperty().get());
        System.out.printf(Locale.ROOT, "PERF load+fold %.0f ms, open (first model) %.0f ms, heap after GC %.0f MB%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, heap / 1048576.0);
        for (int round = 0; round < 3; round++) {
            long[] back = new long[200];
            long[] fwd = new long[200];
            int models = 0;
            TreeModel m = replay.treeModelProperty().get();
            for (int i = 0; i < 200; i++) {
                long s = System.nanoTime();
                replay.stepBack();
                back[i] = System.nanoTime() - s;
                if (replay.treeModelProperty().get() != m) {
                    models++;
                    m = replay.treeModelProperty().get();
                }
            }
            for (int i = 0; i < 200; i++) {
                long s = System.nanoTime();
                replay.stepForward();
                fwd[i] = System.nanoTime() - s;
                if (replay.treeModelProperty().get() != m) {
                    models++;
                    m = replay.treeModelProperty().get();
                }
            }
            long s = System.nanoTime();
            TreeModel.from(replay.tree(), replay.tree().size());
            long build = System.nanoTime() - s;
            TreeModel cur = replay.treeModelProperty().get();
            long[] patch = new long[50];
            for (int k = 0; k < patch.length; k++) {
                long ps = System.nanoTime();
                TreeModel.updated(cur, replay.tree(), replay.tree().size(), new int[] {0, 5, 17});
                patch[k] = System.nanoTime() - ps;
            }
            System.out.printf(Locale.ROOT, "PERF patched snapshot (3 nodes): %s%n", stats(patch));
            System.out.printf(Locale.ROOT, "PERF round %d: back %s, forward %s, models built %d/400, one TreeModel.from %.1f ms%n",
                    round, stats(back), stats(fwd), models, build / 1e6);
        }
    }

    @Test
    void patchedSnapshotsEqualFreshOnesOnTheBigTrace() {
        Assumptions.assumeTrue(Boolean.getBoolean("rx.perf"));
        Path file = Path.of(System.getProperty("rx.perf.trace", "/tmp/big.trace.jsonl"));
        Assumptions.assumeTrue(Files.exists(file));
        LoadOutcome.Loaded loaded = (LoadOutcome.Loaded) new TraceLoader().load(file, f -> { }, () -> false);
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        replay.open(loaded.document(), loaded.folded(), loaded.snapshot());
        for (int i = 0; i < 300; i++) {
            replay.stepBack();
            IncrementalModelTest.assertSameModel(TreeModel.from(replay.tree(), replay.tree().size()),
                    replay.treeModelProperty().get(), "back " + i);
        }
        for (int i = 0; i < 300; i++) {
            replay.stepForward();
            IncrementalModelTest.assertSameModel(TreeModel.from(replay.tree(), replay.tree().size()),
                    replay.treeModelProperty().get(), "forward " + i);
        }
        replay.jumpTo(replay.totalProperty().get() / 2);
        for (int i = 0; i < 300; i++) {
            replay.stepForward();
            IncrementalModelTest.assertSameModel(TreeModel.from(replay.tree(), replay.tree().size()),
                    replay.treeModelProperty().get(), "middle forward " + i);
        }
    }

    private static String stats(long[] ns) {
        long[] a = ns.clone();
        Arrays.sort(a);
        return String.format(Locale.ROOT, "p50 %.2f ms p95 %.2f ms max %.2f ms", a[a.length / 2] / 1e6,
                a[(int) (a.length * 0.95)] / 1e6, a[a.length - 1] / 1e6);
    }
}
