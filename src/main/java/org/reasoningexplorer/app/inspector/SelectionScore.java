package org.reasoningexplorer.app.inspector;

import java.util.Map;
import org.reasoningexplorer.engine.metrics.MctsFormulas;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Why MCTS would pick a child now: its UCT or PUCT score split into exploitation (Q) and exploration,
 * computed exactly as the search does, from the trace header's options and the current N, Q and priors.
 *
 * @param puct whether the policy is PUCT (else UCT)
 * @param q the Q used: the mean value, or the unvisited-Q option for an unvisited child
 * @param prior the prior normalised over the siblings (PUCT), NaN for UCT
 * @param parentVisits N of the parent, as the formula uses it (at least 1)
 * @param visits n, the child's own visit count
 * @param c UCT's constant c, or PUCT's c(s) at the parent's N
 * @param rank 1 when this child has the highest score among its siblings (the one selection walks into)
 * @param siblings how many children the parent has, this one included
 */
public record SelectionScore(boolean puct, double q, double prior, int parentVisits, int visits, double c,
                             MctsFormulas.Terms terms, int rank, int siblings) {

    /** The score of a node under the trace's MCTS policy, or null when the trace is not MCTS or the node is the root. */
    public static SelectionScore of(TraceTree tree, TraceHeader header, int node) {
        if (header == null || !"mcts".equals(header.strategyName()) || node <= 0 || node >= tree.size()) {
            return null;
        }
        Map<?, ?> options = header.strategy().get("options") instanceof Map<?, ?> m ? m : Map.of();
        boolean puct = !"uct".equals(String.valueOf(options.get("policy")));
        double c = number(options, "c", Math.sqrt(2));
        double cBase = number(options, "c-base", MctsFormulas.PUCT_BASE);
        double cInit = number(options, "c-init", MctsFormulas.PUCT_INIT);
        double unvisitedQ = number(options, "unvisited-q", 0);
        int parent = tree.parent(node);
        int nParent = Math.max(1, tree.visits(parent));
        double priorSum = 0;
        int siblings = 0;
        for (int s = tree.firstChild(parent); s >= 0; s = tree.nextSibling(s)) {
            priorSum += prior(tree, s);
            siblings++;
        }
        MctsFormulas.Terms own = null;
        int rank = 1;
        for (int s = tree.firstChild(parent); s >= 0; s = tree.nextSibling(s)) {
            MctsFormulas.Terms t = terms(tree, s, puct, priorSum, nParent, c, cBase, cInit, unvisitedQ);
            if (s == node) {
                own = t;
            }
        }
        for (int s = tree.firstChild(parent); s >= 0; s = tree.nextSibling(s)) {
            MctsFormulas.Terms t = terms(tree, s, puct, priorSum, nParent, c, cBase, cInit, unvisitedQ);
            // Selection keeps the first of equal scores, so an earlier sibling with the same score ranks above.
            if (s != node && (t.total() > own.total() || (t.total() == own.total() && s < node))) {
                rank++;
            }
        }
        double p = puct ? (priorSum > 0 ? prior(tree, node) / priorSum : 0) : Double.NaN;
        double cUsed = puct ? MctsFormulas.puctC(nParent, cBase, cInit) : c;
        double q = tree.visits(node) == 0 ? unvisitedQ : tree.mean(node);
        return new SelectionScore(puct, q, p, nParent, tree.visits(node), cUsed, own, rank, siblings);
    }

    private static MctsFormulas.Terms terms(TraceTree tree, int child, boolean puct, double priorSum, int nParent, double c,
                                            double cBase, double cInit, double unvisitedQ) {
        int n = Math.min(tree.visits(child), nParent);
        double q = tree.visits(child) == 0 ? unvisitedQ : tree.mean(child);
        if (puct) {
            double p = priorSum > 0 ? prior(tree, child) / priorSum : 0;
            return MctsFormulas.puctTerms(q, Math.min(1, Math.max(0, p)), nParent, n, cBase, cInit);
        }
        return MctsFormulas.uctTerms(q, nParent, n, c);
    }

    private static double prior(TraceTree tree, int node) {
        double p = tree.prior(node);
        return Double.isNaN(p) ? 1.0 : p;
    }

    private static double number(Map<?, ?> options, String key, double def) {
        Object v = options.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? def : Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    /** Whether the node has never been visited, so UCT's exploration is infinite. */
    public boolean unvisited() {
        return visits == 0;
    }
}
