package org.reasoningexplorer.app.open;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.reasoningexplorer.app.answers.AnswersViewModel;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.EventFile;
import org.reasoningexplorer.engine.trace.ParallelTraceReader;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceFormatException;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Reads a trace file into a {@link TraceDocument} and folds it, checking every event fits the
 * ones before it. Meant for a background thread: it reports progress and stops when cancelled.
 */
public final class TraceLoader {
    /** How much heap a byte of trace is assumed to need once read and folded, with its events in memory. */
    static final int HEAP_BYTES_PER_FILE_BYTE = 8;
    /** Files this big or bigger keep their events in the file, read back when needed, and step texts too. */
    public static final long LAZY_FROM_BYTES = 16L << 20;
    /** A system property giving another size, in bytes, from which traces stay in their files ({@link #LAZY_FROM_BYTES}). */
    public static final String LAZY_PROPERTY = "rx.lazy.bytes";
    /** How much heap a byte of trace is assumed to need when its events and texts stay in the file. */
    static final int LAZY_HEAP_BYTES_PER_FILE_BYTE = 2;

    /** Told the fraction of the file read so far, from 0 to 1. */
    @FunctionalInterface
    public interface Progress {
        void fraction(double done);

        /**
         * Told, now and then while a long load runs, a snapshot of the tree read so far, so it can be
         * shown growing; called on the loading thread. The first comes after {@link #FIRST_PREVIEW_NANOS}.
         */
        default void preview(TreeModel soFar) {
        }
    }

    /** How long a load runs before it shows the tree read so far (then at growing intervals). */
    public static final long FIRST_PREVIEW_NANOS = 400_000_000L;

