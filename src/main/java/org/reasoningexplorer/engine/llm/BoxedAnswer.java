package org.reasoningexplorer.engine.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a stated final answer from a step: the last \boxed{…}, "#### N", "The answer is …" or "Answer: …". */
public final class BoxedAnswer {
    private static final Pattern HASHES = Pattern.compile("####\\s*([^\\n]+)");
    private static final Pattern ANSWER_IS = Pattern.compile("(?i)(?:final answer is|the answer is|answer:)\\s*\\$?([^\\n$]+?)\\$?\\s*\\.?\\s*$",
            Pattern.MULTILINE);

    private BoxedAnswer() {
    }

    /** The answer stated in the text, or null when it states none. */
    public static String extract(String text) {
        if (text == null) {
            return null;
        }
        int at = text.lastIndexOf("\\boxed{");
        if (at >= 0) {
            int depth = 0;
            int start = at + 7;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        return text.substring(start, i).strip();
                    }
                    depth--;
                }
            }
        }
        Matcher m = HASHES.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        Matcher a = ANSWER_IS.matcher(text);
        String last = null;
        while (a.find()) {
            last = a.group(1).strip();
        }
        return last;
    }
}
