package org.reasoningexplorer.engine.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** How imported solutions are cut into steps. */
final class Steps {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private Steps() {
    }

    /**
     * Steps of a free-form solution: paragraphs when it has blank lines (the usual step boundary),
     * else lines, else sentences. Pieces are trimmed and empty ones dropped; an empty solution is one empty step.
     */
    static List<String> of(String solution) {
        String text = solution == null ? "" : solution.strip();
        List<String> pieces = text.contains("\n\n") || BLANK_LINE.matcher(text).find() ? split(BLANK_LINE, text)
                : text.contains("\n") ? split(Pattern.compile("\\n"), text) : split(SENTENCE_END, text);
        if (pieces.isEmpty()) {
            pieces.add("");
        }
        return pieces;
    }

    /** One step per non-blank line, trimmed; an empty solution is one empty step. */
    static List<String> lines(String solution) {
        List<String> out = split(Pattern.compile("\\n"), solution == null ? "" : solution);
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /**
     * Steps exactly as search-and-learn's PRMs see them: the text split at every "\n\n", with a
     * trailing empty piece dropped, so that one PRM score per step lines up.
     */
    static List<String> atBlankLines(String completion) {
        String text = completion == null ? "" : completion;
        List<String> pieces = new ArrayList<>(Arrays.asList(text.split("\n\n", -1)));
        if (pieces.size() > 1 && pieces.get(pieces.size() - 1).isEmpty()) {
            pieces.remove(pieces.size() - 1);
        }
        return pieces;
    }

    private static List<String> split(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (String piece : p.split(text)) {
            if (!piece.isBlank()) {
                out.add(piece.strip());
            }
        }
        return out;
    }

    /**
     * Tokens per step when only the chain's total is known: shared in proportion to step length,
     * rounded so that they add up to the total exactly.
     */
    static int[] shareTokens(List<String> steps, long total) {
        int[] out = new int[steps.size()];
        long chars = 0;
        for (String s : steps) {
            chars += Math.max(1, s.length());
        }
        long given = 0;
        long seen = 0;
        for (int i = 0; i < out.length; i++) {
            seen += Math.max(1, steps.get(i).length());
            long upTo = Math.round((double) total * seen / chars);
            out[i] = (int) (upTo - given);
            given = upTo;
        }
        return out;
    }
}
