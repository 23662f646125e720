package org.reasoningexplorer.engine.answer;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact fraction of arbitrary size, in lowest terms with a positive denominator: the exact side
 * of answer comparison, so that "0.3333" and "1/3" stay different and "10^{20}" does not overflow.
 */
record BigRational(BigInteger num, BigInteger den) implements Comparable<BigRational> {
    static final BigRational ZERO = new BigRational(BigInteger.ZERO, BigInteger.ONE);
    static final BigRational ONE = new BigRational(BigInteger.ONE, BigInteger.ONE);
    /** Results with more bits than this are not kept exact (the caller falls back to doubles). */
    static final int MAX_BITS = 4096;

    BigRational {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    static BigRational of(long n) {
        return new BigRational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** Parses a plain decimal such as "12", "0.5", ".35625" or "3." exactly. */
    static BigRational parseDecimal(String text) {
        BigDecimal d = new BigDecimal(text.startsWith(".") ? "0" + text : text.endsWith(".") ? text + "0" : text);
        if (d.scale() <= 0) {
            return new BigRational(d.toBigIntegerExact(), BigInteger.ONE);
        }
        return new BigRational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    BigRational add(BigRational o) {
        return new BigRational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    BigRational subtract(BigRational o) {
        return add(o.negate());
    }

    BigRational multiply(BigRational o) {
        return new BigRational(num.multiply(o.num), den.multiply(o.den));
    }

    BigRational divide(BigRational o) {
        return new BigRational(num.multiply(o.den), den.multiply(o.num));
    }

    BigRational negate() {
        return new BigRational(num.negate(), den);
    }

    boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    boolean tooBig() {
        return num.bitLength() > MAX_BITS || den.bitLength() > MAX_BITS;
    }

    /** This to an integer power, or null when the result would be too big to keep exact. */
    BigRational pow(int exponent) {
        long bits = (long) Math.max(num.bitLength(), den.bitLength()) * Math.abs((long) exponent);
        if (bits > MAX_BITS) {
            return null;
        }
        BigRational r = new BigRational(num.pow(Math.abs(exponent)), den.pow(Math.abs(exponent)));
        return exponent < 0 ? ONE.divide(r) : r;
    }

    /** The exact square root when numerator and denominator are perfect squares, else null. */
    BigRational sqrt() {
        if (num.signum() < 0) {
            return null;
        }
        BigInteger n = num.sqrt();
        BigInteger d = den.sqrt();
        return n.multiply(n).equals(num) && d.multiply(d).equals(den) ? new BigRational(n, d) : null;
    }

    double toDouble() {
        if (num.bitLength() < 1000 && den.bitLength() < 1000) {
            return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
        }
        return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL128).doubleValue();
    }

    @Override
    public int compareTo(BigRational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** "7", "-3/4": the form used in voting keys. */
    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}
