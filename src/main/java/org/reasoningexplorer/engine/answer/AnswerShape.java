package org.reasoningexplorer.engine.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a cleaned answer: one expression, or a group of parts with its brackets, such as
 * a tuple "(1,2)", an interval "(3,4]", a set "\{1,2\}", a union of intervals, a comma list "3,5,7"
 * or a matrix. Two answers can only be equal when their shapes match bracket for bracket.
 */
sealed interface AnswerShape {
    /** A single expression (or text), as cleaned. */
    record Leaf(String text) implements AnswerShape {
    }

    /**
     * Parts between {@code open} and {@code close}, separated by {@code separator}; for a matrix the
     * parts are rows, each a group of cells separated by "&".
     */
    record Group(String open, String close, String separator, List<AnswerShape> parts) implements AnswerShape {
    }

    String MATRIX_BEGIN = "\\begin{pmatrix}";
    String MATRIX_END = "\\end{pmatrix}";

    /** The shape of a cleaned answer. */
    static AnswerShape of(String s) {
        List<String> union = Braces.splitTopLevel(s, "\\cup");
        if (union != null && union.size() > 1) {
            return group("", "", "\\cup", union);
        }
        String matrix = s.replace("\\begin{bmatrix}", MATRIX_BEGIN).replace("\\end{bmatrix}", MATRIX_END);
        if (matrix.startsWith(MATRIX_BEGIN) && matrix.endsWith(MATRIX_END)) {
            String body = matrix.substring(MATRIX_BEGIN.length(), matrix.length() - MATRIX_END.length());
            List<String> rows = Braces.splitTopLevel(body, "\\\\");
            if (rows != null) {
                List<AnswerShape> parts = new ArrayList<>();
                for (String row : rows) {
                    List<String> cells = Braces.splitTopLevel(row, "&");
                    parts.add(cells == null ? new Leaf(row) : group("", "", "&", cells));
                }
                return new Group(MATRIX_BEGIN, MATRIX_END, "\\\\", parts);
            }
        }
        if (s.startsWith("\\{") && s.endsWith("\\}") && Braces.matching(s, 1) == s.length() - 1) {
            List<String> items = Braces.splitTopLevel(s.substring(2, s.length() - 2), ",");
            if (items != null) {
                return group("\\{", "\\}", ",", items);
            }
        }
        if (s.length() >= 2 && "([".indexOf(s.charAt(0)) >= 0 && ")]".indexOf(s.charAt(s.length() - 1)) >= 0
                && Braces.matching(s, 0) == s.length() - 1) {
            List<String> items = Braces.splitTopLevel(s.substring(1, s.length() - 1), ",");
            if (items != null && items.size() > 1) {
                return group(s.substring(0, 1), s.substring(s.length() - 1), ",", items);
            }
        }
        List<String> items = Braces.splitTopLevel(s, ",");
        if (items != null && items.size() > 1) {
            return group("", "", ",", items);
        }
        return new Leaf(s);
    }

    private static Group group(String open, String close, String separator, List<String> items) {
        List<AnswerShape> parts = new ArrayList<>(items.size());
        for (String item : items) {
            parts.add(of(item));
        }
        return new Group(open, close, separator, List.copyOf(parts));
    }
}
