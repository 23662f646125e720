package org.reasoningexplorer.engine.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Writes sweep rows as CSV or JSON. */
public final class SweepTable {
    private static final String[] COLUMNS = {"strategy", "budget", "problems", "accuracy", "ci_low", "ci_high",
        "pass_at_1", "pass_at_n", "mean_steps", "mean_tokens", "mean_verifier_calls"};

    private SweepTable() {
    }

    public static void writeCsv(List<SweepResult> rows, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        for (SweepResult r : rows) {
            out.write(String.join(",", cells(r)));
            out.write('\n');
        }
        out.flush();
    }

    public static void writeJson(List<SweepResult> rows, Writer out) throws IOException {
        out.write("[\n");
        for (int i = 0; i < rows.size(); i++) {
            String[] c = cells(rows.get(i));
            out.write("  {");
            for (int j = 0; j < COLUMNS.length; j++) {
                String v = j == 0 ? "\"" + c[j] + "\"" : c[j].isEmpty() ? "null" : c[j];
                out.write((j == 0 ? "" : ", ") + "\"" + COLUMNS[j] + "\": " + v);
            }
            out.write(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        out.write("]\n");
        out.flush();
    }

    private static String[] cells(SweepResult r) {
        return new String[] {r.strategy(), Integer.toString(r.budget()), Integer.toString(r.problems()),
            num(r.accuracy().mean()), num(r.accuracy().low()), num(r.accuracy().high()), num(r.passAt1()), num(r.passAtN()),
            num(r.meanSteps()), num(r.meanTokens()), num(r.meanVerifierCalls())};
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
