package org.reasoningexplorer.engine.verify;

import java.util.List;
import org.reasoningexplorer.engine.puzzle.Expr;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.puzzle.Rules;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;

/**
 * The exact outcome check for puzzle answers, as ToT's sympy check: the answer's expression
 * (any "Answer:" prefix and "= value" suffix ignored) must use exactly the puzzle's numbers and
 * evaluate exactly to the target. Under Countdown rules every operation must also be a legal
 * Countdown move (whole numbers, no negative differences, exact division), as Stream of Search
 * checks each operation. Unparseable answers are wrong; nothing throws.
 */
public final class ExactChecker implements Verifier.OutcomeChecker<PuzzleState> {

    /** A terminal state is correct when its answer is; a non-terminal state never is. */
    @Override
    public boolean isCorrect(PuzzleState terminal) {
        return terminal.isTerminal() && isCorrectAnswer(terminal.puzzle(), terminal.answer());
    }

    /** Whether {@code answer} (e.g. "(10 − 4) × (13 − 9) = 24") solves the puzzle. */
    public static boolean isCorrectAnswer(Puzzle puzzle, String answer) {
        if (answer == null) {
            return false;
        }
        try {
            Expr e = Expr.parse(answer);
            List<Rational> leaves = e.leaves();
            if (!leaves.equals(puzzle.values())) {
                return false;
            }
            if (puzzle.rules() == Rules.COUNTDOWN && !legalCountdown(e)) {
                return false;
            }
            return e.evaluate().equals(puzzle.targetValue());
        } catch (IllegalArgumentException | ArithmeticException unparseableOrUndefined) {
            return false;
        }
    }

    private static boolean legalCountdown(Expr e) {
        if (e instanceof Expr.Num) {
            return true;
        }
        Expr.Bin b = (Expr.Bin) e;
        return legalCountdown(b.left()) && legalCountdown(b.right())
                && Rules.COUNTDOWN.allows(b.op(), b.left().evaluate(), b.right().evaluate());
    }
}
