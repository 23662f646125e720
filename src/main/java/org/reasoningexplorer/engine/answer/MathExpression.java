package org.reasoningexplorer.engine.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * A small parser and evaluator for the answers math problems have: numbers, + − × ÷ ^, implicit
 * products ("2\sqrt{3}", "3x"), \frac, \sqrt (with an optional index), \pi, \infty, factorials,
 * trigonometric and log functions, and single-letter variables. Rational steps stay exact; the
 * rest is evaluated in doubles. Anything else (a word, "_", "\pm", an equation) is rejected with
 * {@link IllegalArgumentException}, and the caller falls back to comparing strings.
 */
final class MathExpression {
    /** A parsed expression; {@code vars} holds one value per letter a..z, or is null for exact evaluation. */
    private interface Node {
        Value eval(double[] vars);
    }

    private static final String[] COMMANDS = {"arcsin", "arccos", "arctan", "infty", "times", "frac", "sqrt", "cdot",
        "inf", "div", "sin", "cos", "tan", "cot", "sec", "csc", "log", "exp", "pi", "ln"};

    private final List<String> tokens;
    private int pos;
    private final Set<Character> variables = new TreeSet<>();
    private final Node root;

    private MathExpression(String text) {
        this.tokens = lex(text);
        this.root = expression();
        if (pos != tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + tokens.get(pos) + "' in " + text);
        }
    }

    /** Parses a cleaned answer (see {@link LatexCleaner}); throws IllegalArgumentException when it is not an expression. */
    static MathExpression parse(String cleaned) {
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        return new MathExpression(cleaned);
    }

    /** The letters used as variables, in order. */
    Set<Character> variables() {
        return variables;
    }

    /** The value with no variables bound: exact when every step is rational. */
    Value evaluate() {
        return root.eval(null);
    }

    /** The value with each letter bound to {@code vars[letter - 'a']}. */
    Value evaluateAt(double[] vars) {
        return root.eval(vars);
    }

    private static List<String> lex(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (c >= 'a' && c <= 'z') {
                int j = i;
                while (j < s.length() && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
                    j++;
                }
                if (j - i > 2) {
                    throw new IllegalArgumentException("a word, not an expression: " + s.substring(i, j));
                }
                for (int k = i; k < j; k++) {
                    out.add(String.valueOf(s.charAt(k)));
                }
                i = j;
            } else if (c == '\\') {
                String command = command(s, i + 1);
                out.add("\\" + command);
                i += 1 + command.length();
            } else if ("+-*/^()[]{}!".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("'" + c + "' is not part of an arithmetic expression");
            }
        }
        return out;
    }

    private static String command(String s, int at) {
        for (String name : COMMANDS) {
            if (s.startsWith(name, at)) {
                return name;
            }
        }
        throw new IllegalArgumentException("unsupported LaTeX command at " + s.substring(at - 1));
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : "";
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("the expression ends too early");
        }
        return tokens.get(pos++);
    }

    private void expect(String token) {
        String t = next();
        if (!t.equals(token)) {
            throw new IllegalArgumentException("expected '" + token + "', found '" + t + "'");
        }
    }

    private Node expression() {
        Node left = term();
        while (peek().equals("+") || peek().equals("-")) {
            boolean plus = next().equals("+");
            Node a = left;
            Node b = term();
            left = plus ? v -> a.eval(v).add(b.eval(v)) : v -> a.eval(v).subtract(b.eval(v));
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (true) {
            String t = peek();
            Node a = left;
            if (t.equals("*") || t.equals("\\cdot") || t.equals("\\times")) {
                next();
                Node b = unary();
                left = v -> a.eval(v).multiply(b.eval(v));
            } else if (t.equals("/") || t.equals("\\div")) {
                next();
                Node b = unary();
                left = v -> a.eval(v).divide(b.eval(v));
            } else if (startsPrimary(t)) {
                Node b = power();
                left = v -> a.eval(v).multiply(b.eval(v));
            } else {
                return left;
            }
        }
    }

    private static boolean startsPrimary(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return Character.isDigit(c) || c == '.' || c >= 'a' && c <= 'z' || c == '(' || c == '[' || c == '{'
                || c == '\\' && !t.equals("\\cdot") && !t.equals("\\times") && !t.equals("\\div");
    }

    private Node unary() {
        if (peek().equals("-")) {
            next();
            Node a = unary();
            return v -> a.eval(v).negate();
        }
        if (peek().equals("+")) {
            next();
            return unary();
        }
        return power();
    }

    private Node power() {
        Node base = postfix();
        if (!peek().equals("^")) {
            return base;
        }
        next();
        Node exponent;
        if (peek().equals("-")) {
            next();
            Node e = argument();
            exponent = v -> e.eval(v).negate();
        } else {
            exponent = argument();
        }
        return v -> base.eval(v).pow(exponent.eval(v));
    }

    private Node postfix() {
        Node p = primary();
        while (peek().equals("!")) {
            next();
            Node a = p;
            p = v -> a.eval(v).factorial();
        }
        return p;
    }

    /** A LaTeX argument: a braced group, or one digit, letter or command (so "\frac12" is 1/2 and "x^23" is x²·3). */
    private Node argument() {
        String t = peek();
        if (t.equals("{")) {
            next();
            Node e = expression();
            expect("}");
            return e;
        }
        if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && t.length() > 1) {
            tokens.set(pos, t.substring(1));
            return number(t.substring(0, 1));
        }
        return primary();
    }

    private Node primary() {
        String t = next();
        char c = t.charAt(0);
        if (Character.isDigit(c) || c == '.') {
            return number(t);
        }
        if (c >= 'a' && c <= 'z') {
            char letter = c;
            variables.add(letter);
            return v -> v == null ? Value.NAN : Value.of(v[letter - 'a']);
        }
        if (t.equals("(") || t.equals("[") || t.equals("{")) {
            Node e = expression();
            expect(t.equals("(") ? ")" : t.equals("[") ? "]" : "}");
            return e;
        }
        return switch (t) {
            case "\\pi" -> v -> Value.of(Math.PI);
            case "\\infty", "\\inf" -> v -> Value.of(Double.POSITIVE_INFINITY);
            case "\\frac" -> {
                Node num = argument();
                Node den = argument();
                yield v -> num.eval(v).divide(den.eval(v));
            }
            case "\\sqrt" -> sqrt();
            case "\\sin" -> function(Math::sin);
            case "\\cos" -> function(Math::cos);
            case "\\tan" -> function(Math::tan);
            case "\\cot" -> function(x -> 1 / Math.tan(x));
            case "\\sec" -> function(x -> 1 / Math.cos(x));
            case "\\csc" -> function(x -> 1 / Math.sin(x));
            case "\\arcsin" -> function(Math::asin);
            case "\\arccos" -> function(Math::acos);
            case "\\arctan" -> function(Math::atan);
            case "\\ln", "\\log" -> function(Math::log);
            case "\\exp" -> function(Math::exp);
            default -> throw new IllegalArgumentException("unexpected '" + t + "'");
        };
    }

    private Node sqrt() {
        if (peek().equals("[")) {
            next();
            Node index = expression();
            expect("]");
            Node radicand = argument();
            return v -> radicand.eval(v).pow(Value.of(BigRational.ONE).divide(index.eval(v)));
        }
        Node radicand = argument();
        return v -> radicand.eval(v).sqrt();
    }

    private Node function(DoubleUnaryOperator f) {
        Node arg = peek().equals("{") || peek().equals("(") ? primary() : power();
        return v -> Value.of(f.applyAsDouble(arg.eval(v).approx()));
    }

    private static Node number(String text) {
        BigRational r;
        try {
            r = BigRational.parseDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number '" + text + "'", e);
        }
        Value value = Value.of(r);
        return v -> value;
    }
}
