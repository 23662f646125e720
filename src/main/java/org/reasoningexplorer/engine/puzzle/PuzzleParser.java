package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the command-line form of a custom puzzle for {@link Puzzle#parse(String)}. */
final class PuzzleParser {
    private static final String EXPECTED = "expected 2 to 6 whole numbers, optionally followed by a target,"
            + " e.g. '4 9 10 13', '4,9,10,13' or '3 7 25 50 -> 365'";
    private static final Pattern TARGET_SPLIT = Pattern.compile("->|=>|→|\\btarget\\b:?");

    private PuzzleParser() {
    }

    static Puzzle parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty puzzle; " + EXPECTED);
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TARGET_SPLIT.matcher(t);
        String numbersPart = t;
        int target = Puzzle.TWENTY_FOUR;
        if (m.find()) {
            numbersPart = t.substring(0, m.start());
            String targetPart = t.substring(m.end()).strip();
            if (targetPart.isEmpty() || TARGET_SPLIT.matcher(targetPart).find()) {
                throw new IllegalArgumentException("bad puzzle '" + text + "': the target after '" + m.group()
                        + "' must be one whole number; " + EXPECTED);
            }
            target = wholeNumber(targetPart, text);
        }
        List<Integer> numbers = new ArrayList<>();
        for (String token : numbersPart.split("[\\s,;]+")) {
            if (!token.isEmpty()) {
                numbers.add(wholeNumber(token, text));
            }
        }
        if (numbers.size() < Puzzle.MIN_NUMBERS || numbers.size() > Puzzle.MAX_NUMBERS) {
            throw new IllegalArgumentException("bad puzzle '" + text + "': found " + numbers.size()
                    + " numbers; " + EXPECTED);
        }
        try {
            return Puzzle.of(numbers, target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad puzzle '" + text + "': " + e.getMessage(), e);
        }
    }

    private static int wholeNumber(String token, String text) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad puzzle '" + text + "': '" + token
                    + "' is not a whole number; " + EXPECTED, e);
        }
    }
}
