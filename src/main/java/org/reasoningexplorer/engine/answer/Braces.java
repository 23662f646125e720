package org.reasoningexplorer.engine.answer;

import java.util.ArrayList;
import java.util.List;

/** Bracket matching and top-level splitting for answer strings; (, [ and { nest alike, so "(3,4]" is one group. */
final class Braces {
    private Braces() {
    }

    /** The index of the bracket that closes the one at {@code open}, or -1 when it is never closed. */
    static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The parts of s between occurrences of {@code separator} outside every bracket, or null when brackets do not balance. */
    static List<String> splitTopLevel(String s, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            } else if (depth == 0 && s.startsWith(separator, i)) {
                parts.add(s.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        parts.add(s.substring(start));
        return parts;
    }
}
