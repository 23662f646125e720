package org.reasoningexplorer.engine.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the final answer out of a model's text. The rules are tried in the order of {@link Rule}:
 * the last {@code \boxed{…}} (braces balanced, nesting allowed), a GSM8K "#### N" line, a PRM800K
 * "# Answer" heading, "The (final) answer is …", an "Answer: …" or "A: …" line, and finally the
 * last number. Any {@code <think>…</think>} block is removed first, so reasoning that is thrown
 * away does not supply the answer.
 */
public final class AnswerExtractor {
    /** Which rule found the answer, in the order they are tried. */
    public enum Rule {
        /** The last {@code \boxed{…}} or {@code \fbox{…}}. */
        BOXED,
        /** GSM8K's "#### N". */
        GSM8K_HASHES,
        /** PRM800K's "# Answer" heading followed by the answer. */
        ANSWER_HEADING,
        /** "The answer is …" or "the final answer is …". */
        THE_ANSWER_IS,
        /** A line "Answer: …", "Final answer: …" or "A: …" (GSM8K model solutions). */
        ANSWER_LABEL,
        /** The last number in the text. */
        LAST_NUMBER,
        /** Nothing looked like an answer. */
        NONE
    }

    /** An extracted answer ("" when none) and the rule that found it. */
    public record Extraction(String answer, Rule rule) {
        public boolean found() {
            return rule != Rule.NONE;
        }
    }

    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
    private static final Pattern HASHES = Pattern.compile("####\\s*([^\\n]+)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+\\s*Answer\\s*\\n+\\s*([^\\n]+)");
    private static final Pattern THE_ANSWER = Pattern.compile(
            "(?i)the\\s+(?:final\\s+)?answer\\s+is\\s*:?\\s*(.+?)\\s*(?:\\.\\s|\\.?$|\\n)", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(?im)^\\s*(?:\\*\\*)?(?:final\\s+answer|answer|a)\\s*:(?:\\*\\*)?\\s*(.+)$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?(?:/\\d+)?");
    private static final Pattern WORD = Pattern.compile("[^\\s$.,]+");
    private static final Pattern CALCULATOR = Pattern.compile("<<[^>]*>>");

    private AnswerExtractor() {
    }

    /**
     * The answer a step states explicitly (every rule but the last-number fallback), or null: how a
     * step-by-step generator tells that a solution has ended.
     */
    public static String stated(String text) {
        Extraction e = extract(text);
        return e.rule() == Rule.NONE || e.rule() == Rule.LAST_NUMBER ? null : e.answer();
    }

    /** The final answer in {@code text}, by the first rule that applies. */
    public static Extraction extract(String text) {
        String t = stripThinking(text == null ? "" : text);
        String boxed = lastBoxed(t);
        if (boxed != null) {
            return new Extraction(tidy(boxed), Rule.BOXED);
        }
        String m = last(HASHES, t);
        if (m != null) {
            return new Extraction(tidy(m), Rule.GSM8K_HASHES);
        }
        m = last(HEADING, t);
        if (m != null) {
            return new Extraction(tidy(m), Rule.ANSWER_HEADING);
        }
        m = last(THE_ANSWER, t);
        if (m != null && !tidy(m).isEmpty()) {
            return new Extraction(tidy(m), Rule.THE_ANSWER_IS);
        }
        m = last(LABEL, t);
        if (m != null && !tidy(m).isEmpty()) {
            return new Extraction(tidy(m), Rule.ANSWER_LABEL);
        }
        m = last(NUMBER, CALCULATOR.matcher(t).replaceAll(""));
        if (m != null) {
            return new Extraction(m.replaceAll(",+$", ""), Rule.LAST_NUMBER);
        }
        return new Extraction("", Rule.NONE);
    }

    /**
     * The text without reasoning blocks: every {@code <think>…</think>} is removed; text before an
     * unmatched {@code </think>} is dropped, and an unmatched {@code <think>} tag alone is removed.
     */
    public static String stripThinking(String text) {
        String t = THINK.matcher(text).replaceAll("");
        int close = t.lastIndexOf("</think>");
        if (close >= 0) {
            t = t.substring(close + "</think>".length());
        }
        return t.replace("<think>", "");
    }

    /** The content of the last complete, non-empty \boxed{…} (or \fbox{…}), or null. */
    static String lastBoxed(String t) {
        int from = t.length();
        while (from > 0) {
            int boxed = t.lastIndexOf("\\boxed", from - 1);
            int fbox = t.lastIndexOf("\\fbox", from - 1);
            int at = Math.max(boxed, fbox);
            if (at < 0) {
                return null;
            }
            int start = at + (at == boxed ? "\\boxed".length() : "\\fbox".length());
            int i = start;
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            if (i < t.length() && t.charAt(i) == '{') {
                int close = closingBrace(t, i);
                if (close > 0 && !t.substring(i + 1, close).isBlank()) {
                    return t.substring(i + 1, close);
                }
            } else if (i > start) {
                Matcher word = WORD.matcher(t);
                if (word.find(i) && word.start() == i) {
                    return word.group();
                }
            }
            from = at;
        }
        return null;
    }

    private static int closingBrace(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '{' || t.charAt(i + 1) == '}')) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String last(Pattern p, String t) {
        Matcher m = p.matcher(t);
        String found = null;
        while (m.find()) {
            found = m.groupCount() > 0 ? m.group(1) : m.group();
        }
        return found;
    }

    private static String tidy(String answer) {
        String a = answer.strip();
        while (a.endsWith(".") && !a.endsWith("..")) {
            a = a.substring(0, a.length() - 1).strip();
        }
        return a;
    }
}
