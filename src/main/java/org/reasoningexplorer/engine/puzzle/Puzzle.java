package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A checkable arithmetic puzzle: combine all {@code numbers} with + − × ÷ under {@code rules}
 * to make {@code target}. Numbers are kept sorted ascending; {@code id} is e.g. "24:4-9-10-13"
 * for the Game of 24 or "cd:3-7-25-50->365" for Countdown.
 */
public record Puzzle(Rules rules, List<Integer> numbers, int target, String id) {
    /** The Game-of-24 target. */
    public static final int TWENTY_FOUR = 24;
    /** Fewest numbers a puzzle may have. */
    public static final int MIN_NUMBERS = 2;
    /** Most numbers a puzzle may have. */
    public static final int MAX_NUMBERS = 6;
    /** Largest number or target accepted, so that no search overflows. */
    public static final int MAX_VALUE = 1_000_000;

    /** Validates and sorts the numbers; a null or blank id is replaced by the standard one. */
    public Puzzle {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(numbers, "numbers");
        if (numbers.size() < MIN_NUMBERS || numbers.size() > MAX_NUMBERS) {
            throw new IllegalArgumentException("a puzzle needs " + MIN_NUMBERS + " to " + MAX_NUMBERS
                    + " numbers, got " + numbers.size() + ": " + numbers);
        }
        List<Integer> sorted = new ArrayList<>(numbers);
        for (Integer n : sorted) {
            if (n == null || n < 1 || n > MAX_VALUE) {
                throw new IllegalArgumentException("puzzle numbers must be whole numbers from 1 to " + MAX_VALUE
                        + ", got " + n + " in " + numbers);
            }
        }
        if (target < 0 || target > MAX_VALUE) {
            throw new IllegalArgumentException("target must be from 0 to " + MAX_VALUE + ", got " + target);
        }
        Collections.sort(sorted);
        numbers = Collections.unmodifiableList(sorted);
        if (id == null || id.isBlank()) {
            id = standardId(rules, numbers, target);
        }
    }

    /** A Game-of-24 puzzle (target 24, {@link Rules#GAME24}). */
    public static Puzzle game24(int... numbers) {
        List<Integer> list = new ArrayList<>();
        for (int n : numbers) {
            list.add(n);
        }
        return new Puzzle(Rules.GAME24, list, TWENTY_FOUR, null);
    }

    /** A Countdown puzzle ({@link Rules#COUNTDOWN}). */
    public static Puzzle countdown(List<Integer> numbers, int target) {
        return new Puzzle(Rules.COUNTDOWN, numbers, target, null);
    }

    /**
     * A puzzle with the rules chosen by the documented rule: exactly 4 numbers, all in 1..13,
     * with target 24 is the Game of 24 ({@link Rules#GAME24}, fractions allowed); anything else
     * is Countdown ({@link Rules#COUNTDOWN}, whole numbers only).
     */
    public static Puzzle of(List<Integer> numbers, int target) {
        boolean game24 = target == TWENTY_FOUR && numbers.size() == 4
                && numbers.stream().allMatch(n -> n != null && n >= 1 && n <= 13);
        return new Puzzle(game24 ? Rules.GAME24 : Rules.COUNTDOWN, numbers, target, null);
    }

    /**
     * Parses a custom puzzle: "4 9 10 13" or "4,9,10,13" (target 24), or numbers followed by a
     * target as "3 7 25 50 -> 365", "3 7 25 50 => 365" or "3 7 25 50 target 365". The rules then
     * follow {@link #of(List, int)}.
     */
    public static Puzzle parse(String text) {
        return PuzzleParser.parse(text);
    }

    /** The rules-and-numbers statement shown to the reasoner, e.g. "Use 4 9 10 13 and + − × ÷ to make 24". */
    public String text() {
        String base = "Use " + numbersText() + " and + − × ÷ to make " + target;
        return rules == Rules.COUNTDOWN ? base + " (whole numbers only, each number once)" : base;
    }

    /** The numbers separated by spaces, e.g. "4 9 10 13". */
    public String numbersText() {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** The numbers as exact rationals. */
    public List<Rational> values() {
        return numbers.stream().map(n -> Rational.of(n)).collect(Collectors.toUnmodifiableList());
    }

    /** The target as an exact rational. */
    public Rational targetValue() {
        return Rational.of(target);
    }

    private static String standardId(Rules rules, List<Integer> numbers, int target) {
        String joined = numbers.stream().map(String::valueOf).collect(Collectors.joining("-"));
        if (rules == Rules.GAME24 && target == TWENTY_FOUR) {
            return "24:" + joined;
        }
        return (rules == Rules.GAME24 ? "g24:" : "cd:") + joined + "->" + target;
    }
}
