package org.reasoningexplorer.app.tree;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.reasoningexplorer.app.tree.impl.LayerIndex;
import org.reasoningexplorer.app.tree.impl.TidyLayout;
import org.reasoningexplorer.app.tree.impl.TreeLayout;

/**
 * Benchmarks the tree view on synthetic MCTS trees: layout time, hit-test time, heap, and (when a
 * display is available) frame times of scripted pan and zoom in a real 1400×900 window.
 *
 * <p>Usage: {@code TreeBench [--sizes 10000,100000,1000000] [--frames 300] [--no-ui]}. Run under Xvfb
 * with {@code -Dprism.order=sw} to measure the software pipeline.
 */
public final class TreeBench {
    /** What to measure. */
    public record Options(int[] sizes, int layoutRuns, int hitQueries, int frames, boolean ui) {
        public Options {
            if (sizes.length == 0) {
                throw new IllegalArgumentException("--sizes needs at least one tree size");
            }
            for (int n : sizes) {
                if (n < 1) {
                    throw new IllegalArgumentException("--sizes: a tree needs at least 1 node, got " + n);
                }
            }
            if (layoutRuns < 1 || hitQueries < 1 || frames < 3) {
                throw new IllegalArgumentException("need at least 1 layout run, 1 hit query and 3 frames");
            }
        }

        /** 10k, 100k and 1M nodes; 7 layout runs; 100k hit queries; 300 frames; UI when a display exists. */
        public static Options defaults() {
            return new Options(new int[] {10_000, 100_000, 1_000_000}, 7, 100_000, 300, displayAvailable());
        }
    }

    private TreeBench() {
    }

    public static void main(String[] args) {
        run(parse(args), System.out);
    }

    /** Runs the benchmark for a command line such as {@code bench ui --sizes 100000}; the arguments as for {@link #parse}. */
    public static void run(String[] args, PrintStream out) {
        run(parse(args), out);
    }

    /** Parses {@code --sizes a,b,c}, {@code --frames n} and {@code --no-ui}. */
    public static Options parse(String... args) {
        Options d = Options.defaults();
        int[] sizes = d.sizes();
        int frames = d.frames();
        boolean ui = d.ui();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            switch (list.get(i)) {
                case "--sizes" -> sizes = Arrays.stream(value(list, ++i, "--sizes").split(","))
                        .mapToInt(s -> Integer.parseInt(s.strip().replace("_", ""))).toArray();
                case "--frames" -> frames = Integer.parseInt(value(list, ++i, "--frames"));
                case "--no-ui" -> ui = false;
                default -> throw new IllegalArgumentException("unknown option '" + list.get(i)
                        + "'; expected --sizes a,b,c, --frames n or --no-ui");
            }
        }
        return new Options(sizes, d.layoutRuns(), d.hitQueries(), frames, ui);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** Whether a window can be opened (an X or Wayland display on Linux, or any other desktop). */
    public static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"));
    }

    /** Runs every measurement and prints a report. */
    public static void run(Options options, PrintStream out) {
        out.printf(Locale.ROOT, "TreeBench: %s, %d cores, max heap %d MB, prism.order=%s%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("prism.order", "default"));
        for (int n : options.sizes()) {
            measureCore(n, options, out);
        }
        int[] chain = {5_000};
        TreeModel deep = TreeModels.chain(chain[0]);
        long t = medianNanos(options.layoutRuns(), () -> new TidyLayout().layout(deep, null));
        out.printf(Locale.ROOT, "chain of %d nodes: layout %.2f ms (median)%n", chain[0], t / 1e6);
        if (options.ui()) {
            FrameBench.run(options, out);
        } else {
            out.println("frames: skipped (no display, or --no-ui)");
        }
    }

    private static void measureCore(int n, Options options, PrintStream out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long base = heapAfterGc(memory);
        TreeModel model = TreeModels.synthetic(n, 42);
        long withModel = heapAfterGc(memory);
        TreeLayout layout = new TidyLayout().layout(model, null);
        long withLayout = heapAfterGc(memory);
        LayerIndex index = LayerIndex.build(model, layout);
        long withIndex = heapAfterGc(memory);

        long layoutNanos = medianNanos(options.layoutRuns(), () -> new TidyLayout().layout(model, null));
        long indexNanos = medianNanos(options.layoutRuns(), () -> LayerIndex.build(model, layout));
        double[] hit = hitTest(model, layout, index, options.hitQueries());
        out.printf(Locale.ROOT, "%,9d nodes (depth %d, width %.0f): layout %.1f ms, index %.1f ms (medians of %d after warm-up); "
                        + "hit test median %.0f ns, p99 %.0f ns (%,d queries, %.0f%% hits); heap: model %.1f MB, layout %.1f MB, "
                        + "index %.1f MB, total %.1f MB%n",
                n, model.maxDepth(), layout.width(), layoutNanos / 1e6, indexNanos / 1e6, options.layoutRuns(),
                hit[0], hit[1], options.hitQueries(), hit[2] * 100,
                (withModel - base) / 1e6, (withLayout - withModel) / 1e6, (withIndex - withLayout) / 1e6, (withIndex - base) / 1e6);
    }

    /** Median, p99 and hit rate of single hit tests at 20 px per slot and 40 px per level, radius 8 px. */
    private static double[] hitTest(TreeModel model, TreeLayout layout, LayerIndex index, int queries) {
        SplittableRandom r = new SplittableRandom(1);
        double[] wx = new double[queries];
        double[] wy = new double[queries];
        for (int i = 0; i < queries; i++) {
            if (i % 2 == 0) {
                int v = r.nextInt(model.size());
                wx[i] = layout.x(v) + r.nextDouble(-0.4, 0.4);
                wy[i] = layout.y(v) + r.nextDouble(-0.2, 0.2);
            } else {
                wx[i] = r.nextDouble(0, layout.width() + 1e-9);
                wy[i] = r.nextDouble(0, layout.maxShownDepth() + 1e-9);
            }
        }
        int hits = 0;
        for (int i = 0; i < Math.min(queries, 20_000); i++) {
            hits += index.nearest(wx[i], wy[i], 20, 40, 8, 8) >= 0 ? 1 : 0;
        }
        long[] times = new long[queries];
        hits = 0;
        for (int i = 0; i < queries; i++) {
            long t0 = System.nanoTime();
            int v = index.nearest(wx[i], wy[i], 20, 40, 8, 8);
            times[i] = System.nanoTime() - t0;
            hits += v >= 0 ? 1 : 0;
        }
        Arrays.sort(times);
        return new double[] {times[queries / 2], times[(int) (queries * 0.99)], hits / (double) queries};
    }

    static long medianNanos(int runs, Runnable task) {
        for (int i = 0; i < 2; i++) {
            task.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
