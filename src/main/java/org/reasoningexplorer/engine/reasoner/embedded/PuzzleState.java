package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.reasoningexplorer.engine.puzzle.Expr;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.reasoner.ReasoningState;

/**
 * An immutable partial chain of the embedded reasoner on one puzzle.
 *
 * <p>The remaining numbers are the values as written: after an arithmetic slip the wrong value is
 * carried forward, as it is in real LLM chains, while {@link #expressions()} records the true
 * expression that built each of them (used for the final answer). Two states are equal when they
 * are on the same puzzle and have the same step texts.
 */
public final class PuzzleState implements ReasoningState {
    private final Puzzle puzzle;
    private final List<Rational> remaining;
    private final List<Expr> expressions;
    private final List<String> steps;
    private final List<Boolean> arithmeticOk;
    private final String answer;

    private PuzzleState(Puzzle puzzle, List<Rational> remaining, List<Expr> expressions, List<String> steps,
                        List<Boolean> arithmeticOk, String answer) {
        this.puzzle = puzzle;
        this.remaining = remaining;
        this.expressions = expressions;
        this.steps = steps;
        this.arithmeticOk = arithmeticOk;
        this.answer = answer;
    }

    /** The state before any step. */
    public static PuzzleState initial(Puzzle puzzle) {
        Objects.requireNonNull(puzzle, "puzzle");
        List<Expr> exprs = puzzle.values().stream().map(Expr::num).collect(Collectors.toUnmodifiableList());
        return new PuzzleState(puzzle, puzzle.values(), exprs, List.of(), List.of(), null);
    }

    /**
     * The state after combining remaining numbers {@code i} and {@code j} (indices into
     * {@link #remaining()}) into a number written as {@code written}, built by {@code expr}.
     */
    PuzzleState combine(int i, int j, Rational written, Expr expr, String stepText, boolean ok) {
        List<Rational> values = new ArrayList<>(remaining.size() - 1);
        List<Expr> exprs = new ArrayList<>(remaining.size() - 1);
        int insertAt = -1;
        for (int x = 0; x < remaining.size(); x++) {
            if (x == i || x == j) {
                continue;
            }
            if (insertAt < 0 && written.compareTo(remaining.get(x)) < 0) {
                insertAt = values.size();
                values.add(written);
                exprs.add(expr);
            }
            values.add(remaining.get(x));
            exprs.add(expressions.get(x));
        }
        if (insertAt < 0) {
            values.add(written);
            exprs.add(expr);
        }
        return new PuzzleState(puzzle, Collections.unmodifiableList(values), Collections.unmodifiableList(exprs),
                append(steps, stepText), append(arithmeticOk, ok), null);
    }

    /** The terminal state after the answer line {@code "Answer: " + answerText}. */
    PuzzleState answered(String answerText, boolean ok) {
        return new PuzzleState(puzzle, remaining, expressions, append(steps, "Answer: " + answerText),
                append(arithmeticOk, ok), answerText);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return Collections.unmodifiableList(out);
    }

    public Puzzle puzzle() {
        return puzzle;
    }

    /** The remaining numbers as written, ascending (after a slip, the wrong value). */
    public List<Rational> remaining() {
        return remaining;
    }

    /** The true expression behind each remaining number, aligned with {@link #remaining()}. */
    public List<Expr> expressions() {
        return expressions;
    }

    /** The step texts written so far, the answer line last when terminal. */
    public List<String> steps() {
        return steps;
    }

    /** For each step, whether its arithmetic was right (for the answer line: whether its claimed value is the expression's value). */
    public List<Boolean> arithmeticOk() {
        return arithmeticOk;
    }

    /** The last step's text, or null before any step. */
    public String lastStep() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** Whether the last step's arithmetic was right; true before any step. */
    public boolean lastStepArithmeticOk() {
        return arithmeticOk.isEmpty() || arithmeticOk.get(arithmeticOk.size() - 1);
    }

    /** Whether every step so far had right arithmetic. */
    public boolean allArithmeticOk() {
        return !arithmeticOk.contains(Boolean.FALSE);
    }

    /** The chain as text: the steps separated by blank lines (REFERENCE.md's step boundary). */
    public String chainText() {
        return String.join("\n\n", steps);
    }

    /** The written value when exactly one number is left, else null. */
    public Rational finalValue() {
        return remaining.size() == 1 ? remaining.get(0) : null;
    }

    @Override
    public int depth() {
        return steps.size();
    }

    @Override
    public boolean isTerminal() {
        return answer != null;
    }

    /** The answer line without "Answer: ", e.g. "(10 − 4) × (13 − 9) = 24"; null while not terminal. */
    @Override
    public String answer() {
        return answer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PuzzleState && ((PuzzleState) o).puzzle.equals(puzzle) && ((PuzzleState) o).steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return 31 * puzzle.hashCode() + steps.hashCode();
    }

    @Override
    public String toString() {
        return puzzle.id() + (steps.isEmpty() ? "" : " | " + String.join(" | ", steps));
    }
}
