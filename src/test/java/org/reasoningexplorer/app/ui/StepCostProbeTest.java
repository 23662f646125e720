package org.reasoningexplorer.app.ui;

import static org.reasoningexplorer.app.ui.UiSessions.fx;
import static org.reasoningexplorer.app.ui.UiSessions.waitFor;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import com.sun.javafx.tk.quantum.QuantumToolkit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.shell.Action;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Measures how long one replay step keeps the FX thread busy in the whole app on a big trace: the
 * action itself, the pulse that follows it (animation, CSS, layout, the canvas paint and the scene
 * sync) and the render of that frame; then the longest FX stalls during playback at 100 and 500
 * events per second. Runs only with -Drx.perf=true and -Drx.perf.trace=FILE (not in CI).
 *
 * <p>Other options: -Drx.perf.tabs=tab-inspector,... (the side tabs to step with), -Drx.perf.steps=40,
 * -Drx.perf.select=1 (the node selected while stepping, -1 for none), -Drx.perf.find=TEXT (a find query shown while stepping),
 * -Drx.perf.playTabs=tab-inspector,tab-answers (the side tabs to play back with).
 */
@EnabledIfSystemProperty(named = "rx.perf", matches = "true", disabledReason = "a measurement: run with -Drx.perf=true")
@ExtendWith(ApplicationExtension.class)
class StepCostProbeTest {
    /** How long after a step other FX work it caused (a layout handed back, a raster) is still watched for. */
    private static final long SETTLE_MS = 250;

    private ExplorerApp.Session session;
    private final PulseClock clock = new PulseClock();

    @Start
    void start(Stage primary) throws IOException {
        session = UiSessions.open("rx-probe");
        clock.install();
    }

    @AfterEach
    void close(FxRobot robot) {
        clock.uninstall();
        if (session != null) {
            UiSessions.close(session, robot);
        }
    }

