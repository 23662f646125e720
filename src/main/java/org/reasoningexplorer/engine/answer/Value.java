package org.reasoningexplorer.engine.answer;

import java.math.BigInteger;

/**
 * A number met while evaluating an answer: exact (a {@link BigRational}) as long as every step is
 * rational, otherwise a double. Exactness is what keeps "0.3333" apart from "1/3".
 */
record Value(BigRational exact, double approx) {
    static final Value NAN = new Value(null, Double.NaN);

    static Value of(BigRational r) {
        return r == null || r.tooBig() ? new Value(null, r == null ? Double.NaN : r.toDouble()) : new Value(r, r.toDouble());
    }

    static Value of(double d) {
        return new Value(null, d);
    }

    boolean isExact() {
        return exact != null;
    }

    Value add(Value o) {
        return isExact() && o.isExact() ? of(exact.add(o.exact)) : of(approx + o.approx);
    }

    Value subtract(Value o) {
        return isExact() && o.isExact() ? of(exact.subtract(o.exact)) : of(approx - o.approx);
    }

    Value multiply(Value o) {
        return isExact() && o.isExact() ? of(exact.multiply(o.exact)) : of(approx * o.approx);
    }

    Value divide(Value o) {
        if (isExact() && o.isExact()) {
            return o.exact.num().signum() == 0 ? NAN : of(exact.divide(o.exact));
        }
        return of(approx / o.approx);
    }

    Value negate() {
        return isExact() ? of(exact.negate()) : of(-approx);
    }

    Value pow(Value e) {
        if (isExact() && e.isExact() && e.exact.isInteger() && e.exact.num().bitLength() < 31) {
            int n = e.exact.num().intValue();
            if (n < 0 && exact.num().signum() == 0) {
                return NAN;
            }
            BigRational r = exact.pow(n);
            if (r != null) {
                return of(r);
            }
        }
        if (isExact() && e.isExact() && e.exact.den().equals(BigInteger.TWO)) {
            Value root = sqrt();
            if (root.isExact()) {
                return root.pow(of(new BigRational(e.exact.num(), BigInteger.ONE)));
            }
        }
        return of(Math.pow(approx, e.approx));
    }

    Value sqrt() {
        if (isExact()) {
            BigRational r = exact.sqrt();
            if (r != null) {
                return of(r);
            }
        }
        return of(Math.sqrt(approx));
    }

    Value factorial() {
        if (!isExact() || !exact.isInteger() || exact.num().signum() < 0 || exact.num().bitLength() > 10) {
            return NAN;
        }
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= exact.num().intValue(); i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return of(new BigRational(f, BigInteger.ONE));
    }

    /**
     * Whether two values are the same number: exactly when both are exact, otherwise within a
     * relative tolerance (see {@link MathAnswers#RELATIVE_TOLERANCE}); infinities match their own sign.
     */
    boolean sameAs(Value o) {
        if (isExact() && o.isExact()) {
            return exact.equals(o.exact);
        }
        double a = approx;
        double b = o.approx;
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= MathAnswers.RELATIVE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
