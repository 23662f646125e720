package org.reasoningexplorer.engine.run;

import org.reasoningexplorer.engine.puzzle.Expr;

/**
 * Normalises a puzzle answer for voting: the canonical form of its expression, so that answers
 * differing only by the order of operands or grouping of + and × fall into one cluster; text that
 * is not an expression is kept, trimmed, so it still forms its own cluster.
 */
public final class PuzzleAnswers {
    private PuzzleAnswers() {
    }

    public static String normalize(String answer) {
        if (answer == null) {
            return "";
        }
        try {
            return Expr.parse(answer).canonical();
        } catch (RuntimeException e) {
            return answer.trim();
        }
    }
}
