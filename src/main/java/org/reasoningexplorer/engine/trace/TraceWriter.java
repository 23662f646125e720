package org.reasoningexplorer.engine.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Writes a trace file: the header line, then one line per event, as UTF-8 JSON Lines.
 *
 * <p>By default every event is flushed to the operating system as soon as it is written, so a
 * crash or a cancelled search leaves a readable prefix; bulk writers may flush less often. Not
 * thread-safe: one search writes its events from one thread.
 */
public final class TraceWriter implements AutoCloseable, Consumer<TraceEvent> {
    /** Flush after every event: the default, so a crash loses at most the event being written. */
    public static final int FLUSH_EVERY_EVENT = 1;
    /** Flush only when the buffer fills and on close: for saving finished traces and benchmarks. */
    public static final int FLUSH_ON_CLOSE = Integer.MAX_VALUE;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final String target;
    private final JsonGenerator g;
    private final int flushEvery;
    private int unflushed;
    private long events;
    private boolean closed;
    private Exception failure;

    /** Creates (or replaces) the file and writes the header; every event will be flushed. */
    public TraceWriter(Path file, TraceHeader header) throws IOException {
        this(file, header, FLUSH_EVERY_EVENT);
    }

    /**
     * Creates (or replaces) the file and writes the header.
     *
     * @param flushEvery flush after this many events ({@link #FLUSH_EVERY_EVENT} or {@link #FLUSH_ON_CLOSE}, or any count between)
     */
    public TraceWriter(Path file, TraceHeader header, int flushEvery) throws IOException {
        this(openChecked(file, header, flushEvery), file.toString(), header, flushEvery);
    }

    /** Writes to a stream, which closing the writer closes. */
    public TraceWriter(OutputStream out, TraceHeader header, int flushEvery) throws IOException {
        this(out, "stream", header, flushEvery);
    }

    private TraceWriter(OutputStream out, String target, TraceHeader header, int flushEvery) throws IOException {
        if (flushEvery < 1) {
            out.close();
            throw new IllegalArgumentException("flushEvery must be at least 1, was " + flushEvery);
        }
        this.target = target;
        this.flushEvery = flushEvery;
        this.g = TraceCodec.newGenerator(new BufferedOutputStream(out, BUFFER_BYTES));
        try {
            HeaderCodec.write(g, header);
            g.writeRaw('\n');
            g.flush();
        } catch (IOException | RuntimeException e) {
            g.close();
            throw e;
        }
    }

    /** Checks before the file is created, so a bad call does not wipe an existing trace. */
    private static OutputStream openChecked(Path file, TraceHeader header, int flushEvery) throws IOException {
        HeaderCodec.check(header);
        if (flushEvery < 1) {
            throw new IllegalArgumentException("flushEvery must be at least 1, was " + flushEvery);
        }
        return Files.newOutputStream(file);
    }

    /** Writes one event as one line, flushing as configured. */
    public void write(TraceEvent event) throws IOException {
        if (closed || failure != null) {
            throw new IllegalStateException("the trace writer for " + target
                    + (closed ? " is closed" : " stopped after an event it could not write: " + failure.getMessage()));
        }
        try {
            EventEncoder.write(g, event);
            g.writeRaw('\n');
            events++;
            if (++unflushed >= flushEvery) {
                g.flush();
                unflushed = 0;
            }
        } catch (IOException | RuntimeException e) {
            // The line may be half written; refuse further events so a broken line can only be the
            // last one, which readers treat as cut off.
            failure = e;
            throw e;
        }
    }

    /** {@link #write}, with I/O errors unchecked: lets a search emit events to a plain Consumer. */
    @Override
    public void accept(TraceEvent event) {
        try {
            write(event);
        } catch (IOException e) {
            throw new UncheckedIOException("writing trace " + target + " failed", e);
        }
    }

    /** Pushes every event written so far to the operating system. */
    public void flush() throws IOException {
        if (!closed) {
            g.flush();
            unflushed = 0;
        }
    }

    public long eventsWritten() {
        return events;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            g.close();
        }
    }

    /**
     * Writes a whole trace to a temporary file beside the target, forces it to disk and renames it
     * over the target, so the target is always either the old file or the complete new one.
     */
    public static void writeAtomically(Path file, TraceHeader header, Iterable<? extends TraceEvent> events)
            throws IOException {
        HeaderCodec.check(header);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 TraceWriter w = new TraceWriter(Channels.newOutputStream(ch), target.toString(), header, FLUSH_ON_CLOSE)) {
                for (TraceEvent e : events) {
                    w.write(e);
                }
                w.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Makes the rename itself durable where the platform allows it (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the data itself is already on disk.
        }
    }
}
