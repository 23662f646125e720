package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RationalTest {
    @Test
    void isAlwaysInLowestTermsWithPositiveDenominator() {
        Rational r = Rational.of(6, -4);
        assertEquals(-3, r.num());
        assertEquals(2, r.den());
        assertEquals(Rational.of(0), Rational.of(0, -7));
        assertEquals(1, Rational.of(0, -7).den());
    }

    @Test
    void arithmeticIsExact() {
        Rational fifth = Rational.of(1).div(Rational.of(5));
        assertEquals(Rational.of(24), Rational.of(5).mul(Rational.of(5).sub(fifth)));
        assertEquals(Rational.of(8, 3), Rational.of(8).div(Rational.of(3)));
        assertEquals(Rational.of(24), Rational.of(8).div(Rational.of(3).sub(Rational.of(8, 3))));
        assertEquals(Rational.of(7, 6), Rational.of(1, 2).add(Rational.of(2, 3)));
    }

    @Test
    void printsWholeNumbersPlainAndFractionsWithASlash() {
        assertEquals("3", Rational.of(6, 2).toString());
        assertEquals("8/3", Rational.of(8, 3).toString());
        assertEquals("-8/3", Rational.of(8, -3).toString());
    }

    @Test
    void parsesWhatItPrints() {
        assertEquals(Rational.of(8, 3), Rational.parse("8/3"));
        assertEquals(Rational.of(-5), Rational.parse(" -5 "));
        assertEquals(Rational.of(2), Rational.parse("4 / 2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rational.parse("abc"));
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rational.parse("1/0"));
    }

    @Test
    void overflowAndDivisionByZeroThrowInsteadOfWrapping() {
        Rational big = Rational.of(Long.MAX_VALUE / 2 + 1);
        assertThrows(ArithmeticException.class, () -> big.add(big));
        assertThrows(ArithmeticException.class, () -> big.mul(Rational.of(3)));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.div(Rational.ZERO));
    }

    @Test
    void comparesByValue() {
        assertTrue(Rational.of(8, 3).compareTo(Rational.of(3)) < 0);
        assertTrue(Rational.of(-1, 2).compareTo(Rational.ZERO) < 0);
        assertTrue(Rational.of(4).isInteger());
        assertFalse(Rational.of(4, 3).isInteger());
    }
}
