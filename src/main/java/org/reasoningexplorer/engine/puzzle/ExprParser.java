package org.reasoningexplorer.engine.puzzle;

import java.util.Locale;

/** Recursive-descent parser behind {@link Expr#parse(String)}: whole numbers, + − × ÷ and parentheses. */
final class ExprParser {
    private static final String EXAMPLE = "e.g. '(10 - 4) * (13 - 9) = 24' or 'Answer: (10 − 4) × (13 − 9) = 24'";

    private final String original;
    private final String text;
    private int pos;

    private ExprParser(String original, String text) {
        this.original = original;
        this.text = text;
    }

    static Expr parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("empty answer; expected an expression, " + EXAMPLE);
        }
        String t = input.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("answer:")) {
            t = t.substring("answer:".length());
        }
        int eq = t.indexOf('=');
        if (eq >= 0) {
            t = t.substring(0, eq);
        }
        ExprParser p = new ExprParser(input, t);
        Expr e = p.sum();
        p.skipSpaces();
        if (p.pos < p.text.length()) {
            throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
        }
        return e;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            Op op = peekOp();
            if (op != Op.ADD && op != Op.SUB) {
                return left;
            }
            pos++;
            left = Expr.of(op, left, product());
        }
    }

    private Expr product() {
        Expr left = factor();
        while (true) {
            Op op = peekOp();
            if (op != Op.MUL && op != Op.DIV) {
                return left;
            }
            pos++;
            left = Expr.of(op, left, factor());
        }
    }

    private Expr factor() {
        skipSpaces();
        if (pos >= text.length()) {
            throw error("expression ends early, a number or '(' was expected");
        }
        char c = text.charAt(pos);
        if (c == '(' || c == '[') {
            pos++;
            Expr inner = sum();
            skipSpaces();
            if (pos >= text.length() || (text.charAt(pos) != ')' && text.charAt(pos) != ']')) {
                throw error("missing ')'");
            }
            pos++;
            return inner;
        }
        if (!Character.isDigit(c)) {
            throw error("a number or '(' was expected but found '" + c + "'");
        }
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (digits.length() > 15) {
            throw error("number " + digits + " is too long");
        }
        return Expr.num(Long.parseLong(digits));
    }

    private Op peekOp() {
        skipSpaces();
        return pos < text.length() ? Op.ofSymbol(text.charAt(pos)) : null;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("cannot parse answer '" + original + "': " + what
                + " at position " + pos + "; expected an arithmetic expression, " + EXAMPLE);
    }
}
