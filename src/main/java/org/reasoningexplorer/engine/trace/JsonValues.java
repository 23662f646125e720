package org.reasoningexplorer.engine.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Typed reads of one event field from a streaming parser, with errors that name the event, the field and what was found. */
final class JsonValues {
    private static final int SHOWN_CHARS = 60;

    private JsonValues() {
    }

    static int readInt(JsonParser p, String ev, String field) throws IOException {
        if (p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        throw wrongType(p, ev, field, "a 32-bit integer");
    }

    static long readLong(JsonParser p, String ev, String field) throws IOException {
        if (p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        throw wrongType(p, ev, field, "a 64-bit integer");
    }

    static double readDouble(JsonParser p, String ev, String field) throws IOException {
        JsonToken t = p.nextToken();
        double d = doubleValue(p, t);
        if (d == d || isNaN(p, t)) {
            return d;
        }
        throw wrongType(p, ev, field, "a number");
    }

    /** The number at the parser, or NaN when it is not one; JSON has no NaN or infinity, so they travel as strings. */
    private static double doubleValue(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText();
            if (s.equals("Infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            if (s.equals("-Infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return Double.NaN;
    }

    private static boolean isNaN(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING && p.getText().equals("NaN");
    }

    static boolean readBoolean(JsonParser p, String ev, String field) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        throw wrongType(p, ev, field, "true or false");
    }

    static String readString(JsonParser p, String ev, String field) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw wrongType(p, ev, field, "a string");
    }

    static List<Integer> readInts(JsonParser p, String ev, String field) throws IOException {
        startArray(p, ev, field, "integers");
        List<Integer> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw wrongElement(p, ev, field, "32-bit integers", out.size());
            }
            out.add(p.getIntValue());
        }
        return Collections.unmodifiableList(out);
    }

    static List<Double> readDoubles(JsonParser p, String ev, String field) throws IOException {
        startArray(p, ev, field, "numbers");
        List<Double> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            double d = doubleValue(p, t);
            if (d != d && !isNaN(p, t)) {
                throw wrongElement(p, ev, field, "numbers", out.size());
            }
            out.add(d);
        }
        return Collections.unmodifiableList(out);
    }

    static List<String> readStrings(JsonParser p, String ev, String field) throws IOException {
        startArray(p, ev, field, "strings");
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw wrongElement(p, ev, field, "strings", out.size());
            }
            out.add(p.getText());
        }
        return Collections.unmodifiableList(out);
    }

    /** Skips the value of a field this reader does not know (newer minor versions may add fields). */
    static void skip(JsonParser p) throws IOException {
        p.nextToken();
        p.skipChildren();
    }

    private static void startArray(JsonParser p, String ev, String field, String elements) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw wrongType(p, ev, field, "an array of " + elements);
        }
    }

    private static TraceFormatException wrongType(JsonParser p, String ev, String field, String expected) throws IOException {
        return TraceFormatException.detail("event \"" + ev + "\" field \"" + field + "\" must be " + expected
                + ", found " + describe(p));
    }

    private static TraceFormatException wrongElement(JsonParser p, String ev, String field, String expected, int index)
            throws IOException {
        return TraceFormatException.detail("event \"" + ev + "\" field \"" + field + "\" must be an array of " + expected
                + ", found " + describe(p) + " at index " + index);
    }

    /** The current token in words, e.g. {@code a string "three"} or {@code the number 2.5}. */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case VALUE_STRING: return "a string " + quote(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "the number " + shorten(p.getText());
            case VALUE_TRUE: return "true";
            case VALUE_FALSE: return "false";
            case VALUE_NULL: return "null";
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }

    /** Jackson's reason for rejecting JSON, without its source location (the trace reader gives file and line). */
    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf(" (start marker at");
        m = cut >= 0 ? m.substring(0, cut) : m;
        cut = m.indexOf('\n');
        m = cut >= 0 ? m.substring(0, cut) : m;
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return column > 0 ? m + " (column " + column + ")" : m;
    }

    static String quote(String s) {
        return "\"" + shorten(s) + "\"";
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "…";
    }
}
