package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExprTest {
    private static String canon(String s) {
        return Expr.parse(s).canonical();
    }

    @Test
    void parsesAsciiAndUnicodeAnswersWithPrefixAndIgnoredSuffix() {
        Expr ascii = Expr.parse("(10 - 4) * (13 - 9) = 24");
        Expr unicode = Expr.parse("Answer: (10 − 4) × (13 − 9) = 24");
        assertEquals(ascii, unicode);
        assertEquals(Rational.of(24), ascii.evaluate());
        assertEquals(Rational.of(24), Expr.parse("answer: 8 ÷ (3 − 8 / 3) = 7").evaluate(),
                "the '= value' suffix is ignored");
    }

    @Test
    void evaluatesWithFractionsExactly() {
        assertEquals(Rational.of(24), Expr.parse("5 × (5 − 1 ÷ 5)").evaluate());
        assertEquals(Rational.of(8, 3), Expr.parse("8/3").evaluate());
    }

    @Test
    void respectsPrecedenceAndLeftAssociativity() {
        assertEquals(Rational.of(7), Expr.parse("1 + 2 * 3").evaluate());
        assertEquals(Rational.of(1), Expr.parse("8 - 4 - 3").evaluate());
        assertEquals(Rational.of(1), Expr.parse("8 / 4 / 2").evaluate());
    }

    @Test
    void leavesAreTheNumbersAsASortedMultiset() {
        assertEquals(List.of(Rational.of(4), Rational.of(9), Rational.of(10), Rational.of(13)),
                Expr.parse("(13 - 9) * (10 - 4)").leaves());
    }

    @Test
    void canonicalFormIgnoresOrderAndGroupingOfSumsAndProducts() {
        assertEquals(canon("(3×8)×(4−3)"), canon("(4−3)×(8×3)"));
        assertEquals(canon("(10 - 4) * (13 - 9)"), canon("(13 - 9) * (10 - 4)"));
        assertEquals(canon("1 + (2 + 3) + 4"), canon("(4 + 3) + (2 + 1)"));
        assertEquals(canon("13 - (9 - 4)"), canon("13 + 4 - 9"));
        assertEquals(canon("8 / (4 / 2)"), canon("8 * 2 / 4"));
    }

    @Test
    void canonicalFormKeepsGenuinelyDifferentExpressionsApart() {
        assertNotEquals(canon("(1 + 2) * 3"), canon("1 + 2 * 3"));
        assertNotEquals(canon("4 * (9 - 3)"), canon("4 * 9 - 3"));
        assertNotEquals(canon("(8 / 4) / 2"), canon("8 / (4 / 2)"));
        assertNotEquals(canon("10 - 4"), canon("4 - 10"));
        assertNotEquals(canon("6 * 4 * 1"), canon("6 * 4 / 1"));
        assertNotEquals(canon("(10 - 4) * (13 - 9)"), canon("4 * (9 + 10 - 13)"));
    }

    @Test
    void canonicalFormIsAnEquivalentExpressionAndAFixedPoint() {
        for (String s : List.of("(4−3)×(8×3)", "8 ÷ (3 − 8 ÷ 3)", "13 - (9 - 4) * 2", "5 × (5 − 1 ÷ 5)")) {
            Expr e = Expr.parse(s);
            Expr c = Expr.parse(e.canonical());
            assertEquals(e.evaluate(), c.evaluate(), s);
            assertEquals(e.canonical(), c.canonical(), s);
        }
        assertEquals("(10 − 4) × (13 − 9)", canon("(13 - 9) * (10 - 4)"));
    }

    @Test
    void prettyUsesUnicodeAndOnlyNeededParentheses() {
        assertEquals("8 × 3 × (4 − 3)", Expr.parse("((8 * 3) * (4 - 3))").pretty());
        assertEquals("8 ÷ (3 − 8 ÷ 3)", Expr.parse("8 / (3 - (8 / 3))").pretty());
        assertEquals("10 − (4 − 3)", Expr.parse("10 - (4 - 3)").pretty());
        assertEquals("(1 + 2) × 3", Expr.parse("(1 + 2) * 3").pretty());
        for (String s : List.of("10 - (4 - 3)", "12 / (6 / 3)", "(1 + 2) * (3 - 1)", "2 * 3 - 4 / 2")) {
            Expr e = Expr.parse(s);
            assertEquals(e.evaluate(), Expr.parse(e.pretty()).evaluate(), s);
        }
    }

    @Test
    void badAnswersGiveMessagesWithAnExample() {
        for (String bad : List.of("", "2 +", "abc", "(1 + 2", "1 2", "Answer:")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expr.parse(bad), bad);
            assertTrue(e.getMessage().contains("e.g."), e.getMessage());
        }
    }

    @Test
    void divisionByZeroIsAnArithmeticError() {
        assertThrows(ArithmeticException.class, () -> Expr.parse("4 / (2 - 2)").evaluate());
    }
}
