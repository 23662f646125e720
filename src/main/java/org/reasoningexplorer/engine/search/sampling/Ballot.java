package org.reasoningexplorer.engine.search.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** A vote over normalised answers: counts, summed weights, and the first node of each cluster. */
final class Ballot {
    /** One answer cluster. */
    static final class Cluster {
        final String answer;
        final int firstNode;
        int count;
        double weight;
        double bestScore = Double.NEGATIVE_INFINITY;

        Cluster(String answer, int firstNode) {
            this.answer = answer;
            this.firstNode = firstNode;
        }
    }

    private final Map<String, Cluster> clusters = new LinkedHashMap<>();

    /** Counts the answer of a terminal node with a weight, emitting the vote. */
    <S extends ReasoningState> void cast(SearchContext<S> ctx, int node, double weight) {
        TraceTree.Answer a = ctx.answer(node);
        Cluster c = clusters.computeIfAbsent(a.normalized(), k -> new Cluster(k, node));
        c.count++;
        c.weight += weight;
        c.bestScore = Math.max(c.bestScore, weight);
        ctx.emit(new TraceEvent.VoteCast(node, a.normalized(), weight, c.count, c.weight));
    }

    boolean isEmpty() {
        return clusters.isEmpty();
    }

    int clusterCount() {
        return clusters.size();
    }

    /**
     * The cluster with the most votes (or the most weight); ties go by the rule: the cluster seen
     * first, the higher summed weight, or uniformly at random.
     */
    Cluster winner(boolean byWeight, TieBreak rule, SplittableRandom rng) {
        List<Cluster> best = new ArrayList<>();
        double top = Double.NEGATIVE_INFINITY;
        for (Cluster c : clusters.values()) {
            double v = byWeight ? c.weight : c.count;
            if (v > top) {
                top = v;
                best.clear();
                best.add(c);
            } else if (v == top) {
                best.add(c);
            }
        }
        if (best.isEmpty()) {
            return null;
        }
        switch (rule) {
            case RANDOM:
                return best.get(rng.nextInt(best.size()));
            case SCORE: {
                Cluster pick = best.get(0);
                for (Cluster c : best) {
                    double a = byWeight ? c.bestScore : c.weight;
                    double b = byWeight ? pick.bestScore : pick.weight;
                    if (a > b) {
                        pick = c;
                    }
                }
                return pick;
            }
            default:
                return best.get(0);
        }
    }

    /** How many clusters share the winning count (or weight). */
    int tiedAtTop(boolean byWeight) {
        double top = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (Cluster c : clusters.values()) {
            double v = byWeight ? c.weight : c.count;
            if (v > top) {
                top = v;
                n = 1;
            } else if (v == top) {
                n++;
            }
        }
        return n;
    }
}
