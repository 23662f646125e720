package org.reasoningexplorer.engine.lab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A flat table for charts and files: named columns, rows of numbers, text and booleans, and a few
 * summary values (a peak, a caption). CSV holds the rows only (NaN as an empty cell); JSON is
 * {"summary": {...}, "rows": [{column: value, ...}, ...]} with NaN as null.
 */
public record LabTable(List<String> columns, List<List<Object>> rows, Map<String, Object> summary) {
    public LabTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells but the table has " + columns.size()
                        + " columns " + columns);
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    public void writeCsv(Writer out) throws IOException {
        out.write(String.join(",", columns));
        out.write('\n');
        for (List<Object> r : rows) {
            for (int j = 0; j < r.size(); j++) {
                if (j > 0) {
                    out.write(',');
                }
                out.write(csvCell(r.get(j)));
            }
            out.write('\n');
        }
        out.flush();
    }

    public void writeJson(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeObjectFieldStart("summary");
        for (Map.Entry<String, Object> e : summary.entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("rows");
        for (List<Object> r : rows) {
            g.writeStartObject();
            for (int j = 0; j < columns.size(); j++) {
                g.writeFieldName(columns.get(j));
                value(g, r.get(j));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null || v instanceof Double d && !Double.isFinite(d)) {
            g.writeNull();
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(v.toString());
        }
    }

    /** A cell as CSV text: numbers to 6 decimals without trailing zeros, NaN empty, text quoted when needed. */
    static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "";
            }
            String s = String.format(Locale.ROOT, "%.6f", d);
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return s.equals("-0") ? "0" : s;
        }
        String s = v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
