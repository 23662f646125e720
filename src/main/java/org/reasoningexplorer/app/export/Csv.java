package org.reasoningexplorer.app.export;

import java.util.List;

/** One CSV line (RFC 4180): fields quoted when they hold a comma, a quote or a line break. */
final class Csv {
    private Csv() {
    }

    static String line(List<?> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String field(Object value) {
        String s;
        if (value == null) {
            s = "";
        } else if (value instanceof Double d) {
            s = Double.isNaN(d) ? "" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        } else {
            s = value.toString();
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
