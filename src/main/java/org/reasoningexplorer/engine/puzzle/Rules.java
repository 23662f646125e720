package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which combinations of two numbers a step may make. The step generator, the solver and the
 * answer checker all use {@link #moves}, so they agree on what is reachable.
 */
public enum Rules {
    /**
     * Game of 24 as in Tree of Thoughts: fractions are allowed (1 5 5 5 → 5 × (5 − 1 ÷ 5)),
     * differences are written larger minus smaller (never negative), and either number may be
     * divided by the other if the divisor is not zero. Allowing negative differences as well
     * changes no puzzle's solvability: both rules solve exactly the 1362 of the 1820 multisets of
     * 1..13 listed in ToT's 24.csv, so the simpler non-negative rule is used.
     */
    GAME24,
    /**
     * Countdown as in Stream of Search: whole numbers only, sums, products, the larger minus the
     * smaller (so never negative; equal numbers give 0) and the larger divided by the smaller when
     * that is exact and the smaller is not 0. Every number must be used.
     */
    COUNTDOWN;

    /**
     * Every legal move combining {@code a} and {@code b}, in a fixed order (+, ×, −, ÷). Operands
     * of +, × and − are written larger first; ÷ is written dividend first. Moves whose result
     * would overflow a {@code long} are left out.
     */
    public List<Move> moves(Rational a, Rational b) {
        Rational big = a.compareTo(b) >= 0 ? a : b;
        Rational small = big == a ? b : a;
        List<Move> out = new ArrayList<>(6);
        add(out, Op.ADD, big, small);
        add(out, Op.MUL, big, small);
        add(out, Op.SUB, big, small);
        if (this == COUNTDOWN) {
            if (!small.isZero() && big.isInteger() && small.isInteger() && big.num() % small.num() == 0) {
                add(out, Op.DIV, big, small);
            }
        } else {
            if (!small.isZero()) {
                add(out, Op.DIV, big, small);
            }
            if (!big.isZero() && !big.equals(small)) {
                add(out, Op.DIV, small, big);
            }
        }
        return out;
    }

    /**
     * True when {@code left op right} is a move these rules allow, as written (used to check
     * answers). The operands of + and × may be written in either order.
     */
    public boolean allows(Op op, Rational left, Rational right) {
        if (this == COUNTDOWN && (!left.isInteger() || !right.isInteger())) {
            return false;
        }
        for (Move m : moves(left, right)) {
            if (m.op() == op && (op.isCommutative() || m.left().equals(left) && m.right().equals(right))) {
                return true;
            }
        }
        return false;
    }

    /** Short lower-case name: "game24" or "countdown". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static void add(List<Move> out, Op op, Rational left, Rational right) {
        try {
            out.add(new Move(op, left, right, op.apply(left, right)));
        } catch (ArithmeticException overflowOrZero) {
            // An overflowing move is not offered: no puzzle here needs numbers beyond a long.
        }
    }
}
