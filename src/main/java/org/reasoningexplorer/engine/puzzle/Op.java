package org.reasoningexplorer.engine.puzzle;

/** The four arithmetic operations of the puzzles, with the Unicode symbol used in step texts. */
public enum Op {
    ADD("+", 1),
    SUB("−", 1),
    MUL("×", 2),
    DIV("÷", 2);

    private final String symbol;
    private final int precedence;

    Op(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The Unicode symbol: + − × ÷. */
    public String symbol() {
        return symbol;
    }

    /** 1 for + and −, 2 for × and ÷. */
    public int precedence() {
        return precedence;
    }

    /** True for + and ×. */
    public boolean isCommutative() {
        return this == ADD || this == MUL;
    }

    /** Applies the operation exactly; throws {@link ArithmeticException} on overflow or division by zero. */
    public Rational apply(Rational a, Rational b) {
        switch (this) {
            case ADD:
                return a.add(b);
            case SUB:
                return a.sub(b);
            case MUL:
                return a.mul(b);
            default:
                return a.div(b);
        }
    }

    /** The operation for an ASCII or Unicode operator character, or null. */
    public static Op ofSymbol(char c) {
        switch (c) {
            case '+':
                return ADD;
            case '-':
            case '−':
            case '–':
                return SUB;
            case '*':
            case '×':
            case '·':
            case '⋅':
                return MUL;
            case '/':
            case '÷':
                return DIV;
            default:
                return null;
        }
    }
}
