package org.reasoningexplorer.engine.trace;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a trace's events as {@link TraceReader} does (same events, same errors naming the same
 * lines, same warnings), but decodes them on several threads: the file is cut into chunks of whole
 * lines, each chunk is decoded on a pool thread, and the caller takes the events back in order.
 * Decoding JSON is most of the cost of opening a big trace, so this opens it up to about as many
 * times faster as there are cores. Holds only a few chunks at a time. Not thread-safe.
 */
public final class ParallelTraceReader implements Closeable {
    private static final int CHUNK = 1 << 20;
    private static final int CANCEL_CHECK = 256;

    private final Path file;
    private final TraceReader.Options options;
    private final TraceHeader header;
    private final FileChannel channel;
    private final long size;
    private final ExecutorService pool;
    private final int ahead;
    private final ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private final ReadWarnings warnings;
    private long next;
    private byte[] carry = new byte[0];
    private boolean allSubmitted;
    private Chunk current;
    private int index;
    private long linesBefore = 1;
    private long events;
    private long eventLine;
    private long eventOffset = -1;
    private boolean finished;

    /** One decoded chunk of whole lines. */
    private record Chunk(int lineCount, TraceEvent[] events, int[] lines, long[] offsets, int count,
                         TraceFormatException error, int errorLine, boolean truncated) {
    }

    private ParallelTraceReader(Path file, TraceReader.Options options, int threads) throws IOException {
        this.file = file;
        this.options = options;
        this.warnings = new ReadWarnings(file);
        long headerBytes;
        try (TraceReader r = TraceReader.open(file, TraceReader.Options.DEFAULT.withMaxLineBytes(options.maxLineBytes()))) {
            header = r.header();
            headerBytes = r.headerBytes();
        }
        channel = FileChannel.open(file, StandardOpenOption.READ);
        size = channel.size();
        next = headerBytes;
        int n = Math.max(0, threads);
        ahead = Math.max(1, 2 * n);
        pool = n == 0 ? null : Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "trace-decoder");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens a trace and reads its header; {@code threads} decode the events (0: the calling thread
     * decodes them itself, chunk by chunk). Throws {@link TraceFormatException} when it is not a trace.
     */
    public static ParallelTraceReader open(Path file, TraceReader.Options options, int threads) throws IOException {
        return new ParallelTraceReader(file, options, threads);
    }

    public TraceHeader header() {
        return header;
    }

    /**
     * The next event, or null after the last one.
     *
     * @throws TraceFormatException for a malformed line, naming it
     * @throws CancellationException when the cancellation check says so
     */
    public TraceEvent nextEvent() throws IOException {
        while (!finished) {
            if (current != null && index < current.count()) {
                int i = index++;
                events++;
                eventLine = linesBefore + current.lines()[i];
                eventOffset = current.offsets()[i];
                TraceEvent e = current.events()[i];
                current.events()[i] = null;
                if (options.cancelled() != null && events % CANCEL_CHECK == 0 && options.cancelled().getAsBoolean()) {
                    throw new CancellationException("reading " + file + " was cancelled at line " + eventLine);
                }
                if (e instanceof TraceEvent.Unknown u) {
                    warnings.unknown(u.type(), eventLine);
                }
                return e;
            }
            if (current != null) {
                if (current.error() != null) {
                    throw current.error().at(file, linesBefore + current.errorLine());
                }
                if (current.truncated()) {
                    warnings.truncated(linesBefore + current.lineCount(), events);
                    finish();
                    return null;
                }
                linesBefore += current.lineCount();
                current = null;
            }
            submitAhead();
            if (inFlight.isEmpty()) {
                finish();
                return null;
            }
            current = take(inFlight.poll());
            index = 0;
        }
        return null;
    }