    /**
     * Threads decoding lines while this one folds the events: one core fewer than there are, since the
     * folding thread keeps one busy. Measured on 2 cores: a first (cold) open with two decoders took
     * 1.5-2x as long as with one, the JIT's compiler threads then competing for the same cores; with
     * none (this thread decoding too) the window was no more responsive. {@code -Drx.decoders=N} overrides.
     */
    static final int DECODERS = Integer.getInteger("rx.decoders", Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    private final long heapLimit;
    private final long lazyFrom;
    private long firstPreview = FIRST_PREVIEW_NANOS;

    /** A loader that refuses files too big for this JVM's maximum heap. */
    public TraceLoader() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** A loader that refuses files needing more than {@code heapLimit} bytes of memory. */
    public TraceLoader(long heapLimit) {
        this(heapLimit, Long.getLong(LAZY_PROPERTY, LAZY_FROM_BYTES));
    }

    /**
     * A loader that refuses files needing more than {@code heapLimit} bytes of memory, and keeps the
     * events and step texts of files of {@code lazyFromBytes} or more in the file.
     */
    public TraceLoader(long heapLimit, long lazyFromBytes) {
        this.heapLimit = heapLimit;
        this.lazyFrom = lazyFromBytes;
    }

    /** Whether a trace file of this many bytes keeps its events and step texts in the file when loaded. */
    public boolean keepsInFile(long bytes) {
        return bytes >= lazyFrom;
    }

    /** Shows the tree read so far from {@code nanos} into a load on (instead of {@link #FIRST_PREVIEW_NANOS}); returns this loader. */
    public TraceLoader previewAfter(long nanos) {
        firstPreview = Math.max(0, nanos);
        return this;
    }

    public LoadOutcome load(Path file, Progress progress, BooleanSupplier cancelled) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return new LoadOutcome.Failed(file, LoadOutcome.Problem.UNREADABLE, 0, "no such file", null);
        } catch (IOException | SecurityException e) {
            return new LoadOutcome.Failed(file, LoadOutcome.Problem.UNREADABLE, 0, String.valueOf(e.getMessage()), null);
        }
        boolean lazy = size >= lazyFrom;
        if (size > heapLimit / (lazy ? LAZY_HEAP_BYTES_PER_FILE_BYTE : HEAP_BYTES_PER_FILE_BYTE)) {
            return tooLarge(file, size);
        }
        TraceReader.Options options = TraceReader.Options.DEFAULT
                .withProgress((read, total) -> progress.fraction(total <= 0 ? 1 : Math.min(1.0, (double) read / total)))
                .withCancellation(cancelled, 256);
        TraceHeader header = null;
        EventFile indexed = null;
        List<TraceEvent> events = new ArrayList<>();
        try (ParallelTraceReader reader = ParallelTraceReader.open(file, options, DECODERS)) {
            if (lazy) {
                indexed = EventFile.open(file);
                events = indexed;
            }
            TraceTree tree = EventFile.newTreeFor(events).withUndo();
            header = reader.header();
            TraceEvent e;
            long started = System.nanoTime();
            long nextPreview = firstPreview;
            int sincePreviewCheck = 0;
            while (true) {
                try {
                    e = reader.nextEvent();
                } catch (TraceFormatException bad) {
                    return malformed(file, bad.line(), bad.detail(), header, events, tree, reader.warnings());
                }
                if (e == null) {
                    break;
                }
                try {
                    tree.apply(e);
                } catch (IllegalArgumentException misfit) {
                    return malformed(file, reader.line(), "event \"" + e.type() + "\" does not fit the events before it: "
                            + misfit.getMessage(), header, events, tree, reader.warnings());
                }
                if (++sincePreviewCheck == 4096) {
                    sincePreviewCheck = 0;
                    long now = System.nanoTime() - started;
                    if (now >= nextPreview && tree.size() > 0) {
                        // A snapshot costs a pass over the nodes: at growing intervals, so a long load pays ~10% more.
                        progress.preview(TreeModel.from(tree, tree.size()));
                        nextPreview = now + Math.max(firstPreview, now / 2);
                    }
                }
                if (!lazy) {
                    events.add(e);
                    continue;
                }
                try {
                    indexed.add(reader.offset(), e);
                } catch (IllegalArgumentException tooFar) {
                    return new LoadOutcome.Failed(file, LoadOutcome.Problem.UNREADABLE, reader.line(), tooFar.getMessage(), null);
                }
            }
            if (indexed != null) {
                indexed.trim();
            }
            tree.trim();
            List<String> warnings = reader.warnings();
            boolean truncated = warnings.stream().anyMatch(w -> w.contains(" is truncated"));
            // The first frame's snapshot is built here, off the UI thread, rather than when the replay opens.
            TreeModel snapshot = TreeModel.from(tree, tree.size());
            // So is the answer tally, which reads every answer.
            AnswersViewModel.Prepared answers = AnswersViewModel.prepare(tree, header);
            progress.fraction(1.0);
            return new LoadOutcome.Loaded(new TraceDocument(file, header, events, warnings, truncated), tree, snapshot, answers);
        } catch (CancellationException e) {
            return new LoadOutcome.Cancelled(file);
        } catch (TraceFormatException e) {
            return new LoadOutcome.Failed(file, LoadOutcome.Problem.NOT_A_TRACE, e.line(), e.detail(), null);
        } catch (IOException | SecurityException e) {
            return new LoadOutcome.Failed(file, LoadOutcome.Problem.UNREADABLE, 0, String.valueOf(e.getMessage()), null);
        } catch (OutOfMemoryError e) {
            if (!lazy) {
                events.clear();
            }
            return tooLarge(file, size);
        }
    }

    private LoadOutcome.Failed tooLarge(Path file, long size) {
        return new LoadOutcome.Failed(file, LoadOutcome.Problem.TOO_LARGE, 0,
                "the file has " + size / (1024 * 1024) + " MB; this Java may use " + heapLimit / (1024 * 1024)
                        + " MB of memory in all", null);
    }

    private static LoadOutcome.Failed malformed(Path file, long line, String detail, TraceHeader header,
                                                List<TraceEvent> events, TraceTree tree, List<String> warnings) {
        LoadOutcome.Loaded prefix = events.isEmpty() ? null
                : new LoadOutcome.Loaded(new TraceDocument(file, header, events, warnings, true), tree);
        return new LoadOutcome.Failed(file, LoadOutcome.Problem.MALFORMED, line, detail, prefix);
    }
}
