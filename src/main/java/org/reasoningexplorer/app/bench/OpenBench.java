package org.reasoningexplorer.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.LaunchOptions;
import org.reasoningexplorer.app.open.LoadOutcome;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.settings.AppHome;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Benchmarks opening big traces: the loader alone (read, fold and first snapshot, off the FX thread;
 * the first, cold run and the median of warm runs; the heap the opened trace keeps), and, when a
 * display is available, the whole app opening each file in a real window: the time from asking to
 * open to the first frame that shows the whole tree, the longest the FX thread was blocked meanwhile
 * (a ping posted to it every 2 ms), and the heap the app holds with the trace open.
 *
 * <p>Usage: {@code bench-open [--no-ui] [--no-loader] [--after-demo] [--generate=10000,100000,1000000] [FILE...]}: the files
 * given, and MCTS traces of about the given numbers of nodes generated into the temporary folder (kept
 * there for the next run). {@code --after-demo} starts the app as a person does, with its live demo, and
 * opens the first file once the demo has ended.
 */
public final class OpenBench {
    private static final int WARM_RUNS = 3;
    /** Frames of scripted pan and zoom over each opened tree (-Drx.bench.frames, 0 for none). */
    private static final int FRAMES = Integer.getInteger("rx.bench.frames", 300);

    private OpenBench() {
    }

