package org.reasoningexplorer.engine.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalisation and equivalence of final answers to math problems, comparable to the PRM800K
 * grader: "\dfrac{1}{2}", "1/2" and "0.5" are one answer; "(1,2)" and "[1,2]" are not.
 *
 * <p>{@link #normalize} gives the voting key; {@link #equivalent} is the checker. Equal keys always
 * mean equivalent answers; the checker also accepts pairs whose keys differ, such as "2\sqrt{3}"
 * and "\sqrt{12}" (same value) or "x+1" and "1+x" (same polynomial). The rules, and where they
 * deliberately differ from the grader, are listed in docs/IMPORT_FORMATS.md ("Math answers"):
 * <ul>
 *   <li>Rational values compare exactly, so "0.3333" is not "1/3" and "0.5" is "1/2"; unreduced
 *       fractions and integers written as fractions ("2/4", "4/2") equal their value (the grader
 *       rejects them, because it grades simplification; votes need values).</li>
 *   <li>Irrational values (√, π, functions) compare in doubles within {@link #RELATIVE_TOLERANCE}:
 *       "1.414" is not "\sqrt{2}".</li>
 *   <li>A percent sign is dropped, as the grader does: "50\%" equals "50", not "0.5".</li>
 *   <li>Expressions with letters are compared at three fixed points per letter ("i" and "e" are
 *       plain letters); words of three or more letters compare as text.</li>
 * </ul>
 */
public final class MathAnswers {
    /** The relative tolerance for values that are not exact rationals. */
    public static final double RELATIVE_TOLERANCE = 1e-10;
    private static final Pattern TEXT = Pattern.compile("^\\(?[a-z]{2,}\\)?$");
    private static final int PROBES = 3;

    private MathAnswers() {
    }

    /**
     * The voting key of an answer: LaTeX wrappers, units and spacing removed, rational values written
     * as "p/q" (or an integer), tuples, intervals and matrices kept with their brackets.
     * Idempotent: normalising a key gives the key.
     */
    public static String normalize(String answer) {
        String cleaned = LatexCleaner.clean(answer);
        return cleaned.isEmpty() ? "" : key(AnswerShape.of(cleaned));
    }

    /** Whether two answers are the same answer; an empty answer equals nothing. */
    public static boolean equivalent(String a, String b) {
        String ca = LatexCleaner.clean(a);
        String cb = LatexCleaner.clean(b);
        if (ca.isEmpty() || cb.isEmpty()) {
            return false;
        }
        return ca.equals(cb) || same(AnswerShape.of(ca), AnswerShape.of(cb));
    }

    private static String key(AnswerShape shape) {
        if (shape instanceof AnswerShape.Leaf leaf) {
            return leafKey(leaf.text());
        }
        AnswerShape.Group g = (AnswerShape.Group) shape;
        StringBuilder sb = new StringBuilder(g.open());
        for (int i = 0; i < g.parts().size(); i++) {
            sb.append(i == 0 ? "" : g.separator()).append(key(g.parts().get(i)));
        }
        return sb.append(g.close()).toString();
    }

    private static String leafKey(String text) {
        if (TEXT.matcher(text).matches()) {
            return text;
        }
        try {
            MathExpression e = MathExpression.parse(text);
            if (e.variables().isEmpty()) {
                Value v = e.evaluate();
                if (v.isExact()) {
                    return v.exact().toString();
                }
            }
        } catch (IllegalArgumentException | ArithmeticException notAnExpression) {
            // kept as cleaned text
        }
        return text;
    }

    private static boolean same(AnswerShape a, AnswerShape b) {
        if (a instanceof AnswerShape.Leaf la && b instanceof AnswerShape.Leaf lb) {
            return sameLeaf(la.text(), lb.text());
        }
        if (a instanceof AnswerShape.Group ga && b instanceof AnswerShape.Group gb) {
            if (!ga.open().equals(gb.open()) || !ga.close().equals(gb.close()) || !ga.separator().equals(gb.separator())
                    || ga.parts().size() != gb.parts().size()) {
                return false;
            }
            List<AnswerShape> pa = ga.parts();
            for (int i = 0; i < pa.size(); i++) {
                if (!same(pa.get(i), gb.parts().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean sameLeaf(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (TEXT.matcher(a).matches() || TEXT.matcher(b).matches()) {
            return false;
        }
        try {
            MathExpression ea = MathExpression.parse(a);
            MathExpression eb = MathExpression.parse(b);
            if (!ea.variables().equals(eb.variables())) {
                return false;
            }
            if (ea.variables().isEmpty()) {
                return ea.evaluate().sameAs(eb.evaluate());
            }
            int agreeing = 0;
            for (int probe = 0; probe < PROBES; probe++) {
                double[] vars = probe(probe);
                Value x = ea.evaluateAt(vars);
                Value y = eb.evaluateAt(vars);
                if (Double.isNaN(x.approx()) && Double.isNaN(y.approx())) {
                    continue;
                }
                if (!x.sameAs(y)) {
                    return false;
                }
                agreeing++;
            }
            return agreeing > 0;
        } catch (IllegalArgumentException | ArithmeticException notAnExpression) {
            return false;
        }
    }

    /** Values for the letters a..z at one probe: distinct, irrational-looking, between 0.3 and 2.6. */
    private static double[] probe(int probe) {
        double[] vars = new double[26];
        for (int i = 0; i < vars.length; i++) {
            double frac = (i * 0.6180339887498949 + probe * 0.41421356237309515 + 0.1) % 1.0;
            vars[i] = 0.3 + 2.3 * frac;
        }
        return vars;
    }
}
