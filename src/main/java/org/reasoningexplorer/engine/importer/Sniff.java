package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A first look at a file's content, so {@link Importers#detect} can choose an importer without
 * trusting the file name: the JSON shape and the first record.
 *
 * @param path the file or folder
 * @param kind the shape of the content
 * @param first the first record (the first list element, the first line's object, or the whole object), or null
 */
public record Sniff(Path path, Kind kind, JsonNode first) {
    /** The shape of a file's content. */
    public enum Kind {
        /** A folder. */
        DIRECTORY,
        /** A JSON list of records. */
        JSON_LIST,
        /** JSON Lines: one object per line (also a file that is one object on one line). */
        JSON_LINES,
        /** One JSON object spread over several lines. */
        JSON_OBJECT,
        /** Empty, binary or not JSON. */
        OTHER
    }

    /** Looks at the beginning of the path's content. */
    public static Sniff of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new Sniff(path, Kind.DIRECTORY, null);
        }
        String t = firstLineOf(path).strip();
        if (t.startsWith("{")) {
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                JsonNode node = JsonRecords.MAPPER.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
                if (node != null && node.isObject()) {
                    return new Sniff(path, Kind.JSON_LINES, node);
                }
            } catch (IOException notOneLine) {
                // a pretty-printed object: read it below
            }
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            try (JsonParser p = JsonRecords.MAPPER.createParser(path.toFile())) {
                JsonToken token = p.nextToken();
                if (token == JsonToken.START_OBJECT) {
                    return new Sniff(path, Kind.JSON_OBJECT, p.readValueAsTree());
                }
                if (token == JsonToken.START_ARRAY) {
                    JsonNode first = p.nextToken() == JsonToken.START_OBJECT ? p.readValueAsTree() : null;
                    return new Sniff(path, Kind.JSON_LIST, first);
                }
            } catch (IOException brokenJson) {
                return new Sniff(path, t.startsWith("[") ? Kind.JSON_LIST : Kind.JSON_OBJECT, null);
            }
        }
        return new Sniff(path, Kind.OTHER, null);
    }

    /** The start of the first line of a text file (at most 4096 characters, BOM removed), or "" for an empty or binary file. */
    static String firstLineOf(Path path) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n = r.read(buf);
            if (n <= 0) {
                return "";
            }
            String s = new String(buf, 0, n);
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        } catch (java.nio.charset.CharacterCodingException binary) {
            return "";
        }
    }

    /** Whether the first record has every one of these fields. */
    public boolean firstHas(String... fields) {
        if (first == null || !first.isObject()) {
            return false;
        }
        for (String f : fields) {
            if (!first.has(f)) {
                return false;
            }
        }
        return true;
    }
}
