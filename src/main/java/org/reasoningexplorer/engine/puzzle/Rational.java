package org.reasoningexplorer.engine.puzzle;

/**
 * An exact fraction {@code num/den}, always in lowest terms with a positive denominator.
 *
 * <p>Arithmetic uses {@link Math#multiplyExact} and friends, so an overflow throws
 * {@link ArithmeticException} instead of silently wrapping.
 */
public record Rational(long num, long den) implements Comparable<Rational> {
    /** Zero. */
    public static final Rational ZERO = new Rational(0, 1);
    /** One. */
    public static final Rational ONE = new Rational(1, 1);

    /** Normalises the fraction; a zero denominator is rejected. */
    public Rational {
        if (den == 0) {
            throw new ArithmeticException("denominator must not be 0 (numerator " + num + ")");
        }
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
    }

    /** The whole number {@code value}. */
    public static Rational of(long value) {
        return new Rational(value, 1);
    }

    /** The fraction {@code num/den}, normalised. */
    public static Rational of(long num, long den) {
        return new Rational(num, den);
    }

    /** Parses "3", "-3", "8/3" or "8 / 3"; names the expected form on error. */
    public static Rational parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                return of(Long.parseLong(t));
            }
            long n = Long.parseLong(t.substring(0, slash).trim());
            long d = Long.parseLong(t.substring(slash + 1).trim());
            if (d == 0) {
                throw new IllegalArgumentException("bad fraction '" + text + "': denominator is 0");
            }
            return of(n, d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "bad number '" + text + "'; expected an integer like 3 or a fraction like 8/3", e);
        }
    }

    public Rational add(Rational o) {
        if (den == o.den) {
            return new Rational(Math.addExact(num, o.num), den);
        }
        return new Rational(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                Math.multiplyExact(den, o.den));
    }

    public Rational sub(Rational o) {
        return add(o.negate());
    }

    public Rational mul(Rational o) {
        long g1 = gcd(Math.abs(num), o.den);
        long g2 = gcd(Math.abs(o.num), den);
        g1 = g1 == 0 ? 1 : g1;
        g2 = g2 == 0 ? 1 : g2;
        return new Rational(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
    }

    /** Exact quotient; dividing by zero throws {@link ArithmeticException}. */
    public Rational div(Rational o) {
        if (o.num == 0) {
            throw new ArithmeticException("division by zero: " + this + " / 0");
        }
        return mul(new Rational(o.den, o.num));
    }

    public Rational negate() {
        return new Rational(Math.negateExact(num), den);
    }

    public boolean isInteger() {
        return den == 1;
    }

    public int signum() {
        return Long.signum(num);
    }

    public boolean isZero() {
        return num == 0;
    }

    public double doubleValue() {
        return (double) num / den;
    }

    @Override
    public int compareTo(Rational o) {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
    }

    /** "3" for whole numbers, "8/3" otherwise, "-8/3" when negative. */
    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
