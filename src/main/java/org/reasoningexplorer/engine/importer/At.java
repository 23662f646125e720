package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an importer is in a file (which record, which line) and what it expects there, with field
 * accessors that turn a missing or mistyped field into an {@link ImportException} saying so, e.g.
 * {@code file raw.jsonl, record 3 (line 3): a PRM800K record needs "label"."steps"}.
 *
 * @param file the file read
 * @param format the format expected, for {@link ImportException#format()}
 * @param noun what one record is called in messages, e.g. "a PRM800K record"
 * @param record the 1-based record number, or 0 when the whole file is one record
 * @param line the 1-based line where the record starts, or 0 when unknown
 * @param part a place inside the record, e.g. "step 2", or null
 */
record At(Path file, String format, String noun, int record, long line, String part) {

    At(Path file, String format, String noun, int record, long line) {
        this(file, format, noun, record, line, null);
    }

    /** "record 3 (line 3)", "record 3", "line 7" or "" for the whole file, then the part: "record 3, step 2". */
    String location() {
        String where = record > 0 && line > 0 ? "record " + record + " (line " + line + ")"
                : record > 0 ? "record " + record : line > 0 ? "line " + line : "";
        if (part == null) {
            return where;
        }
        return where.isEmpty() ? part : where + ", " + part;
    }

    /** The same record, one level deeper, e.g. "record 3, step 2". */
    At within(String inner) {
        return new At(file, format, noun, record, line, part == null ? inner : part + ", " + inner);
    }

    ImportException error(String detail) {
        return new ImportException(file, location(), format, detail);
    }

    ImportException error(String detail, Throwable cause) {
        return new ImportException(file, location(), format, detail, cause);
    }

    /** The node at the path of field names; throws naming the path when any step is missing or null. */
    JsonNode required(JsonNode obj, String... path) throws ImportException {
        JsonNode n = obj;
        for (int i = 0; i < path.length; i++) {
            if (n == null || !n.isObject()) {
                throw error(noun + " needs " + quoted(path, i + 1) + (n == null ? "" : ", found " + describe(n) + " at " + quoted(path, i)));
            }
            n = n.get(path[i]);
            if (n == null || n.isNull()) {
                throw error(noun + " needs " + quoted(path, path.length));
            }
        }
        return n;
    }

    /** The node at the path, or null when it is missing or null. */
    static JsonNode optional(JsonNode obj, String... path) {
        JsonNode n = obj;
        for (String p : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(p);
        }
        return n == null || n.isNull() ? null : n;
    }

    String text(JsonNode obj, String... path) throws ImportException {
        JsonNode n = required(obj, path);
        if (!n.isTextual()) {
            throw error(noun + "'s " + quoted(path, path.length) + " must be text, found " + describe(n));
        }
        return n.asText();
    }

    JsonNode array(JsonNode obj, String... path) throws ImportException {
        JsonNode n = required(obj, path);
        if (!n.isArray()) {
            throw error(noun + "'s " + quoted(path, path.length) + " must be a list, found " + describe(n));
        }
        return n;
    }

    /** A list of text values. */
    List<String> texts(JsonNode obj, String field) throws ImportException {
        JsonNode list = array(obj, field);
        List<String> out = new ArrayList<>(list.size());
        for (JsonNode n : list) {
            if (!n.isTextual()) {
                throw error(noun + "'s \"" + field + "\" must hold text, found " + At.describe(n));
            }
            out.add(n.asText());
        }
        return out;
    }

    JsonNode object(JsonNode obj, String... path) throws ImportException {
        JsonNode n = required(obj, path);
        if (!n.isObject()) {
            throw error(noun + "'s " + quoted(path, path.length) + " must be an object, found " + describe(n));
        }
        return n;
    }

    int integer(JsonNode obj, String... path) throws ImportException {
        JsonNode n = required(obj, path);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw error(noun + "'s " + quoted(path, path.length) + " must be a whole number, found " + describe(n));
        }
        return n.asInt();
    }

    double number(JsonNode obj, String... path) throws ImportException {
        JsonNode n = required(obj, path);
        if (!n.isNumber()) {
            throw error(noun + "'s " + quoted(path, path.length) + " must be a number, found " + describe(n));
        }
        return n.asDouble();
    }

    /** Text of an optional field, or null. */
    static String optionalText(JsonNode obj, String... path) {
        JsonNode n = optional(obj, path);
        return n == null ? null : n.isValueNode() ? n.asText() : n.toString();
    }

    private static String quoted(String[] path, int upTo) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            sb.append(i == 0 ? "" : ".").append('"').append(path[i]).append('"');
        }
        return sb.toString();
    }

    /** "a string \"abc\"", "the number 3", "a list", "an object", "null", "true". */
    static String describe(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "null";
        }
        if (n.isTextual()) {
            String t = n.asText();
            return "a string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.isArray() ? "a list" : "an object";
    }
}