    private Chunk take(Future<Chunk> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading " + file + " was interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException("decoding " + file + " failed: " + c, c);
        }
    }

    /** Cuts the next chunks of whole lines from the file and hands them to the pool. */
    private void submitAhead() throws IOException {
        while (!allSubmitted && inFlight.size() < ahead) {
            byte[] data = read();
            int end = lastNewline(data);
            boolean last = next >= size;
            if (end < 0 && !last) {
                // No line break within a chunk: one long line; read on until it ends (or is too long).
                continue;
            }
            int cut = last ? data.length : end + 1;
            carry = Arrays.copyOfRange(data, cut, data.length);
            allSubmitted = last;
            long offset = next - data.length;
            inFlight.add(pool == null ? java.util.concurrent.CompletableFuture.completedFuture(decode(data, cut, offset, last))
                    : pool.submit(() -> decode(data, cut, offset, last)));
            if (options.progress() != null) {
                options.progress().progress(next, size);
            }
        }
    }

    /** The carried-over part of the last line followed by the next chunk of the file. */
    private byte[] read() throws IOException {
        int want = (int) Math.min(CHUNK, size - next);
        if (carry.length + (long) want > options.maxLineBytes() + 2L + CHUNK) {
            throw new TraceFormatException(file, linesBefore + 1, "the line is longer than " + options.maxLineBytes()
                    + " bytes, the most a trace line may hold (is this a trace file?)");
        }
        byte[] data = Arrays.copyOf(carry, carry.length + want);
        ByteBuffer buf = ByteBuffer.wrap(data, carry.length, want);
        long pos = next;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos);
            if (n < 0) {
                throw new IOException(file + " became shorter while it was read");
            }
            pos += n;
        }
        next = pos;
        carry = data;
        return data;
    }

    private static int lastNewline(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Decodes the lines in {@code b[0, end)}, which start {@code offset} bytes into the file. */
    private Chunk decode(byte[] b, int end, long offset, boolean last) {
        int cap = 64;
        TraceEvent[] evs = new TraceEvent[cap];
        int[] lines = new int[cap];
        long[] offs = new long[cap];
        int n = 0;
        int line = 0;
        int pos = 0;
        while (pos < end) {
            int nl = pos;
            while (nl < end && b[nl] != '\n') {
                nl++;
            }
            boolean terminated = nl < end;
            int stop = terminated && nl > pos && b[nl - 1] == '\r' ? nl - 1 : nl;
            line++;
            int len = stop - pos;
            if (len > options.maxLineBytes()) {
                return new Chunk(line, evs, lines, offs, n, TraceFormatException.detail("the line is longer than "
                        + options.maxLineBytes() + " bytes, the most a trace line may hold (is this a trace file?)"), line, false);
            }
            if (len > 0 && !(b[pos] != '{' && isBlank(b, pos, len))) {
                TraceEvent e;
                try {
                    e = EventDecoder.decode(b, pos, len);
                } catch (TraceFormatException ex) {
                    if (ex.isJsonSyntaxError() && !terminated && last) {
                        return new Chunk(line, evs, lines, offs, n, null, 0, true);
                    }
                    return new Chunk(line, evs, lines, offs, n, ex, line, false);
                }
                if (n == cap) {
                    cap *= 2;
                    evs = Arrays.copyOf(evs, cap);
                    lines = Arrays.copyOf(lines, cap);
                    offs = Arrays.copyOf(offs, cap);
                }
                evs[n] = e;
                lines[n] = line;
                offs[n] = offset + pos;
                n++;
            }
            pos = nl + 1;
        }
        return new Chunk(line, evs, lines, offs, n, null, 0, false);
    }

    private static boolean isBlank(byte[] b, int start, int len) {
        for (int i = start; i < start + len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private void finish() {
        finished = true;
        warnings.finish();
        if (options.progress() != null) {
            options.progress().progress(size, size);
        }
    }

    /** Problems that did not stop reading: a truncated last line, unknown event types. */
    public List<String> warnings() {
        return warnings.list();
    }

    /** The 1-based line of the event returned last (0 before the first). */
    public long line() {
        return eventLine;
    }

    /** Where the line of the event returned last starts in the file, in bytes (-1 before the first). */
    public long offset() {
        return eventOffset;
    }

    @Override
    public void close() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        channel.close();
    }
}
