package org.reasoningexplorer.engine.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names, limits and small checks of the trace file format (JSON Lines); see docs/TRACE_FORMAT.md. */
public final class TraceFormat {
    /** The file name extension of traces. */
    public static final String EXTENSION = ".trace.jsonl";
    /** The file name extension of a score overlay kept beside a trace (reserved; see docs/TRACE_FORMAT.md). */
    public static final String OVERLAY_EXTENSION = ".overlay.json";
    /** The "format" value of every trace header. */
    public static final String NAME = TraceHeader.FORMAT;
    /** The longest line a reader accepts; longer lines are reported as errors instead of exhausting memory. */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private static final int SNIFF_BYTES = 1024 * 1024;
    private static final int SHOWN_CHARS = 60;

    private TraceFormat() {
    }

    /**
     * Whether the file starts with a trace header line (of any version). Never throws: unreadable
     * files are simply not traces.
     */
    public static boolean isTrace(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException | SecurityException e) {
            return false;
        }
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        int start = hasBom(head, end) ? 3 : 0;
        return HeaderCodec.isHeader(head, start, end - start);
    }

    /** The overlay file that belongs beside a trace: {@code run.trace.jsonl} → {@code run.overlay.json}. */
    public static Path overlayFor(Path trace) {
        String name = trace.getFileName().toString();
        String base = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        return trace.resolveSibling(base + OVERLAY_EXTENSION);
    }

    /** The major part of a "major.minor" version; throws IllegalArgumentException naming the version otherwise. */
    public static int majorVersion(String version) {
        int dot = version.indexOf('.');
        if (dot > 0 && dot < version.length() - 1 && digits(version, 0, dot) && digits(version, dot + 1, version.length())
                && dot <= 9) {
            return Integer.parseInt(version.substring(0, dot));
        }
        throw new IllegalArgumentException("trace format version \"" + version + "\" is not of the form major.minor (e.g. \""
                + TraceHeader.VERSION + "\")");
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean hasBom(byte[] buf, int len) {
        return len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF;
    }

    /** A line's content in words for "found …" in error messages: quoted text, "an empty line" or "binary data". */
    static String describeLine(byte[] buf, int off, int len) {
        if (len == 0) {
            return "an empty line";
        }
        int n = Math.min(len, SHOWN_CHARS * 4);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(buf, off, n)).toString();
        } catch (CharacterCodingException e) {
            if (n == len) {
                return "binary data (not UTF-8 text)";
            }
            text = new String(buf, off, n, StandardCharsets.UTF_8);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F) {
                return "binary data (not a text line)";
            }
        }
        String quoted = JsonValues.quote(text);
        return n < len && text.length() <= SHOWN_CHARS ? quoted.substring(0, quoted.length() - 1) + "…\"" : quoted;
    }
}
