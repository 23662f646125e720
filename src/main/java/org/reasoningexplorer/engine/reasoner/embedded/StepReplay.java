package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reasoningexplorer.engine.puzzle.Expr;
import org.reasoningexplorer.engine.puzzle.Op;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.puzzle.Rules;

/**
 * Applies a written step line to a state, e.g. to replay a Tree-of-Thoughts log or to build a
 * chain by hand in a test. "4 + 5 = 9 (left: 6 9 10)" combines a 4 and a 5 of the state into a
 * number written as 9; the "(left: …)" part is ignored and recomputed. A wrong result is kept as
 * written and marked as a slip. "Answer: …" finishes a state that has one number left.
 */
public final class StepReplay {
    private static final String NUMBER = "(-?\\d+(?:/\\d+)?)";
    private static final Pattern STEP = Pattern.compile(
            "^\\s*" + NUMBER + "\\s+([-+−*×/÷])\\s+" + NUMBER + "\\s*=\\s*" + NUMBER + "\\s*(?:\\(left:[^)]*\\))?\\s*$");
    private static final String EXPECTED = "expected a step like '8 × 3 = 24 (left: 1 4 24)' or, with one number"
            + " left, an answer like 'Answer: (10 − 4) × (13 − 9) = 24'";

    private StepReplay() {
    }

    /** The state after {@code line}; throws {@link IllegalArgumentException} naming what is wrong. */
    public static PuzzleState apply(PuzzleState state, String line) {
        if (state.isTerminal()) {
            throw new IllegalStateException("the chain has already answered; cannot add '" + line + "'");
        }
        String t = line == null ? "" : line.strip();
        if (t.regionMatches(true, 0, "answer:", 0, 7)) {
            return answer(state, t.substring(7).strip());
        }
        Matcher m = STEP.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read step '" + line + "'; " + EXPECTED);
        }
        if (state.remaining().size() < 2) {
            throw new IllegalArgumentException("step '" + line + "' needs two numbers but only "
                    + state.remaining() + " is left; " + EXPECTED);
        }
        Rational left = Rational.parse(m.group(1));
        Op op = Op.ofSymbol(m.group(2).charAt(0));
        Rational right = Rational.parse(m.group(3));
        Rational written = Rational.parse(m.group(4));
        int i = state.remaining().indexOf(left);
        int j = indexOfOther(state, right, i);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("step '" + line + "' uses " + left + " and " + right
                    + " but the numbers left are " + state.remaining());
        }
        Rules rules = state.puzzle().rules();
        if (!rules.allows(op, left, right)) {
            throw new IllegalArgumentException("step '" + line + "' is not a legal " + rules.label() + " move");
        }
        boolean ok = op.apply(left, right).equals(written);
        String text = StepText.step(left, op, right, written,
                StepMenu.leftAfter(state.remaining(), i, j, written));
        Expr e = Expr.of(op, state.expressions().get(i), state.expressions().get(j));
        return state.combine(Math.min(i, j), Math.max(i, j), written, e, text, ok);
    }

    private static PuzzleState answer(PuzzleState state, String answerText) {
        if (state.remaining().size() != 1) {
            throw new IllegalArgumentException("an answer comes when one number is left; the numbers left are "
                    + state.remaining());
        }
        boolean ok;
        try {
            int eq = answerText.lastIndexOf('=');
            ok = eq >= 0 && Expr.parse(answerText).evaluate().equals(Rational.parse(answerText.substring(eq + 1)));
        } catch (IllegalArgumentException | ArithmeticException unreadable) {
            ok = false;
        }
        return state.answered(answerText, ok);
    }

    private static int indexOfOther(PuzzleState state, Rational value, int not) {
        for (int x = 0; x < state.remaining().size(); x++) {
            if (x != not && state.remaining().get(x).equals(value)) {
                return x;
            }
        }
        return -1;
    }
}
