package org.reasoningexplorer.app.find;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * What to look for among the nodes: step text, an answer, or a score range such as "0.2-0.5",
 * "&gt;0.8" or "&lt;0.3". Matching ignores case.
 */
public record FindQuery(Mode mode, String text, double low, double high) {
    /** What a query is matched against. */
    public enum Mode { TEXT, ANSWER, SCORE }

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d*\\.?\\d+)\\s*(?:-|–|\\.\\.|to)\\s*(\\d*\\.?\\d+)\\s*");
    private static final Pattern BOUND = Pattern.compile("\\s*(>=|<=|>|<|=)?\\s*(\\d*\\.?\\d+)\\s*");

    /**
     * Parses the text typed for a mode; throws IllegalArgumentException when a score range cannot be read.
     */
    public static FindQuery parse(Mode mode, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (mode != Mode.SCORE) {
            return new FindQuery(mode, fold(t), Double.NaN, Double.NaN);
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            double a = Double.parseDouble(r.group(1));
            double b = Double.parseDouble(r.group(2));
            return new FindQuery(mode, t, Math.min(a, b), Math.max(a, b));
        }
        Matcher m = BOUND.matcher(t);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(2));
            String op = m.group(1) == null ? "=" : m.group(1);
            return switch (op) {
                case ">", ">=" -> new FindQuery(mode, t, v, Double.POSITIVE_INFINITY);
                case "<", "<=" -> new FindQuery(mode, t, Double.NEGATIVE_INFINITY, v);
                default -> new FindQuery(mode, t, v - 0.005, v + 0.005);
            };
        }
        throw new IllegalArgumentException("not a score range: " + t);
    }

    /**
     * Text as matched: lower case, single spaces, and the arithmetic signs people type (/ * x -)
     * equal to the ones steps are written with (÷ × −).
     */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            char d = switch (c) {
                case '÷' -> '/';
                case '×', 'x' -> '*';
                case '−', '–' -> '-';
                default -> c;
            };
            if (Character.isWhitespace(d)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(d);
        }
        return sb.toString();
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** Whether node {@code id} matches, reading the step text and answers from the tree and the score from the model. */
    /** Whether a step text matches this (text) query. */
    public boolean matchesText(String s) {
        return s != null && fold(s).contains(text);
    }

    public boolean matches(TraceTree tree, TreeModel model, int id) {
        switch (mode) {
            case TEXT:
                return matchesText(tree.text(id));
            case ANSWER:
                TraceTree.Answer a = tree.answer(id);
                return a != null && (fold(a.raw()).contains(text) || fold(a.normalized()).contains(text));
            default:
                double v = id < model.size() ? model.score(id) : Double.NaN;
                return !Double.isNaN(v) && v >= low && v <= high;
        }
    }
}
