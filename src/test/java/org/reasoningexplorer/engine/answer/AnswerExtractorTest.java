package org.reasoningexplorer.engine.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.answer.AnswerExtractor.Rule;

class AnswerExtractorTest {
    private static void assertExtracts(String text, String answer, Rule rule) {
        AnswerExtractor.Extraction e = AnswerExtractor.extract(text);
        assertEquals(answer, e.answer(), text);
        assertEquals(rule, e.rule(), text);
    }

    @Test
    void theLastBoxedAnswerWinsAndItsBracesMayNest() {
        assertExtracts("First \\boxed{3}, then \\boxed{\\frac{1}{2}}.", "\\frac{1}{2}", Rule.BOXED);
        assertExtracts("So $\\boxed{\\left( \\frac{3}{2}, -13 \\right)}$", "\\left( \\frac{3}{2}, -13 \\right)", Rule.BOXED);
        assertExtracts("Answer is \\boxed{\\{1,2\\}} here", "\\{1,2\\}", Rule.BOXED);
        assertExtracts("\\fbox{42}", "42", Rule.BOXED);
        assertExtracts("so \\boxed 7.", "7", Rule.BOXED);
    }

    @Test
    void anUnclosedOrEmptyBoxIsSkipped() {
        assertExtracts("put it in \\boxed{}. The answer is 12.", "12", Rule.THE_ANSWER_IS);
        assertExtracts("\\boxed{5} and then \\boxed{6", "5", Rule.BOXED);
    }

    @Test
    void reasoningInsideThinkTagsIsIgnored() {
        assertExtracts("<think>maybe \\boxed{3}? no</think>The answer is 4.", "4", Rule.THE_ANSWER_IS);
        assertExtracts("prompt ... </think> final: \\boxed{9}", "9", Rule.BOXED);
        assertEquals("after", AnswerExtractor.stripThinking("<think>a</think>after"));
    }

    @Test
    void gsm8kHashesAnswerHeadingAndLabelsAreRead() {
        assertExtracts("She makes 9 * 2 = $<<9*2=18>>18\n#### 18", "18", Rule.GSM8K_HASHES);
        assertExtracts("So a pencil costs 29 cents.\n\n# Answer\n\n29", "29", Rule.ANSWER_HEADING);
        assertExtracts("Steps:\n4 + 5 = 9\nAnswer: (4 + 5) + 15 = 24", "(4 + 5) + 15 = 24", Rule.ANSWER_LABEL);
        assertExtracts("She makes 13 * 2 = $<<13*2=26>>26\nA: 26", "26", Rule.ANSWER_LABEL);
        assertExtracts("Thus the final answer is $\\frac{3}{4}$.", "$\\frac{3}{4}$", Rule.THE_ANSWER_IS);
        assertExtracts("The answer is 3.5.", "3.5", Rule.THE_ANSWER_IS);
    }

    @Test
    void theLastNumberIsTheFallbackAndCalculatorNotesAreNotNumbers() {
        assertExtracts("He has 3 apples and then 1,250 more", "1,250", Rule.LAST_NUMBER);
        assertExtracts("so 16 - 3 = <<16-3=13>>13 eggs", "13", Rule.LAST_NUMBER);
        assertExtracts("x is -2/3", "-2/3", Rule.LAST_NUMBER);
    }

    @Test
    void textWithoutAnAnswerGivesNone() {
        AnswerExtractor.Extraction e = AnswerExtractor.extract("no idea");
        assertEquals(Rule.NONE, e.rule());
        assertFalse(e.found());
        assertEquals("", AnswerExtractor.extract(null).answer());
    }
}
