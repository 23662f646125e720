package org.reasoningexplorer.engine.search.mcts;

/**
 * The rule that picks which child to walk into during selection, split into its two terms so a
 * reader can see why a child was chosen: exploitation (Q) and exploration.
 */
public interface TreePolicy {
    /** The two terms of a child's selection score. */
    record Terms(double exploitation, double exploration) {
        public double total() {
            return exploitation + exploration;
        }
    }

    /**
     * The score terms for a child with mean value q, prior p (normalised over its siblings),
     * visit count n, under a parent visited nParent times.
     */
    Terms terms(double q, double p, int nParent, int n);

    /** UCT: Q + c·√(ln N(s) / N(s,a)); unvisited children score +∞ so they go first. */
    record Uct(double c) implements TreePolicy {
        @Override
        public Terms terms(double q, double p, int nParent, int n) {
            if (n == 0) {
                return new Terms(q, Double.POSITIVE_INFINITY);
            }
            return new Terms(q, c * Math.sqrt(Math.log(nParent) / n));
        }
    }

    /** PUCT (AlphaZero): Q + c(s)·P·√N(s)/(1 + N(s,a)), c(s) = ln((1 + N(s) + cBase)/cBase) + cInit. */
    record Puct(double cBase, double cInit) implements TreePolicy {
        public double c(int nParent) {
            return Math.log((1.0 + nParent + cBase) / cBase) + cInit;
        }

        @Override
        public Terms terms(double q, double p, int nParent, int n) {
            return new Terms(q, c(nParent) * p * Math.sqrt(nParent) / (1.0 + n));
        }
    }
}
