package org.reasoningexplorer.engine.puzzle;

/** One legal combination of two numbers, written {@code left op right = result}. */
public record Move(Op op, Rational left, Rational right, Rational result) {
    /** The arithmetic as a step would write it, e.g. "8 × 3 = 24". */
    public String equation() {
        return left + " " + op.symbol() + " " + right + " = " + result;
    }
}
