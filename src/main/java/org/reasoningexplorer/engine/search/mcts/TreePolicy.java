package org.reasoningexplorer.engine.search.mcts;

import org.reasoningexplorer.engine.metrics.MctsFormulas;

/**
 * The rule that picks which child to walk into during selection, split into its two terms so a
 * reader can see why a child was chosen: exploitation (Q) and exploration.
 */
public interface TreePolicy {
    /**
     * The score terms for a child with mean value q, prior p (normalised over its siblings),
     * visit count n, under a parent visited nParent times.
     */
    MctsFormulas.Terms terms(double q, double p, int nParent, int n);

    /** UCT: Q + c·√(ln N(s) / N(s,a)); unvisited children score +∞ so they go first. */
    record Uct(double c) implements TreePolicy {
        @Override
        public MctsFormulas.Terms terms(double q, double p, int nParent, int n) {
            return MctsFormulas.uctTerms(q, nParent, n, c);
        }
    }

    /** PUCT (AlphaZero): Q + c(s)·P·√N(s)/(1 + N(s,a)), c(s) = ln((1 + N(s) + cBase)/cBase) + cInit. */
    record Puct(double cBase, double cInit) implements TreePolicy {
        @Override
        public MctsFormulas.Terms terms(double q, double p, int nParent, int n) {
            return MctsFormulas.puctTerms(q, Math.min(1.0, Math.max(0.0, p)), nParent, n, cBase, cInit);
        }
    }
}
