package org.reasoningexplorer.engine.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Splits a byte stream into lines over one large buffer, without decoding or copying them, counting
 * lines and reporting progress. A line is valid until the next call to {@link #next()}.
 */
final class LineSource implements Closeable {
    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final Path file;
    private final long size;
    private final int maxLineBytes;
    private final TraceReader.ProgressListener progress;
    private byte[] buf;
    private int pos;
    private int limit;
    private int scan;
    private boolean eof;
    private long bytesRead;
    private long line;
    private int start;
    private int length;
    private boolean terminated;

    LineSource(InputStream in, Path file, long size, int maxLineBytes, TraceReader.ProgressListener progress) {
        this.in = in;
        this.file = file;
        this.size = size;
        this.maxLineBytes = maxLineBytes;
        this.progress = progress;
        this.buf = new byte[(int) Math.min(CHUNK, maxLineBytes + 2L)];
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        while (true) {
            int nl = indexOfNewline();
            if (nl >= 0) {
                int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                return take(end, nl + 1, true);
            }
            scan = limit;
            if (eof) {
                return pos < limit && take(limit, limit, false);
            }
            fill();
        }
    }

    private int indexOfNewline() {
        byte[] b = buf;
        for (int i = scan, n = limit; i < n; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean take(int end, int nextPos, boolean withBreak) {
        line++;
        if (end - pos > maxLineBytes) {
            throw tooLong();
        }
        start = pos;
        length = end - pos;
        terminated = withBreak;
        pos = nextPos;
        scan = nextPos;
        return true;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            scan -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= maxLineBytes + 2L) {
                line++;
                throw tooLong();
            }
            byte[] bigger = new byte[(int) Math.min(buf.length * 2L, maxLineBytes + 2L)];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return;
        }
        limit += n;
        bytesRead += n;
        if (progress != null) {
            progress.progress(bytesRead, size);
        }
    }

    private TraceFormatException tooLong() {
        return new TraceFormatException(file, line, "the line is longer than " + bytes(maxLineBytes)
                + ", the most a trace line may hold (is this a trace file?)");
    }

    private static String bytes(long n) {
        return n >= 1024 * 1024 && n % (1024 * 1024) == 0 ? n / (1024 * 1024) + " MB" : n + " bytes";
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** Whether the current line ended with a line break (a crash mid-write leaves the last line without one). */
    boolean terminated() {
        return terminated;
    }

    /** How many bytes of the file lie before the next line (the current one and its line break included). */
    long consumed() {
        return bytesRead - limit + pos;
    }

    /** Where the current line starts in the file, in bytes. */
    long offset() {
        return bytesRead - limit + start;
    }

    /** The 1-based number of the current line. */
    long line() {
        return line;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