    public static void run(String[] args, PrintStream out) {
        boolean ui = org.reasoningexplorer.app.tree.TreeBench.displayAvailable();
        boolean loader = true;
        boolean demo = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--no-ui")) {
                ui = false;
            } else if (a.equals("--no-loader")) {
                loader = false;
            } else if (a.equals("--after-demo")) {
                demo = true;
            } else if (a.startsWith("--generate=")) {
                for (String n : a.substring("--generate=".length()).split(",")) {
                    files.add(generate(Integer.parseInt(n.strip().replace("_", "")), out));
                }

            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option '" + a + "'; expected --no-ui, --no-loader, --after-demo, --generate=N,N,... and trace files");
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one trace file to open");
        }
        out.printf(Locale.ROOT, "OpenBench: %s, %d cores, max heap %d MB%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (ui) {
            // The app first, while the JVM is cold, as a user opening a file would meet it.
            measureApp(files, demo, out);
        } else {
            out.println("app: skipped (no display, or --no-ui)");
        }
        for (Path f : loader ? files : List.<Path>of()) {
            measureLoader(f, out);
        }
    }

    /**
     * An MCTS trace of about {@code nodes} nodes (UCT, width 40, on a 6-number Countdown puzzle whose
     * tree is big enough; the budget is 1.25 generated steps a node, as rollouts take steps that add
     * no node), made once and kept in the temporary folder.
     */
    static Path generate(int nodes, PrintStream out) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "rx-bench-mcts-" + nodes + ".trace.jsonl");
        if (Files.exists(file)) {
            return file;
        }
        long t0 = System.nanoTime();
        org.reasoningexplorer.engine.run.PuzzleSearch search = new org.reasoningexplorer.engine.run.PuzzleSearch(
                org.reasoningexplorer.engine.puzzle.Puzzle.parse("2 3 5 7 11 13 -> 997"), "mcts",
                java.util.Map.of("iterations", "10000000", "max-steps", Long.toString(Math.round(nodes * 1.25)), "width", "40", "policy", "uct",
                        "c", "100"),
                org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs.DEFAULTS,
                org.reasoningexplorer.engine.verify.NoiseModel.MEDIOCRE, org.reasoningexplorer.engine.verify.NoiseModel.MEDIOCRE,
                org.reasoningexplorer.engine.verify.NoiseModel.MEDIOCRE, 7);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (org.reasoningexplorer.engine.trace.TraceWriter w = new org.reasoningexplorer.engine.trace.TraceWriter(part, search.header())) {
            search.run(w, () -> false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + part + ": " + e.getMessage(), e);
        }
        try {
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot rename " + part + ": " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "generated %s (%.0f MB) in %.1f s%n", file, size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        return file;
    }

    private static void measureLoader(Path file, PrintStream out) {
        long base = heapAfterGc();
        long t0 = System.nanoTime();
        LoadOutcome first = new TraceLoader().load(file, d -> { }, () -> false);
        long cold = System.nanoTime() - t0;
        if (!(first instanceof LoadOutcome.Loaded loaded)) {
            out.println(file + ": not loaded: " + first);
            return;
        }
        long held = heapAfterGc() - base;
        if (Boolean.getBoolean("rx.bench.histogram")) {
            printHistogram();
        }
        int nodes = loaded.folded().size();
        int events = loaded.document().events().size();
        first = null;
        loaded = null;
        long[] warm = new long[WARM_RUNS];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            LoadOutcome again = new TraceLoader().load(file, d -> { }, () -> false);
            warm[i] = System.nanoTime() - s;
            if (!(again instanceof LoadOutcome.Loaded)) {
                throw new IllegalStateException("second load failed: " + again);
            }
        }
        Arrays.sort(warm);
        double mb = size(file) / 1e6;
        out.printf(Locale.ROOT, "loader %s: %.0f MB, %,d events, %,d nodes: read+fold+snapshot first run %.0f ms (%.0f MB/s), "
                        + "warm median %.0f ms (%.0f MB/s); heap held %.0f MB%n",
                file.getFileName(), mb, events, nodes, cold / 1e6, mb / (cold / 1e9), warm[WARM_RUNS / 2] / 1e6,
                mb / (warm[WARM_RUNS / 2] / 1e9), held / 1e6);
    }

    private static void measureApp(List<Path> files, boolean demo, PrintStream out) {
        boolean started = FxRunner.startFx();
        ExplorerApp.Session[] session = new ExplorerApp.Session[1];
        try {
            System.setProperty(AppHome.PROPERTY, Files.createTempDirectory("rx-bench-open").toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a settings folder for the benchmark: " + e.getMessage(), e);
        }
        FxRunner.runOnFx(() -> session[0] = ExplorerApp.open(new Stage(), new LaunchOptions(null, null, demo)));
        if (demo) {
            // As a person would: the app starts with its live demo search, which ends before a trace is opened.
            long t0 = System.nanoTime();
            boolean[] running = {true};
            while (running[0] && System.nanoTime() - t0 < 60_000_000_000L) {
                sleep(200);
                FxRunner.runOnFx(() -> running[0] = session[0].vm().runs().runningProperty().get());
            }
            sleep(500);
            out.printf(Locale.ROOT, "the live demo ran for %.1f s before the first open%n", (System.nanoTime() - t0) / 1e9);
        } else if (!Boolean.getBoolean("rx.bench.openAtStart")) {
            // The window's own first paint (a few hundred ms in a fresh JVM) is the app starting, not a trace
            // opening: let it finish, as when a person opens a trace from the menu. -Drx.bench.openAtStart=true
            // opens at once, as a trace given on the command line is.
            sleep(2000);
        }
        // Each trace replaces the one before, so the heap held is measured against the empty app.
        long base = heapAfterGc();
        for (Path f : files) {
            out.println(openInApp(session[0], f, base));
        }
        FxRunner.runOnFx(() -> {
            session[0].close();
            session[0].stage().close();
        });
        if (started) {
            Platform.exit();
        }
    }

    private static String openInApp(ExplorerApp.Session s, Path file, long base) {
        ReplayViewModel replay = s.vm().replay();
        TreeCanvas canvas = s.window().treeView().canvas();
        AtomicLong worstPing = new AtomicLong();
        List<Long> pings = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread pinger = pinger(worstPing, pings);
        CountDownLatch shown = new CountDownLatch(1);
        long[] firstFrame = {-1};
        long[] firstPreview = {-1};
        long[] start = new long[1];
        Runnable check = new Runnable() {
            @Override
            public void run() {
                TreeModel preview = s.vm().openingPreviewProperty().get();
                if (firstPreview[0] < 0 && preview != null && canvas.getModel() == preview && !canvas.isLayingOut()
                        && canvas.isNodeShown(0)) {
                    firstPreview[0] = System.nanoTime() - start[0];
                }
                if (firstFrame[0] < 0 && replay.totalProperty().get() > 0 && replay.documentProperty().get() != null
                        && file.equals(replay.documentProperty().get().file())
                        && canvas.getModel() == replay.treeModelProperty().get()
                        && canvas.getModel().size() == replay.tree().size()
                        && !canvas.isLayingOut() && canvas.isNodeShown(0)) {
                    firstFrame[0] = System.nanoTime() - start[0];
                    shown.countDown();
                }
            }
        };
        // When the folded trace reached the FX thread, and when the canvas last finished laying it out.
        long[] handedOver = {-1};
        long[] handOverTook = {-1};
        long[] laidOut = {-1};
        javafx.beans.value.ChangeListener<Object> opened = (o, a, b) -> {
            if (handedOver[0] < 0) {
                handedOver[0] = System.nanoTime() - start[0];
                Platform.runLater(() -> handOverTook[0] = System.nanoTime() - start[0] - handedOver[0]);
            }
        };
        javafx.beans.value.ChangeListener<Boolean> layout = (o, was, now) -> {
            if (!now && handedOver[0] >= 0) {
                laidOut[0] = System.nanoTime() - start[0];
            }
        };
        FxRunner.runOnFx(() -> {
            canvas.getScene().addPostLayoutPulseListener(check);
            replay.documentProperty().addListener(opened);
            canvas.layingOutProperty().addListener(layout);
            start[0] = System.nanoTime();
            s.vm().open(file);
        });
        pinger.start();
        try {
            if (!shown.await(3, TimeUnit.MINUTES)) {
                return "app " + file.getFileName() + ": no frame within 3 minutes";
            }
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            pinger.interrupt();
            FxRunner.runOnFx(() -> {
                canvas.getScene().removePostLayoutPulseListener(check);
                replay.documentProperty().removeListener(opened);
                canvas.layingOutProperty().removeListener(layout);
            });
        }
        long held = heapAfterGc() - base;
        if (Boolean.getBoolean("rx.bench.histogram")) {
            printHistogram();
        }
        dumpHeapIfAsked();
        snapshotIfAsked(canvas, file, "opened");
        if (!System.getProperty("rx.bench.png", "").isEmpty()) {
            // Zoomed in part way, where the tree is still drawn as an image (rendered in the background when big).
            FxRunner.runOnFx(() -> canvas.zoomAt(6, canvas.getWidth() / 2, canvas.getHeight() / 3));
            sleep(1500);
            snapshotIfAsked(canvas, file, "zoomed");
            FxRunner.runOnFx(canvas::fitToWindow);
            sleep(500);
        }
        String frames = "";
        if (FRAMES > 0) {
            // The same scripted pan and zoom as bench-ui, over the trace just opened, in the app's own canvas.
            java.util.concurrent.CompletableFuture<String>[] f = new java.util.concurrent.CompletableFuture[1];
            FxRunner.runOnFx(() -> f[0] = org.reasoningexplorer.app.tree.FrameBench.onCanvas(canvas, FRAMES));
            try {
                frames = "\n" + f[0].get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                frames = "\nframes failed: " + e;
            }
            sleep(1500);
            snapshotIfAsked(canvas, file, "after-frames");
        }
        long[] p = pings.stream().mapToLong(Long::longValue).sorted().toArray();
        long over50 = Arrays.stream(p).filter(x -> x > 50_000_000L).count();
        return String.format(Locale.ROOT, "app %s: %.0f MB, %,d nodes: %s; whole tree shown %.0f ms after asking to open "
                        + "(read and folded by %.0f ms, handed over to the FX thread in %.0f ms, laid out by %.0f ms); "
                        + "FX thread blocked at most %.0f ms (p99 %.1f ms, %d of %d pings over 50 ms, until 1.5 s after the frame); "
                        + "heap held %.0f MB",
                file.getFileName(), size(file) / 1e6, canvas.getModel().size(),
                firstPreview[0] < 0 ? "no partial tree shown" : String.format(Locale.ROOT, "first frame (tree read so far) %.0f ms",
                        firstPreview[0] / 1e6), firstFrame[0] / 1e6, handedOver[0] / 1e6,
                handOverTook[0] / 1e6, laidOut[0] / 1e6, worstPing.get() / 1e6,
                p.length == 0 ? 0 : p[(int) (p.length * 0.99)] / 1e6, over50, p.length, held / 1e6) + frames;
    }

    /**
     * Posts a ping to the FX thread whenever the last one has run (at most every 2 ms) and records how
     * long each waited. With -Drx.bench.stalls=true, prints where the FX thread was while a ping waited over 40 ms.
     */
    private static Thread pinger(AtomicLong worst, List<Long> all) {
        boolean stalls = Boolean.getBoolean("rx.bench.stalls");
        Thread[] fx = new Thread[1];
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    fx[0] = Thread.currentThread();
                    long waited = System.nanoTime() - posted;
                    all.add(waited);
                    worst.accumulateAndGet(waited, Math::max);
                    ran.countDown();
                });
                try {
                    while (!ran.await(10, TimeUnit.MILLISECONDS)) {
                        if (stalls && fx[0] != null && System.nanoTime() - posted > 40_000_000L) {
                            StackTraceElement[] st = fx[0].getStackTrace();
                            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "stall %.0f ms:",
                                    (System.nanoTime() - posted) / 1e6));
                            for (int i = 0; i < Math.min(st.length, 60); i++) {
                                sb.append("\n    ").append(st[i]);
                            }
                            if (st.length > 0 && st[0].getMethodName().equals("waitForRenderingToComplete")
                                    || Arrays.stream(st).limit(12).anyMatch(x -> x.getMethodName().equals("waitForRenderingToComplete"))) {
                                // The FX thread waits for the renderer: show where that is.
                                Thread.getAllStackTraces().forEach((th, tst) -> {
                                    if (th.getName().startsWith("QuantumRenderer")) {
                                        sb.append("\n  renderer:");
                                        for (int i = 0; i < Math.min(tst.length, 25); i++) {
                                            sb.append("\n    ").append(tst[i]);
                                        }
                                    }
                                });
                            }
                            System.out.println(sb);
                        }
                    }
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-pinger");
        t.setDaemon(true);
        return t;
    }

    /** Prints the 25 classes holding most of the heap, as {@code jcmd PID GC.class_histogram} would. */
    private static void printHistogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            String[] lines = String.valueOf(text).split("\n");
            System.out.println(String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, 28))));
        } catch (javax.management.JMException e) {
            System.out.println("no class histogram: " + e);
        }
    }

    /** With -Drx.bench.png=DIR, saves the window as it is into DIR (to look at what was measured). */
    private static void snapshotIfAsked(javafx.scene.Node anyNode, Path trace, String when) {
        String dir = System.getProperty("rx.bench.png", "");
        if (dir.isEmpty()) {
            return;
        }
        Path png = Path.of(dir, trace.getFileName().toString().replace(".trace.jsonl", "") + "-" + when + ".png");
        FxRunner.runOnFx(() -> {
            String error = org.reasoningexplorer.app.lab.LabWindow.writePng(anyNode.getScene().getRoot(), png);
            System.out.println(error == null ? "saved " + png : "no snapshot: " + error);
        });
    }

    /** With -Drx.bench.heapdump=FILE, writes the live heap there (HPROF) to see who holds what. */
    private static void dumpHeapIfAsked() {
        String file = System.getProperty("rx.bench.heapdump", "");
        if (file.isEmpty()) {
            return;
        }
        try {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(file, true);
            System.out.println("heap dump: " + file);
        } catch (IOException e) {
            System.out.println("no heap dump: " + e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
