package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the records of a JSON file (the elements of a top-level list) or of a JSON Lines file
 * (one object per line), telling the handler where each record is; broken JSON becomes an
 * {@link ImportException} naming the record, line and column and the format that was expected.
 */
final class JsonRecords {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receives one record and where it is. */
    @FunctionalInterface
    interface Handler {
        void accept(JsonNode record, At at) throws IOException;
    }

    private JsonRecords() {
    }

    /** Each element of the file's top-level JSON list, in order; {@code expected} describes the list for errors. */
    static void eachListElement(Path file, String format, String noun, String expected, Handler handler) throws IOException {
        int record = 0;
        ImportProgress.Context ctx = ImportProgress.Context.current();
        try (JsonParser p = MAPPER.createParser(ctx.counting(Files.newInputStream(file), Files.size(file)))) {
            JsonToken first;
            try {
                first = p.nextToken();
            } catch (JsonProcessingException e) {
                throw new ImportException(file, "line 1", format, "expected " + expected + ", found text that is not JSON: "
                        + clip(Sniff.firstLineOf(file)), e);
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ImportException(file, "line 1", format, "expected " + expected + ", found "
                        + (first == null ? "an empty file" : first == JsonToken.START_OBJECT ? "a single JSON object" : "a JSON " + first));
            }
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    return;
                }
                record++;
                long line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new ImportException(file, "record " + record + " (line " + line + ")", format,
                            noun + " must be a JSON object, found " + (t == null ? "the end of the file (truncated?)" : "a JSON " + t));
                }
                JsonNode node = p.readValueAsTree();
                handler.accept(node, new At(file, format, noun, record, line));
                ctx.record();
            }
        } catch (JsonProcessingException e) {
            throw syntax(file, format, record, e);
        }
    }

    /** Each non-blank line of a JSON Lines file, as an object. */
    static void eachLine(Path file, String format, String noun, Handler handler) throws IOException {
        ImportProgress.Context ctx = ImportProgress.Context.current();
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(ctx.counting(Files.newInputStream(file), Files.size(file)),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
            String text;
            long line = 0;
            int record = 0;
            while ((text = r.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                record++;
                At at = new At(file, format, noun, record, line);
                JsonNode node;
                try {
                    node = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw at.error("not valid JSON (" + firstLine(e) + "); expected " + noun + " as one JSON object per line"
                            + (record == 1 ? ", found: " + clip(text) : ""), e);
                }
                if (node == null || !node.isObject()) {
                    throw at.error("expected " + noun + " as a JSON object, found " + At.describe(node));
                }
                handler.accept(node, at);
                ctx.record();
            }
            if (line == 0) {
                throw new ImportException(file, null, format, "expected " + noun + " per line, found an empty file");
            }
        }
    }

    /** The whole file as one JSON object. */
    static JsonNode readObject(Path file, String format, String noun) throws IOException {
        JsonNode node;
        try {
            node = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw syntax(file, format, 0, e);
        }
        if (node == null || !node.isObject()) {
            throw new ImportException(file, null, format, "expected " + noun + " (a JSON object), found " + At.describe(node));
        }
        return node;
    }

    private static ImportException syntax(Path file, String format, int record, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = (record > 0 ? "record " + record + ", " : "") + (loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr());
        boolean truncated = e.getMessage() != null && e.getMessage().contains("end-of-input");
        return new ImportException(file, where, format, "not valid JSON (" + firstLine(e) + ")"
                + (truncated ? ": the file ends in the middle of a value (truncated?)" : "") + "; expected " + format, e);
    }

    private static String firstLine(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static String clip(String text) {
        String t = text.strip();
        return "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"";
    }
}
