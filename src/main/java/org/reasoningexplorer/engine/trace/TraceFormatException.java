package org.reasoningexplorer.engine.trace;

import java.nio.file.Path;

/**
 * A trace file (or one line of it) does not follow the trace format; the message names the file,
 * the 1-based line and what was expected there.
 *
 * <p>Unchecked, so it can travel through {@link java.util.Iterator} and {@link java.util.function.Consumer}
 * while a trace is streamed.
 */
public final class TraceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String detail;
    private final boolean jsonSyntax;

    /**
     * @param file the trace file, or null when decoding text that did not come from a file
     * @param line the 1-based line, or 0 when unknown
     * @param detail what was expected and what was found
     */
    public TraceFormatException(Path file, long line, String detail) {
        this(file, line, detail, false, null);
    }

    TraceFormatException(Path file, long line, String detail, boolean jsonSyntax, Throwable cause) {
        super(compose(file, line, detail), cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
        this.jsonSyntax = jsonSyntax;
    }

    /** An error from decoding one line, before the reader knows where the line came from. */
    static TraceFormatException detail(String detail) {
        return new TraceFormatException(null, 0, detail, false, null);
    }

    /** A line that is not JSON at all, or stops in the middle of a value (as a crash mid-write leaves it). */
    static TraceFormatException syntax(String detail, Throwable cause) {
        return new TraceFormatException(null, 0, detail, true, cause);
    }

    /** The same problem, located in a file and line. */
    TraceFormatException at(Path file, long line) {
        return new TraceFormatException(file, line, detail, jsonSyntax, getCause());
    }

    private static String compose(Path file, long line, String detail) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append("file ").append(file);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? ", line " : "line ").append(line);
        }
        return sb.length() == 0 ? detail : sb.append(": ").append(detail).toString();
    }

    /** The trace file, or null when unknown. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when unknown. */
    public long line() {
        return line;
    }

    /** What was expected and what was found, without the file and line. */
    public String detail() {
        return detail;
    }

    /** Whether the line was not well-formed JSON (as opposed to JSON that is not a valid event). */
    public boolean isJsonSyntaxError() {
        return jsonSyntax;
    }
}
