package org.reasoningexplorer.engine.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads the header line with databind, keeping the order of keys in its free-form maps. */
final class HeaderCodec {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    static final String EXPECTED = "expected a " + TraceHeader.FORMAT
            + " header with \"format\" and \"version\", found ";
    private static final byte[] HEADER_START = ("{\"format\":\"" + TraceHeader.FORMAT + "\"").getBytes(StandardCharsets.UTF_8);

    private HeaderCodec() {
    }

    /** Throws IllegalArgumentException when the header cannot be written as a trace header of this version. */
    static void check(TraceHeader h) {
        if (h == null) {
            throw new IllegalArgumentException("a trace needs a header");
        }
        if (h.format() != null && !h.format().equals(TraceHeader.FORMAT)) {
            throw new IllegalArgumentException("header format is \"" + h.format() + "\"; a trace header's format must be \""
                    + TraceHeader.FORMAT + "\"");
        }
        String version = h.version() == null ? TraceHeader.VERSION : h.version();
        if (TraceFormat.majorVersion(version) != TraceHeader.MAJOR) {
            throw new IllegalArgumentException("cannot write trace format version " + version + "; this writer writes version "
                    + TraceHeader.MAJOR + ".x");
        }
    }

    static void write(JsonGenerator g, TraceHeader h) throws IOException {
        check(h);
        String version = h.version() == null ? TraceHeader.VERSION : h.version();
        g.writeStartObject();
        g.writeStringField("format", TraceHeader.FORMAT);
        g.writeStringField("version", version);
        g.writeFieldName("problem");
        g.writeObject(h.problem());
        g.writeFieldName("strategy");
        g.writeObject(h.strategy());
        g.writeFieldName("backend");
        g.writeObject(h.backend());
        g.writeFieldName("verifiers");
        g.writeObject(h.verifiers());
        g.writeNumberField("seed", h.seed());
        if (h.fork() != null) {
            g.writeFieldName("fork");
            g.writeObject(h.fork());
        }
        g.writeEndObject();
    }

    /**
     * Reads a header line, checking the format name and that the major version is one this reader knows.
     *
     * @param terminated whether the line ended with a line break (an unterminated header was cut off by a crash)
     */
    static TraceHeader decode(byte[] buf, int off, int len, boolean terminated) {
        Map<String, Object> m = parse(buf, off, len, terminated);
        Object format = m.get("format");
        if (!TraceHeader.FORMAT.equals(format)) {
            throw TraceFormatException.detail(EXPECTED + (format == null
                    ? "a JSON object without \"format\""
                    : "\"format\": " + describe(format)));
        }
        Object version = m.get("version");
        if (!(version instanceof String v)) {
            throw TraceFormatException.detail(EXPECTED + (version == null
                    ? "a header without \"version\""
                    : "\"version\": " + describe(version) + " (expected a string such as \"" + TraceHeader.VERSION + "\")"));
        }
        int major = majorOf(v);
        if (major != TraceHeader.MAJOR) {
            throw TraceFormatException.detail("trace format version " + v + " is not supported: this reader supports version "
                    + TraceHeader.MAJOR + ".x (it writes " + TraceHeader.VERSION + "); a newer Reasoning Explorer may read it");
        }
        return new TraceHeader(TraceHeader.FORMAT, v, map(m, "problem"), map(m, "strategy"), map(m, "backend"),
                verifiers(m), seed(m), map(m, "fork"));
    }

    /** Whether the line is a header of this format, whatever its version. */
    static boolean isHeader(byte[] buf, int off, int len) {
        try {
            return TraceHeader.FORMAT.equals(parse(buf, off, len, true).get("format"));
        } catch (TraceFormatException e) {
            return false;
        }
    }

    private static Map<String, Object> parse(byte[] buf, int off, int len, boolean terminated) {
        try (JsonParser p = TraceCodec.FACTORY.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw TraceFormatException.detail(EXPECTED + TraceFormat.describeLine(buf, off, len));
            }
            Map<String, Object> m = TraceCodec.MAPPER.readValue(p, MAP);
            if (p.nextToken() != null) {
                throw TraceFormatException.detail(EXPECTED + "more JSON after the header object");
            }
            return m;
        } catch (JsonProcessingException e) {
            if (!terminated && startsWith(buf, off, len, HEADER_START)) {
                throw TraceFormatException.syntax("the header is cut off (the search stopped while it was starting?)", e);
            }
            throw TraceFormatException.syntax(EXPECTED + TraceFormat.describeLine(buf, off, len), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory failed", e);
        }
    }

    private static int majorOf(String version) {
        try {
            return TraceFormat.majorVersion(version);
        } catch (IllegalArgumentException e) {
            throw TraceFormatException.detail(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (v == null || v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw TraceFormatException.detail("header field \"" + field + "\" must be a JSON object, found " + describe(v));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> verifiers(Map<String, Object> m) {
        Object v = m.get("verifiers");
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            List<Map<String, Object>> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (!(o instanceof Map)) {
                    throw TraceFormatException.detail("header field \"verifiers\" must be an array of JSON objects, found "
                            + describe(o) + " at index " + out.size());
                }
                out.add((Map<String, Object>) o);
            }
            return out;
        }
        throw TraceFormatException.detail("header field \"verifiers\" must be an array of JSON objects, found " + describe(v));
    }

    private static long seed(Map<String, Object> m) {
        Object v = m.get("seed");
        if (v == null) {
            return 0;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw TraceFormatException.detail("header field \"seed\" must be a 64-bit integer, found " + describe(v));
    }

    private static String describe(Object v) {
        if (v instanceof String s) {
            return "a string " + JsonValues.quote(s);
        }
        if (v instanceof Number n) {
            return "the number " + n;
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return String.valueOf(v);
    }

    private static boolean startsWith(byte[] buf, int off, int len, byte[] prefix) {
        if (len < Math.min(prefix.length, 2)) {
            return false;
        }
        for (int i = 0; i < Math.min(len, prefix.length); i++) {
            if (buf[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
