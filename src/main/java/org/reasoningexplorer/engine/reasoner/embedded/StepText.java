package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.List;
import org.reasoningexplorer.engine.puzzle.Op;
import org.reasoningexplorer.engine.puzzle.Rational;

/** Writes step lines in the Tree-of-Thoughts format and counts their tokens. */
public final class StepText {
    private StepText() {
    }

    /** "8 × 3 = 24 (left: 1 4 24)": the left list is the numbers after the step, ascending. */
    public static String step(Rational left, Op op, Rational right, Rational written, List<Rational> leftAfter) {
        StringBuilder sb = new StringBuilder(40);
        sb.append(left).append(' ').append(op.symbol()).append(' ').append(right).append(" = ").append(written)
                .append(" (left:");
        for (Rational r : leftAfter) {
            sb.append(' ').append(r);
        }
        return sb.append(')').toString();
    }

    /**
     * A deterministic token count that mimics a BPE tokenizer: each run of up to three digits,
     * each word and each other non-space character is one token, plus one for the blank line
     * that ends the step. "8 × 3 = 24 (left: 1 4 24)" costs 13.
     */
    public static int tokens(String text) {
        int count = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                count += (i - start + 2) / 3;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                count++;
            } else {
                i++;
                count++;
            }
        }
        return count;
    }
}
