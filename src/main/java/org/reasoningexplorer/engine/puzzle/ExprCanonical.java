package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds {@link Expr#canonical()}: the associative-commutative normal form of an expression.
 *
 * <p>A sum is written as its positive terms sorted, then each negative term after " − "; a
 * product as its numerator factors sorted, then each denominator factor after " ÷ ". Plain
 * numbers sort first, numerically, then compound operands by their text. The result is itself a
 * valid expression with the same value.
 */
final class ExprCanonical {
    private static final Comparator<String> OPERAND_ORDER = ExprCanonical::compareOperands;

    private ExprCanonical() {
    }

    static String of(Expr e) {
        if (e instanceof Expr.Num) {
            return e.pretty();
        }
        Op op = ((Expr.Bin) e).op();
        List<String> plus = new ArrayList<>();
        List<String> minus = new ArrayList<>();
        if (op == Op.ADD || op == Op.SUB) {
            collect(e, true, true, plus, minus);
            return join(plus, " + ", minus, " − ");
        }
        collect(e, true, false, plus, minus);
        return join(plus, " × ", minus, " ÷ ");
    }

    private static void collect(Expr e, boolean positive, boolean additive, List<String> plus, List<String> minus) {
        if (e instanceof Expr.Bin) {
            Expr.Bin b = (Expr.Bin) e;
            boolean sameFamily = additive
                    ? b.op() == Op.ADD || b.op() == Op.SUB
                    : b.op() == Op.MUL || b.op() == Op.DIV;
            if (sameFamily) {
                boolean inverts = b.op() == Op.SUB || b.op() == Op.DIV;
                collect(b.left(), positive, additive, plus, minus);
                collect(b.right(), inverts != positive, additive, plus, minus);
                return;
            }
        }
        String text = of(e);
        boolean isSum = e instanceof Expr.Bin && ((Expr.Bin) e).op().precedence() == 1;
        if (!additive && isSum) {
            text = "(" + text + ")";
        }
        (positive ? plus : minus).add(text);
    }

    private static String join(List<String> plus, String plusSep, List<String> minus, String minusSep) {
        plus.sort(OPERAND_ORDER);
        minus.sort(OPERAND_ORDER);
        StringBuilder sb = new StringBuilder(String.join(plusSep, plus));
        for (String m : minus) {
            sb.append(minusSep).append(m);
        }
        return sb.toString();
    }

    private static int compareOperands(String a, String b) {
        boolean na = isPlainNumber(a);
        boolean nb = isPlainNumber(b);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isPlainNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
