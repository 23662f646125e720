package org.reasoningexplorer.engine.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streams a trace file: the header first, then one event at a time, never holding the whole file.
 *
 * <p>Malformed lines throw {@link TraceFormatException} naming the file, the line and what was
 * expected. A cut-off last line (what a crash mid-write leaves) ends the events quietly and is
 * reported in {@link #warnings()}, as are event types from newer minor versions. Not thread-safe.
 */
public final class TraceReader implements Closeable, Iterable<TraceEvent> {

    /** Told how far a long load has come; called on the reading thread about once per megabyte. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long bytesRead, long totalBytes);
    }

    /**
     * How to read: progress reporting, cooperative cancellation and the longest accepted line.
     *
     * @param progress told the bytes read so far and the file size, or null
     * @param cancelled polled every {@code checkEveryLines} lines; when it returns true reading stops
     *                  with a {@link CancellationException}; or null
     * @param checkEveryLines how many lines pass between two polls of {@code cancelled}
     * @param maxLineBytes the longest line accepted before the file is rejected
     */
    public record Options(ProgressListener progress, BooleanSupplier cancelled, int checkEveryLines, int maxLineBytes) {
        /** No progress, no cancellation, lines up to {@link TraceFormat#MAX_LINE_BYTES}. */
        public static final Options DEFAULT = new Options(null, null, 1024, TraceFormat.MAX_LINE_BYTES);

        public Options {
            if (checkEveryLines < 1) {
                throw new IllegalArgumentException("checkEveryLines must be at least 1, was " + checkEveryLines);
            }
            if (maxLineBytes < 1) {
                throw new IllegalArgumentException("maxLineBytes must be at least 1, was " + maxLineBytes);
            }
        }

        public Options withProgress(ProgressListener listener) {
            return new Options(listener, cancelled, checkEveryLines, maxLineBytes);
        }

        public Options withCancellation(BooleanSupplier isCancelled, int everyLines) {
            return new Options(progress, isCancelled, everyLines, maxLineBytes);
        }

        public Options withMaxLineBytes(int bytes) {
            return new Options(progress, cancelled, checkEveryLines, bytes);
        }
    }

    /** A whole (small) trace in memory. */
    public record ReadResult(TraceHeader header, List<TraceEvent> events, List<String> warnings) {
    }

    /** A trace folded into the state it describes. */
    public record FoldResult(TraceHeader header, TraceTree tree, List<String> warnings) {
    }

    private final Path file;
    private final Options options;
    private final LineSource lines;
    private final TraceHeader header;
    private long headerBytes;
    private final ReadWarnings warnings;
    private long events;
    private long eventLine;
    private long eventOffset = -1;
    private boolean finished;
    private boolean iterated;

    private TraceReader(Path file, Options options) throws IOException {
        this.file = file;
        this.options = options;
        this.warnings = new ReadWarnings(file);
        InputStream in = Files.newInputStream(file);
        try {
            this.lines = new LineSource(in, file, Files.size(file), options.maxLineBytes(), options.progress());
            this.header = readHeader();
            this.headerBytes = lines.consumed();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Opens a trace and reads its header; throws {@link TraceFormatException} when it is not a readable trace. */
    public static TraceReader open(Path file) throws IOException {
        return new TraceReader(file, Options.DEFAULT);
    }

    public static TraceReader open(Path file, Options options) throws IOException {
        return new TraceReader(file, options);
    }

    /** Reads a whole trace into memory; for small files (use {@link #forEachEvent} or {@link #fold} for big ones). */
    public static ReadResult readAll(Path file) throws IOException {
        return readAll(file, Options.DEFAULT);
    }

    public static ReadResult readAll(Path file, Options options) throws IOException {
        try (TraceReader r = open(file, options)) {
            List<TraceEvent> all = new ArrayList<>();
            r.forEachEvent(all::add);
            return new ReadResult(r.header(), all, r.warnings());
        }
    }

    /** Applies every event to a new {@link TraceTree}; an event that does not fit becomes a {@link TraceFormatException} with its line. */
    public static FoldResult fold(Path file) throws IOException {
        return fold(file, Options.DEFAULT);
    }

    public static FoldResult fold(Path file, Options options) throws IOException {
        try (TraceReader r = open(file, options)) {
            TraceTree tree = new TraceTree();
            long endLine = 0;
            TraceEvent e;
            while ((e = r.nextEvent()) != null) {
                try {
                    tree.apply(e);
                } catch (RuntimeException ex) {
                    throw new TraceFormatException(file, r.line(), "event \"" + e.type()
                            + "\" does not fit the events before it: " + ex.getMessage(), false, ex);
                }
                endLine = e instanceof TraceEvent.Ended ? r.line() : endLine;
            }
            List<String> warnings = new ArrayList<>(r.warnings());
            Compute claimed = tree.ended() == null ? null : tree.ended().compute();
            if (claimed != null && !claimed.equals(tree.compute())) {
                warnings.add("file " + file + ", line " + endLine + ": the end event's compute " + claimed
                        + " differs from the compute the events add up to, " + tree.compute() + " (events missing?)");
            }
            return new FoldResult(r.header(), tree, List.copyOf(warnings));
        }
    }

    private TraceHeader readHeader() throws IOException {
        if (!lines.next()) {
            throw new TraceFormatException(file, 1, HeaderCodec.EXPECTED + "an empty file");
        }
        byte[] b = lines.buffer();
        int skip = TraceFormat.hasBom(b, lines.length()) && lines.start() == 0 ? 3 : 0;
        try {
            return HeaderCodec.decode(b, lines.start() + skip, lines.length() - skip, lines.terminated());
        } catch (TraceFormatException e) {
            throw e.at(file, 1);
        }
    }

    /**
     * The next event, or null after the last one.
     *
     * @throws TraceFormatException for a malformed line
     * @throws CancellationException when the cancellation check says so
     */
    public TraceEvent nextEvent() throws IOException {
        while (!finished) {
            if (!lines.next()) {
                finish();
                break;
            }
            long n = lines.line();
            if (options.cancelled() != null && n % options.checkEveryLines() == 0 && options.cancelled().getAsBoolean()) {
                throw new CancellationException("reading " + file + " was cancelled at line " + n);
            }
            byte[] b = lines.buffer();
            int start = lines.start();
            int len = lines.length();
            if (len == 0 || b[start] != '{' && isBlank(b, start, len)) {
                continue;
            }
            TraceEvent e;
            try {
                e = EventDecoder.decode(b, start, len);
            } catch (TraceFormatException ex) {
                if (ex.isJsonSyntaxError() && !lines.terminated()) {
                    warnings.truncated(n, events);
                    finish();
                    break;
                }
                throw ex.at(file, n);
            }
            events++;
            eventLine = n;
            eventOffset = lines.offset();
            if (e instanceof TraceEvent.Unknown u) {
                warnings.unknown(u.type(), n);
            }
            return e;
        }
        return null;
    }

    /** Gives every remaining event to the action, in order. */
    public void forEachEvent(Consumer<? super TraceEvent> action) throws IOException {
        TraceEvent e;
        while ((e = nextEvent()) != null) {
            action.accept(e);
        }
    }

    /**
     * The remaining events; can be taken once. I/O errors surface as {@link UncheckedIOException},
     * malformed lines as {@link TraceFormatException}.
     */
    @Override
    public Iterator<TraceEvent> iterator() {
        if (iterated) {
            throw new IllegalStateException("the events of " + file + " can be iterated only once; open the file again");
        }
        iterated = true;
        return new Iterator<>() {
            private TraceEvent next;

            @Override
            public boolean hasNext() {
                if (next == null && !finished) {
                    try {
                        next = nextEvent();
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading " + file + " failed", e);
                    }
                }
                return next != null;
            }

            @Override
            public TraceEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more events in " + file);
                }
                TraceEvent e = next;
                next = null;
                return e;
            }
        };
    }

    private void finish() {
        finished = true;
        warnings.finish();
    }

    private static boolean isBlank(byte[] b, int start, int len) {
        for (int i = start; i < start + len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    public TraceHeader header() {
        return header;
    }

    public Path file() {
        return file;
    }

    /** Problems that did not stop reading: a truncated last line, unknown event types. */
    public List<String> warnings() {
        return warnings.list();
    }

    /** The 1-based line of the event returned last (0 before the first). */
    public long line() {
        return eventLine;
    }

    /** How many bytes of the file the header line takes, its line break included. */
    long headerBytes() {
        return headerBytes;
    }

    /** Where the line of the event returned last starts in the file, in bytes (-1 before the first). */
    public long offset() {
        return eventOffset;
    }

    /** How many events have been returned so far. */
    public long eventCount() {
        return events;
    }

    /** Bytes read from the file so far (ahead of the events returned, by up to one buffer). */
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
