package org.reasoningexplorer.engine.metrics;

/** The UCT and PUCT selection scores of MCTS (REFERENCE.md, "MCTS for reasoning"). */
public final class MctsFormulas {
    /** AlphaZero's c_base in c(s) = ln((1 + N(s) + c_base)/c_base) + c_init. */
    public static final double PUCT_BASE = 19652.0;
    /** AlphaZero's c_init. */
    public static final double PUCT_INIT = 1.25;

    /** A selection score split into the value term and the exploration bonus. */
    public record Terms(double exploitation, double exploration) {
        /** The selection score: exploitation + exploration. */
        public double total() {
            return exploitation + exploration;
        }
    }

    private MctsFormulas() {
    }

    /** UCT: Q + c·√(ln N_parent / n), or +∞ for an unvisited child (n = 0), so it goes first. */
    public static double uct(double q, int nParent, int n, double c) {
        return uctTerms(q, nParent, n, c).total();
    }

    /** The two terms of {@link #uct}; an unvisited child has exploration +∞. */
    public static Terms uctTerms(double q, int nParent, int n, double c) {
        requireFinite("Q", q);
        requireCounts(nParent, n);
        if (!(c >= 0.0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("exploration constant c must be in [0, ∞) but was " + c);
        }
        if (n == 0) {
            return new Terms(q, Double.POSITIVE_INFINITY);
        }
        return new Terms(q, c * Math.sqrt(Math.log(nParent) / n));
    }

    /** AlphaZero's growing exploration rate c(s) = ln((1 + N_parent + 19652)/19652) + 1.25. */
    public static double puctC(int nParent) {
        return puctC(nParent, PUCT_BASE, PUCT_INIT);
    }

    /** c(s) = ln((1 + N_parent + cBase)/cBase) + cInit, with chosen constants. */
    public static double puctC(int nParent, double cBase, double cInit) {
        if (nParent < 0) {
            throw new IllegalArgumentException("parent visit count must be at least 0 but was " + nParent);
        }
        return Math.log1p((1.0 + nParent) / cBase) + cInit;
    }

    /** PUCT: Q + c(s)·P·√N_parent/(1 + n), with c(s) from {@link #puctC}. */
    public static double puct(double q, double prior, int nParent, int n) {
        return puctTerms(q, prior, nParent, n).total();
    }

    /** The two terms of {@link #puct}. */
    public static Terms puctTerms(double q, double prior, int nParent, int n) {
        return puctTerms(q, prior, nParent, n, PUCT_BASE, PUCT_INIT);
    }

    /** The two terms of PUCT with chosen c(s) constants. */
    public static Terms puctTerms(double q, double prior, int nParent, int n, double cBase, double cInit) {
        requireFinite("Q", q);
        if (!(prior >= 0.0 && prior <= 1.0)) {
            throw new IllegalArgumentException("prior P must be in [0, 1] but was " + prior);
        }
        requireCounts(nParent, n);
        return new Terms(q, puctC(nParent, cBase, cInit) * prior * Math.sqrt(nParent) / (1.0 + n));
    }

    private static void requireCounts(int nParent, int n) {
        if (n < 0 || n > nParent) {
            throw new IllegalArgumentException("visit counts must satisfy 0 ≤ n ≤ N_parent but were n=" + n
                    + ", N_parent=" + nParent);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + value);
        }
    }
}
