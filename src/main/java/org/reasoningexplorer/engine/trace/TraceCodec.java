package org.reasoningexplorer.engine.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Converts a trace header and each trace event to one compact JSON line and back.
 *
 * <p>Events are written and read with Jackson's streaming generator and parser; only the header
 * (free-form maps) and events of unknown types go through databind. The JSON form of every event
 * is documented in docs/TRACE_FORMAT.md. All methods are thread-safe.
 */
public final class TraceCodec {
    /** The one Jackson factory behind every trace generator and parser. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            // A half-written event must stay unparsable, so readers see it as a cut-off line.
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(TraceFormat.MAX_LINE_BYTES)
                    .build())
            .build();
    /** Databind over {@link #FACTORY}, for the header's maps and unknown events only. */
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private TraceCodec() {
    }

    /** The event as one line of JSON, without the line break. */
    public static String encode(TraceEvent event) {
        return writeToString(g -> EventEncoder.write(g, event));
    }

    /** The header as one line of JSON, without the line break; throws IllegalArgumentException for a version this format cannot carry. */
    public static String encodeHeader(TraceHeader header) {
        return writeToString(g -> HeaderCodec.write(g, header));
    }

    /** Reads one event line; throws {@link TraceFormatException} saying what was expected. */
    public static TraceEvent decode(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return EventDecoder.decode(bytes, 0, bytes.length);
    }

    /** Reads a header line, checking format and major version; throws {@link TraceFormatException}. */
    public static TraceHeader decodeHeader(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return HeaderCodec.decode(bytes, 0, bytes.length, true);
    }

    /** A generator writing compact UTF-8 JSON to the stream, with nothing between root values (callers add the line breaks). */
    static JsonGenerator newGenerator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setRootValueSeparator(null);
        return g;
    }

    private interface GeneratorWork {
        void run(JsonGenerator g) throws IOException;
    }

    private static String writeToString(GeneratorWork work) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            work.run(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString();
    }
}
