package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An arithmetic expression over the puzzle numbers, such as the expression of a final answer.
 *
 * <p>{@link #pretty()} prints it with Unicode operators and the fewest parentheses that keep its
 * value; {@link #canonical()} gives a normal form for deciding whether two answers are the same
 * solution (see {@link ExprCanonical}).
 */
public sealed interface Expr permits Expr.Num, Expr.Bin {

    /** A number written in the expression (a leaf). */
    record Num(Rational value) implements Expr {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return pretty();
        }
    }

    /** A binary operation {@code left op right}. */
    record Bin(Op op, Expr left, Expr right) implements Expr {
        public Bin {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return pretty();
        }
    }

    /** A leaf for the whole number {@code value}. */
    static Expr num(long value) {
        return new Num(Rational.of(value));
    }

    /** A leaf for {@code value}. */
    static Expr num(Rational value) {
        return new Num(value);
    }

    /** The expression {@code left op right}. */
    static Expr of(Op op, Expr left, Expr right) {
        return new Bin(op, left, right);
    }

    /**
     * Parses an answer such as "(10 - 4) * (13 - 9) = 24" or "Answer: (10 − 4) × (13 − 9) = 24".
     * ASCII and Unicode operators are accepted, as are an "Answer:" prefix and an "= value"
     * suffix, which is ignored. Throws {@link IllegalArgumentException} saying what was expected.
     */
    static Expr parse(String text) {
        return ExprParser.parse(text);
    }

    /** The exact value; throws {@link ArithmeticException} on division by zero or overflow. */
    default Rational evaluate() {
        if (this instanceof Bin) {
            Bin b = (Bin) this;
            return b.op().apply(b.left().evaluate(), b.right().evaluate());
        }
        return ((Num) this).value();
    }

    /** The numbers written in the expression, as a multiset sorted ascending. */
    default List<Rational> leaves() {
        List<Rational> out = new ArrayList<>();
        collectLeaves(this, out);
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }

    private static void collectLeaves(Expr e, List<Rational> out) {
        if (e instanceof Bin) {
            Bin b = (Bin) e;
            collectLeaves(b.left(), out);
            collectLeaves(b.right(), out);
        } else {
            out.add(((Num) e).value());
        }
    }

    /** Unicode operators (+ − × ÷) and only the parentheses the value needs, e.g. "8 × 3 × (4 − 3)". */
    default String pretty() {
        if (this instanceof Num) {
            Rational v = ((Num) this).value();
            return v.isInteger() && v.signum() >= 0 ? v.toString() : "(" + v + ")";
        }
        Bin b = (Bin) this;
        String left = b.left().pretty();
        String right = b.right().pretty();
        if (b.left() instanceof Bin && ((Bin) b.left()).op().precedence() < b.op().precedence()) {
            left = "(" + left + ")";
        }
        if (b.right() instanceof Bin) {
            Op r = ((Bin) b.right()).op();
            boolean sameLevelNonAssociative = r.precedence() == b.op().precedence()
                    && (b.op() == Op.SUB || b.op() == Op.DIV);
            if (r.precedence() < b.op().precedence() || sameLevelNonAssociative) {
                right = "(" + right + ")";
            }
        }
        return left + " " + b.op().symbol() + " " + right;
    }

    /**
     * The normal form: chains of + and − are flattened into one signed sum, chains of × and ÷ into
     * one product with a numerator and a denominator, and the operands of each are sorted. So
     * "(3 × 8) × (4 − 3)" and "(4 − 3) × (8 × 3)" give the same string, as do "a − (b − c)" and
     * "a + c − b"; expressions with a different shape of sums and products stay different.
     */
    default String canonical() {
        return ExprCanonical.of(this);
    }
}
