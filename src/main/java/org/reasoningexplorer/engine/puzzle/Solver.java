package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact search over a puzzle's moves: whether a multiset of numbers can still reach a target,
 * and every distinct solution.
 *
 * <p>{@link #canReach} is memoised per instance on the sorted multiset, the target and the rules.
 * The memo is a {@link ConcurrentHashMap}, so one instance may be shared between threads: two
 * threads asking the same question at once both compute the same answer. The memo is cleared
 * when it exceeds {@link #MAX_MEMO} entries, which bounds memory in long sweeps.
 */
public final class Solver {
    /** Memo size above which the memo is cleared. */
    public static final int MAX_MEMO = 1 << 21;
    private static final Solver SHARED = new Solver();

    private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

    /** A solver with its own empty memo. */
    public Solver() {
    }

    /** A process-wide solver, for callers that do not want to manage one. */
    public static Solver shared() {
        return SHARED;
    }

    /** Every distinct solution (canonical text and one expression for it) and the distinct states seen. */
    public record Solutions(List<String> canonical, List<Expr> expressions, int statesExplored) {
        public Solutions {
            canonical = List.copyOf(canonical);
            expressions = List.copyOf(expressions);
        }

        /** Number of distinct canonical solutions. */
        public int count() {
            return canonical.size();
        }
    }

    /** True when {@code remaining}, combined by legal moves until one number is left, can equal {@code target}. */
    public boolean canReach(List<Rational> remaining, Rational target, Rules rules) {
        if (remaining.isEmpty()) {
            throw new IllegalArgumentException("canReach needs at least one number, got none");
        }
        Rational[] sorted = remaining.toArray(new Rational[0]);
        Arrays.sort(sorted);
        return reach(sorted, target, rules);
    }

    /** True when the puzzle has at least one solution. */
    public boolean isSolvable(Puzzle puzzle) {
        return canReach(puzzle.values(), puzzle.targetValue(), puzzle.rules());
    }

    /**
     * All distinct solutions, deduplicated by {@link Expr#canonical()} and sorted by it. The state
     * count is the number of distinct multisets generated while searching (the root included);
     * branches that {@link #canReach} rules out are generated but not entered.
     */
    public Solutions solutions(Puzzle puzzle) {
        List<Rational> values = puzzle.values();
        Expr[] exprs = new Expr[values.size()];
        for (int i = 0; i < exprs.length; i++) {
            exprs[i] = Expr.num(values.get(i));
        }
        Map<String, Expr> found = new TreeMap<>();
        Set<String> states = new HashSet<>();
        Rational[] start = values.toArray(new Rational[0]);
        states.add(key(sortedCopy(start), puzzle.targetValue(), puzzle.rules()));
        enumerate(start, exprs, puzzle.targetValue(), puzzle.rules(), found, states);
        return new Solutions(new ArrayList<>(found.keySet()), new ArrayList<>(found.values()), states.size());
    }

    private void enumerate(Rational[] vals, Expr[] exprs, Rational target, Rules rules,
                           Map<String, Expr> found, Set<String> states) {
        if (vals.length == 1) {
            if (vals[0].equals(target)) {
                found.putIfAbsent(exprs[0].canonical(), exprs[0]);
            }
            return;
        }
        for (int i = 0; i < vals.length; i++) {
            for (int j = i + 1; j < vals.length; j++) {
                for (Move m : rules.moves(vals[i], vals[j])) {
                    Rational[] nv = new Rational[vals.length - 1];
                    Expr[] ne = new Expr[vals.length - 1];
                    int k = 0;
                    for (int x = 0; x < vals.length; x++) {
                        if (x != i && x != j) {
                            nv[k] = vals[x];
                            ne[k++] = exprs[x];
                        }
                    }
                    boolean leftIsI = m.left().equals(vals[i]);
                    Expr l = leftIsI ? exprs[i] : exprs[j];
                    Expr r = leftIsI ? exprs[j] : exprs[i];
                    nv[k] = m.result();
                    ne[k] = Expr.of(m.op(), l, r);
                    Rational[] sortedNext = sortedCopy(nv);
                    states.add(key(sortedNext, target, rules));
                    if (reach(sortedNext, target, rules)) {
                        enumerate(nv, ne, target, rules, found, states);
                    }
                }
            }
        }
    }

    private boolean reach(Rational[] sorted, Rational target, Rules rules) {
        if (sorted.length == 1) {
            return sorted[0].equals(target);
        }
        if (sorted.length == 2) {
            for (Move m : rules.moves(sorted[0], sorted[1])) {
                if (m.result().equals(target)) {
                    return true;
                }
            }
            return false;
        }
        String key = key(sorted, target, rules);
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        boolean result = search(sorted, target, rules);
        if (memo.size() > MAX_MEMO) {
            memo.clear();
        }
        memo.put(key, result);
        return result;
    }

    private boolean search(Rational[] sorted, Rational target, Rules rules) {
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i].equals(sorted[i - 1])) {
                continue; // every pair starting here was already tried from the previous equal value
            }
            for (int j = i + 1; j < sorted.length; j++) {
                if (j > i + 1 && sorted[j].equals(sorted[j - 1])) {
                    continue; // the same pair of values was tried with the previous j
                }
                for (Move m : rules.moves(sorted[i], sorted[j])) {
                    if (reach(replace(sorted, i, j, m.result()), target, rules)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The sorted array with positions i and j replaced by {@code value}, still sorted. */
    private static Rational[] replace(Rational[] sorted, int i, int j, Rational value) {
        Rational[] out = new Rational[sorted.length - 1];
        int k = 0;
        boolean placed = false;
        for (int x = 0; x < sorted.length; x++) {
            if (x == i || x == j) {
                continue;
            }
            if (!placed && value.compareTo(sorted[x]) <= 0) {
                out[k++] = value;
                placed = true;
            }
            out[k++] = sorted[x];
        }
        if (!placed) {
            out[k] = value;
        }
        return out;
    }

    private static Rational[] sortedCopy(Rational[] values) {
        Rational[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    static String key(Rational[] sorted, Rational target, Rules rules) {
        StringBuilder sb = new StringBuilder(32);
        sb.append(rules.ordinal()).append('|').append(target);
        for (Rational r : sorted) {
            sb.append(',').append(r.num());
            if (r.den() != 1) {
                sb.append('/').append(r.den());
            }
        }
        return sb.toString();
    }
}