    @Test
    void stepCostOnTheFxThread(FxRobot robot) throws Exception {
        Path trace = Path.of(System.getProperty("rx.perf.trace", "/tmp/big.trace.jsonl"));
        int steps = Integer.getInteger("rx.perf.steps", 40);
        long t0 = System.nanoTime();
        robot.interact(() -> session.vm().open(trace));
        waitFor("the trace", 120, () -> fx(() -> session.vm().replay().totalProperty().get() > 0
                && session.vm().replay().positionProperty().get() == session.vm().replay().totalProperty().get()));
        System.out.printf("open to folded: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        // The Why? tab prepares a big trace in the background once it is shown; show it and wait for the report.
        showTab(robot, "tab-forensics");
        Watchdog opening = new Watchdog();
        long t1 = System.nanoTime();
        double openStall = 0;
        while (fxWithin(120, () -> session.window().analysis().forensics().resultProperty().get() == null)) {
            openStall = Math.max(openStall, opening.watch(100));
            if (System.nanoTime() - t1 > TimeUnit.SECONDS.toNanos(300)) {
                throw new AssertionError("the forensics report did not come");
            }
        }
        openStall = Math.max(openStall, opening.watch(1000));
        System.out.printf("forensics report shown after %.0f ms; longest FX stall meanwhile %.0f ms%n", (System.nanoTime() - t1) / 1e6,
                openStall);
        int selected = Integer.getInteger("rx.perf.select", 1);
        fx(() -> {
            session.vm().selectionProperty().set(selected);
            return null;
        });
        System.out.println("selected node " + selected);
        String find = System.getProperty("rx.perf.find", "");
        if (!find.isBlank()) {
            fx(() -> {
                session.vm().findShownProperty().set(true);
                session.vm().find().queryProperty().set(find);
                return null;
            });
            System.out.println("find \"" + find + "\": " + fx(() -> session.vm().find().matchesProperty().get().length) + " matches");
        }
        settle();
        System.out.println("times in ms: action = the step's runnable; fx = action + the pulse after it; fx cpu = the FX thread's CPU"
                + " time in both (without waiting for the renderer or for a core); render = that frame's render (render thread);"
                + " stall = longest FX-thread stall in the " + SETTLE_MS + " ms after the step");
        String tabs = System.getProperty("rx.perf.tabs", "tab-inspector,tab-answers,tab-long-cot,tab-whatif,tab-forensics");
        for (String tab : tabs.isBlank() || tabs.equals("none") ? new String[0] : tabs.split(",")) {
            showTab(robot, tab);
            settle();
            double[] action = new double[steps];
            double[] fx = new double[steps];
            double[] cpu = new double[steps];
            double[] render = new double[steps];
            double[] stall = new double[steps];
            for (int i = 0; i < steps; i++) {
                Action a = i % 2 == 0 ? Action.STEP_BACK : Action.STEP_FORWARD;
                StepTiming s = step(a);
                action[i] = s.action;
                fx[i] = s.fx;
                cpu[i] = s.cpu;
                render[i] = s.render;
                stall[i] = s.stall;
            }
            System.out.printf("%-14s %s | %s | %s | %s | %s%n", tab, stats("action", action), stats("fx", fx), stats("fx cpu", cpu),
                    stats("render", render), stats("stall", stall));
        }
        for (String tab : System.getProperty("rx.perf.playTabs", "tab-inspector,tab-answers").split(",")) {
            showTab(robot, tab);
            settle();
            playback(tab, 100);
            playback(tab, 500);
        }
    }

    private void showTab(FxRobot robot, String tab) {
        robot.interact(() -> session.window().sideTabs().getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                .ifPresent(t -> session.window().sideTabs().getSelectionModel().select(t)));
    }

    /** One step's timings, in milliseconds. */
    private record StepTiming(double action, double fx, double cpu, double render, double stall) {
    }

    private StepTiming step(Action a) throws Exception {
        long[] at = new long[4];
        fx(() -> {
            at[0] = System.nanoTime();
            long cpu = PulseClock.THREADS.getCurrentThreadCpuTime();
            session.window().actions().get(a).run();
            at[1] = System.nanoTime();
            at[3] = PulseClock.THREADS.getCurrentThreadCpuTime() - cpu;
            at[2] = clock.pulses.get();
            Platform.requestNextPulse();
            return null;
        });
        PulseClock.Pulse p = clock.next(at[2]);
        double render = clock.renderAfter(p) / 1e6;
        Watchdog dog = new Watchdog();
        double stall = dog.watch(SETTLE_MS);
        double action = (at[1] - at[0]) / 1e6;
        return new StepTiming(action, action + (p.end - p.start) / 1e6, (at[3] + p.cpu) / 1e6, render, stall);
    }

    private void playback(String tab, double speed) throws Exception {
        int total = fx(() -> session.vm().replay().totalProperty().get());
        fx(() -> {
            session.vm().replay().speedProperty().set(speed);
            session.vm().replay().jumpTo(total - (int) (speed * 4) - 10);
            return null;
        });
        waitFor("the jump", 60, () -> fx(() -> !session.vm().replay().busyProperty().get()));
        settle();
        long from = clock.pulses.get();
        clock.fenceRenders(true);
        int start = fx(() -> session.vm().replay().positionProperty().get());
        Watchdog dog = new Watchdog();
        fx(() -> {
            session.vm().replay().play();
            return null;
        });
        double stall = dog.watch(3000);
        fx(() -> {
            session.vm().replay().pause();
            return null;
        });
        double[] renders = clock.fenceRenders(false);
        int end = fx(() -> session.vm().replay().positionProperty().get());
        double[] pulses = clock.durationsSince(from);
        System.out.printf("%-14s playback %3.0f ev/s: %d events in 3 s, %d pulses, %s, %s, %s, %s, longest FX stall %.1f ms%n", tab,
                speed, end - start, pulses.length, stats("pulse", pulses), stats("pulse cpu", clock.cpuSince(from)), stats("render", renders),
                stats("render cpu", clock.renderCpu()), stall);
    }

    /** Runs a call on the FX thread and returns its result, waiting up to {@code seconds}. */
    private static <T> T fxWithin(int seconds, java.util.concurrent.Callable<T> call) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(call).get(seconds, TimeUnit.SECONDS);
    }

    /** Lets background work from the last change finish. */
    private void settle() throws Exception {
        Thread.sleep(1500);
        new Watchdog().watch(200);
    }

