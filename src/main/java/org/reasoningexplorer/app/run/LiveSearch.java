package org.reasoningexplorer.app.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceWriter;

/**
 * A search running on its own thread: every event is written to {@code out.part} as it happens
 * (renamed to {@code out} at the end, as the command line does) and handed to the UI thread in
 * batches, at most every 50 ms.
 */
public final class LiveSearch {
    /** The longest time events wait before they are handed to the UI thread. */
    public static final long BATCH_MILLIS = 50;

    /** How a search ended. */
    public enum Status { COMPLETED, CANCELLED, FAILED }

    /**
     * The end of a search.
     *
     * @param file the trace written (the final name, or the .part file when renaming failed), null when nothing was written
     * @param error what went wrong, for people; null unless FAILED
     */
    public record Result(Status status, Path file, String error) {
    }

    /** Receives the search's progress on the UI thread. */
    public interface Listener {
        /** Events in the order they happened, and the share of the budget spent. */
        void events(List<TraceEvent> batch, double budgetSpent);

        void finished(Result result);

        /**
         * The steps being written right now (all of them, replacing the previous list), at most every
         * {@link #BATCH_MILLIS} ms; an empty list when none is.
         */
        default void drafts(List<Draft> drafts) {
        }
    }

    /**
     * A step being written, not yet a node: its text so far and the model's reasoning so far.
     *
     * @param parent the node it will go under
     * @param sample which of the samples drawn under that node
     */
    public record Draft(int parent, int sample, String text, String reasoning) {
    }

    /** Gathers streamed text from request threads and hands it to the UI thread, at most every {@link #BATCH_MILLIS} ms. */
    private final class DraftBox implements SearchJob.Drafts {
        private final Map<Long, StringBuilder[]> open = new LinkedHashMap<>();
        private boolean scheduled;
        private boolean closed;
        private long lastFlush = System.nanoTime() - BATCH_MILLIS * 1_000_000L;

        @Override
        public void delta(int parent, int sample, String text, boolean reasoning) {
            if (text == null || text.isEmpty()) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    return;
                }
                StringBuilder[] d = open.computeIfAbsent(((long) parent << 20) | (sample & 0xfffff),
                        k -> new StringBuilder[] {new StringBuilder(), new StringBuilder()});
                d[reasoning ? 1 : 0].append(text);
                schedule();
            }
        }

        @Override
        public synchronized void done(int parent) {
            if (open.keySet().removeIf(k -> (int) (k >> 20) == parent)) {
                schedule();
            }
        }

        /** Called with the lock held. */
        private void schedule() {
            if (scheduled) {
                return;
            }
            scheduled = true;
            long wait = Math.max(0, BATCH_MILLIS * 1_000_000L - (System.nanoTime() - lastFlush));
            TIMER.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
        }

        private synchronized void flush() {
            scheduled = false;
            lastFlush = System.nanoTime();
            List<Draft> now = new ArrayList<>();
            for (Map.Entry<Long, StringBuilder[]> e : open.entrySet()) {
                now.add(new Draft((int) (e.getKey() >> 20), (int) (e.getKey() & 0xfffff), e.getValue()[0].toString(),
                        e.getValue()[1].toString()));
            }
            List<Draft> snapshot = List.copyOf(now);
            ui.execute(() -> listener.drafts(snapshot));
        }

        /** The search has ended: nothing is being written any more. */
        private synchronized void close() {
            boolean had = !open.isEmpty() || scheduled;
            closed = true;
            open.clear();
            if (had) {
                List<Draft> none = List.of();
                ui.execute(() -> listener.drafts(none));
            }
        }
    }

    /** Hands drafts over on time; one daemon thread for all searches. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-drafts");
        t.setDaemon(true);
        return t;
    });

    private final RunRequest request;
    private final Executor ui;
    private final Listener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<TraceEvent> pending = new ArrayList<>();
    private final TraceHeader header;
    private final BudgetGauge gauge;
    private final DraftBox drafts = new DraftBox();
    private long lastHandOver;
    private Thread thread;

    public LiveSearch(RunRequest request, Executor ui, Listener listener) {
        this.request = request;
        this.ui = ui;
        this.listener = listener;
        this.header = request.job().header();
        this.gauge = new BudgetGauge(header);
    }

    /** The header the trace will carry (available before the search starts). */
    public TraceHeader header() {
        return header;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("this search has already been started");
        }
        thread = new Thread(this::run, "search " + header.strategyName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the search to stop; it ends with a final choice from what it has, and a "cancelled" end. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Waits for the search thread to end (for tests and shutdown). */
    public void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(millis);
        }
    }

    private void run() {
        Path out = request.out();
        Path part = out.resolveSibling(out.getFileName() + ".part");
        boolean mcts = "mcts".equals(header.strategyName());
        Result result;
        try {
            Files.createDirectories(part.toAbsolutePath().getParent());
            try (TraceWriter writer = new TraceWriter(part, header)) {
                request.job().run(e -> {
                    writer.accept(e);
                    emit(e);
                    if (request.paced()) {
                        pause(Pacing.after(e, mcts));
                    }
                }, cancelled::get, drafts);
            }
            result = new Result(cancelled.get() ? Status.CANCELLED : Status.COMPLETED, rename(part, out), null);
        } catch (IOException | UncheckedIOException e) {
            result = new Result(Status.FAILED, Files.exists(part) ? part : null, "cannot write " + part + ": " + e.getMessage());
        } catch (RuntimeException e) {
            result = new Result(Status.FAILED, Files.exists(part) ? part : null, String.valueOf(e.getMessage()));
        }
        handOver();
        drafts.close();
        Result r = result;
        ui.execute(() -> listener.finished(r));
    }

    private static Path rename(Path part, Path out) {
        try {
            try {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return out;
        } catch (IOException e) {
            return part;
        }
    }

    private void emit(TraceEvent e) {
        gauge.see(e);
        pending.add(e);
        long now = System.nanoTime();
        if (now - lastHandOver >= BATCH_MILLIS * 1_000_000L) {
            handOver();
        }
    }

    private void handOver() {
        lastHandOver = System.nanoTime();
        if (pending.isEmpty()) {
            return;
        }
        List<TraceEvent> batch = List.copyOf(pending);
        pending.clear();
        double spent = gauge.fraction();
        ui.execute(() -> listener.events(batch, spent));
    }

    private void pause(long millis) {
        if (millis <= 0 || cancelled.get()) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
        }
    }
}
