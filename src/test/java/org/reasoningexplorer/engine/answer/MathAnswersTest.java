package org.reasoningexplorer.engine.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Answer equivalence: pairs taken from MATH-500, PRM800K and the thought-anchors traces, and pairs that must stay apart. */
class MathAnswersTest {

    /** Equivalent pairs; most are spellings that occur in the shared data (MATH-500 gold answers, R1 traces). */
    static List<List<String>> equivalentPairs() {
        return List.of(
                List.of("\\frac{14}{3}", "14/3"),
                List.of("\\dfrac{1}{2}", "0.5"),
                List.of("\\frac{1}{2}", "1/2"),
                List.of("\\tfrac12", "0.50"),
                List.of("-\\frac{1} { 4027}", "-\\dfrac{1}{4027}"),
                List.of("-\\frac{5}{12}", "-\\dfrac{5}{12}"),
                List.of("10,\\!080", "10080"),
                List.of("\\$32,\\!348", "32348"),
                List.of("11,\\! 111,\\! 111,\\! 100", "11111111100"),
                List.of("58,500", "58500"),
                List.of("90^\\circ", "90"),
                List.of("30^{\\circ}", "30 degrees"),
                List.of("\\frac{270}7\\text{ degrees}", "270/7"),
                List.of("5.4 \\text{ cents}", "5.4"),
                List.of("15\\mbox{ cm}^2", "15"),
                List.of("864 \\mbox{ inches}^2", "864"),
                List.of("\\$18.90", "18.9"),
                List.of(".0000672", "0.0000672"),
                List.of("137 \\frac{1}{2}", "275/2"),
                List.of("1\\frac{4}{5}", "9/5"),
                List.of("7 3/4", "7.75"),
                List.of("\\frac 34", "3/4"),
                List.of("\\frac9{19}", "\\frac{9}{19}"),
                List.of("\\frac{2}{4}", "\\frac{1}{2}"),
                List.of("2\\sqrt{5}", "\\sqrt{20}"),
                List.of("2\\sqrt{3}", "\\sqrt{12}"),
                List.of("11\\sqrt2", "11\\sqrt{2}"),
                List.of("\\frac{\\sqrt{3}}{3}", "\\frac{1}{\\sqrt{3}}"),
                List.of("\\frac{3\\sqrt{3}}{4}", "0.75\\sqrt{3}"),
                List.of("12\\pi", "12 \\pi"),
                List.of("\\frac{20000}{\\pi}", "20000/\\pi"),
                List.of("y = 2x + 3", "3+2x"),
                List.of("y = -2x", "-2x"),
                List.of("x^5 - x^4 + x^3 - x^2 + x - 1", "(x-1)(x^4+x^2+1)"),
                List.of("\\frac{11+9a}{20}", "\\frac{11}{20}+\\frac{9a}{20}"),
                List.of("6r^2-4r-24", "2(3r^2-2r-12)"),
                List.of("-2 + 7i", "7i-2"),
                List.of("4210_{5}", "4210_5"),
                List.of("\\left( \\frac{3}{2}, -13 \\right)", "(1.5,-13)"),
                List.of("(3,4]", "(3, 4]"),
                List.of("\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "(0.6, 8/3]"),
                List.of("x \\in [-2,7]", "[-2,7]"),
                List.of("(-\\infty, 2) \\cup (3, \\infty)", "(-\\infty,2)\\cup(3,\\infty)"),
                List.of("\\text{(C)}", "C"),
                List.of("\\text{Evelyn}", "evelyn"),
                List.of("\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}",
                        "\\begin{pmatrix} -\\frac{1}{3} \\\\ \\frac{2}{3} \\\\ \\frac{5}{3} \\end{pmatrix}"),
                List.of("\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{bmatrix}-1&0\\\\0&-1\\end{bmatrix}"),
                List.of("\\{1\\pm\\sqrt{5},-2\\}", "\\{1 \\pm \\sqrt{5}, -2\\}"),
                List.of("50\\%", "50"),
                List.of("\\boxed{5}", "5"),
                List.of("$5$", "5"),
                List.of("2.0", "2"),
                List.of("1,000", "1000"),
                List.of("5!", "120"),
                List.of("2^{10}", "1024"),
                List.of("\\sqrt[3]{27}", "3"),
                List.of("10^{30}", "1000000000000000000000000000000"));
    }

    /** Pairs that must NOT be judged equal. */
    static List<List<String>> differentPairs() {
        return List.of(
                List.of("1/2", "2"),
                List.of("\\frac{1}{2}", "\\frac{1}{3}"),
                List.of("(1,2)", "[1,2]"),
                List.of("(1,2)", "[1,2)"),
                List.of("(1,2)", "(2,1)"),
                List.of("(1,2)", "1,2"),
                List.of("3, 5, 7", "3, 5"),
                List.of("10", "100"),
                List.of("x+1", "x-1"),
                List.of("x+1", "y+1"),
                List.of("\\sqrt{2}", "2"),
                List.of("0.3333", "1/3"),
                List.of("1.414", "\\sqrt{2}"),
                List.of("3.14", "\\pi"),
                List.of("50\\%", "0.5"),
                List.of("-\\frac{1}{4027}", "\\dfrac{1}{4027}"),
                List.of("6.17", "6.18"),
                List.of("2864", "2865"),
                List.of("204_5", "204_6"),
                List.of("\\text{east}", "\\text{west}"),
                List.of("\\text{Navin}", "\\text{Evelyn}"),
                List.of("1 \\pm \\sqrt{19}", "1+\\sqrt{19}"),
                List.of("\\begin{pmatrix}1\\\\2\\end{pmatrix}", "\\begin{pmatrix}2\\\\1\\end{pmatrix}"),
                List.of("(-\\infty, 0]", "(-\\infty, 0)"),
                List.of("2", ""),
                List.of("", ""),
                List.of("1,000", "1"));
    }

    @ParameterizedTest
    @MethodSource("equivalentPairs")
    void equivalentSpellingsOfOneAnswerAreEquivalentBothWays(List<String> pair) {
        assertTrue(MathAnswers.equivalent(pair.get(0), pair.get(1)), pair + " keys " + keys(pair));
        assertTrue(MathAnswers.equivalent(pair.get(1), pair.get(0)), pair + " reversed");
    }

    @ParameterizedTest
    @MethodSource("differentPairs")
    void differentAnswersAreNotEquivalent(List<String> pair) {
        assertFalse(MathAnswers.equivalent(pair.get(0), pair.get(1)), pair + " keys " + keys(pair));
        assertFalse(MathAnswers.equivalent(pair.get(1), pair.get(0)), pair + " reversed");
        if (!pair.get(0).isEmpty() || !pair.get(1).isEmpty()) {
            assertFalse(MathAnswers.normalize(pair.get(0)).equals(MathAnswers.normalize(pair.get(1))), pair + " share a key");
        }
    }

    @Test
    void rationalValuesShareOneKeyWrittenAsAReducedFraction() {
        for (String s : List.of("\\frac{1}{2}", "\\dfrac12", "1/2", "0.5", ".5", "\\frac{2}{4}", "$\\frac{1}{2}$")) {
            assertEquals("1/2", MathAnswers.normalize(s), s);
        }
        assertEquals("-13", MathAnswers.normalize("-13.0"));
        assertEquals("(3/2,-13)", MathAnswers.normalize("\\left( \\frac{3}{2}, -13 \\right)"));
        assertEquals("10080", MathAnswers.normalize("10,\\!080"));
    }

    @Test
    void keysOfIrrationalOrSymbolicAnswersAreTheirCleanedSpelling() {
        assertEquals("2\\sqrt{3}", MathAnswers.normalize("2 \\sqrt 3"));
        assertEquals("3+2x", MathAnswers.normalize("y = 3 + 2x"));
        assertEquals("\\{1\\pm\\sqrt{5},-2\\}", MathAnswers.normalize("\\{1\\pm\\sqrt{5},-2\\}"));
    }

    @Test
    void equalKeysImplyEquivalenceAndKeysAreIdempotent() {
        for (List<String> pair : equivalentPairs()) {
            for (String s : pair) {
                String key = MathAnswers.normalize(s);
                assertEquals(key, MathAnswers.normalize(key), s);
                assertTrue(MathAnswers.equivalent(s, key), s + " vs its key " + key);
            }
        }
    }

    private static List<String> keys(List<String> pair) {
        return List.of(MathAnswers.normalize(pair.get(0)), MathAnswers.normalize(pair.get(1)));
    }
}