    private static String stats(String what, double[] ms) {
        if (ms.length == 0) {
            return what + " -";
        }
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("%s p50 %5.1f p95 %5.1f max %5.1f", what, s[s.length / 2], s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)],
                s[s.length - 1]);
    }

    /**
     * Times pulses: an animation timer marks each pulse's start, a post-scene pulse listener its end
     * (after CSS, layout, the canvas paint and the sync with the renderer).
     */
    private static final class PulseClock implements TKPulseListener {
        /** A pulse's start and end (System.nanoTime) and the CPU time the FX thread spent in it. */
        record Pulse(long start, long end, long cpu) {
        }

        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

        final AtomicLong pulses = new AtomicLong();
        private final Pulse[] ring = new Pulse[4096];
        private volatile long start;
        private volatile long startCpu;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                start = now;
                startCpu = THREADS.getCurrentThreadCpuTime();
            }
        };

        void install() {
            timer.start();
            Toolkit.getToolkit().addPostSceneTkPulseListener(this);
        }

        void uninstall() {
            fx(() -> {
                timer.stop();
                Toolkit.getToolkit().removePostSceneTkPulseListener(this);
                return null;
            });
        }

        private volatile boolean fencing;
        private final java.util.List<Long> renders = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final java.util.List<Long> renderCpu = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private long lastRenderCpu = -1;

        /** Starts (or stops, returning the times in ms) timing the render of each frame, from its pulse's end. */
        double[] fenceRenders(boolean on) {
            fencing = on;
            if (on) {
                renders.clear();
                renderCpu.clear();
                lastRenderCpu = -1;
                return new double[0];
            }
            synchronized (renders) {
                return renders.stream().mapToDouble(n -> n / 1e6).toArray();
            }
        }

        @Override
        public void pulse() {
            long n = pulses.get();
            long end = System.nanoTime();
            synchronized (ring) {
                ring[(int) (n % ring.length)] = new Pulse(start, end, THREADS.getCurrentThreadCpuTime() - startCpu);
            }
            pulses.incrementAndGet();
            if (fencing) {
                // Queued behind the frame this pulse hands to the renderer (the FX thread waits for a frame's
                // render before it hands over the next, so a fence waits for its own frame only).
                Platform.runLater(() -> ((QuantumToolkit) Toolkit.getToolkit()).addRenderJob(new RenderJob(() -> {
                    renders.add(System.nanoTime() - end);
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    if (lastRenderCpu >= 0) {
                        renderCpu.add(cpu - lastRenderCpu);
                    }
                    lastRenderCpu = cpu;
                })));
            }
        }

        /** The first pulse after the {@code count}th, waiting for it. */
        Pulse next(long count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pulses.get() <= count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no pulse came");
                }
                Thread.sleep(1);
            }
            synchronized (ring) {
                return ring[(int) (count % ring.length)];
            }
        }

        /** How long after the pulse's end its frame finished rendering: a job queued on the render thread behind it. */
        long renderAfter(Pulse p) throws Exception {
            CompletableFuture<Long> done = new CompletableFuture<>();
            // Queued from the FX thread after the pulse, so it runs after the pulse's render job.
            Platform.runLater(() -> ((QuantumToolkit) Toolkit.getToolkit()).addRenderJob(new RenderJob(() -> done.complete(System.nanoTime()))));
            return Math.max(0, done.get(10, TimeUnit.SECONDS) - p.end);
        }

        double[] durationsSince(long from) {
            return since(from, p -> (p.end - p.start) / 1e6);
        }

        /** The FX thread's CPU time in each pulse since the {@code from}th (what it did, not what it waited for). */
        /** The render thread's CPU time per frame while render times were taken. */
        double[] renderCpu() {
            synchronized (renderCpu) {
                return renderCpu.stream().mapToDouble(n -> n / 1e6).toArray();
            }
        }

        double[] cpuSince(long from) {
            return since(from, p -> p.cpu / 1e6);
        }

        private double[] since(long from, java.util.function.ToDoubleFunction<Pulse> measure) {
            long to = pulses.get();
            int n = (int) Math.min(ring.length, to - from);
            double[] d = new double[n];
            synchronized (ring) {
                for (int i = 0; i < n; i++) {
                    d[i] = measure.applyAsDouble(ring[(int) ((to - n + i) % ring.length)]);
                }
            }
            return d;
        }
    }

    /** Measures the longest time the FX thread takes to run a tiny task posted every 2 ms. */
    /** Pings the FX thread; with -Drx.perf.stacks=true prints where it was during a wait of over 40 ms. */
    private static final class Watchdog {
        private static final boolean STACKS = Boolean.getBoolean("rx.perf.stacks");
        private volatile Thread fxThread;

        double watch(long millis) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            AtomicLong worst = new AtomicLong();
            while (System.nanoTime() < end) {
                long posted = System.nanoTime();
                CompletableFuture<Void> ran = new CompletableFuture<>();
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread();
                    worst.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    ran.complete(null);
                });
                try {
                    boolean printed = false;
                    while (true) {
                        try {
                            ran.get(STACKS ? 45 : 120_000, TimeUnit.MILLISECONDS);
                            break;
                        } catch (java.util.concurrent.TimeoutException slow) {
                            if (System.nanoTime() - posted > TimeUnit.SECONDS.toNanos(120)) {
                                throw slow;
                            }
                            Thread fx = fxThread;
                            if (!printed && fx != null) {
                                printed = true;
                                StringBuilder sb = new StringBuilder("FX thread busy over 40 ms:");
                                for (StackTraceElement el : fx.getStackTrace()) {
                                    sb.append("\n    ").append(el);
                                }
                                System.out.println(sb);
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new AssertionError("the FX thread did not answer for 120 s", e);
                }
                Thread.sleep(2);
            }
            return worst.get() / 1e6;
        }
    }
}
