package org.reasoningexplorer.engine.whatif;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.verify.PrmAggregation;

/**
 * Recomputes the choice of a selection-only strategy (chain of thought, majority vote, weighted
 * vote, Best-of-N) from its finished chains, with edited scores, exactly as the strategy made it:
 * the same scorer, aggregation and tie rule as in the trace header.
 */
public final class Reselection {
    /** A recomputed choice: which chain, its answer, and why, in words. */
    public record Choice(int chain, int node, String answer, boolean correct, String reason) {
    }

    private final ChainTable table;
    private final String strategy;
    private final PrmAggregation aggregation;
    private final boolean usesScores;
    private final String tieBreak;
    private final long seed;

    public Reselection(TraceHeader header, ChainTable table) {
        this.table = table;
        this.strategy = header.strategyName();
        if (!isSelectionOnly(strategy)) {
            throw new IllegalArgumentException("'" + strategy + "' explores with its verifier, so an edit changes what it"
                    + " would have searched: use re-run from here instead of re-selection");
        }
        Map<?, ?> o = header.strategy().get("options") instanceof Map<?, ?> m ? m : Map.of();
        String scorer = String.valueOf(o.containsKey("scorer") ? o.get("scorer") : "orm");
        this.aggregation = scorer.equals("prm") ? PrmAggregation.parse(String.valueOf(o.get("aggregation"))) : null;
        this.tieBreak = String.valueOf(o.containsKey("tie-break") ? o.get("tie-break") : "first");
        this.usesScores = strategy.equals("best-of-n") || strategy.equals("weighted-vote") || tieBreak.equals("score");
        this.seed = header.seed();
    }

    public static boolean isSelectionOnly(String strategy) {
        return strategy.equals("cot") || strategy.equals("majority") || strategy.equals("weighted-vote") || strategy.equals("best-of-n");
    }

    public ChainTable table() {
        return table;
    }

    /** The scorer the strategy uses: null for the ORM, else the PRM aggregation. */
    public PrmAggregation aggregation() {
        return aggregation;
    }

    /** The choice under the trace's own rule. */
    public Choice choose(ChainTable.Edits edits) {
        return choose(edits, aggregation);
    }

    /** The choice with the PRM aggregation swapped (null = ORM); for majority vote only ties by score use it. */
    public Choice choose(ChainTable.Edits edits, PrmAggregation agg) {
        int n = table.chains();
        if (n == 0) {
            return new Choice(-1, -1, "", false, "no chain finished");
        }
        double[] s = usesScores ? table.scores(agg, edits) : null;
        String by = agg == null ? "orm" : "prm-" + agg.name().toLowerCase(Locale.ROOT);
        switch (strategy) {
            case "cot":
                return choice(0, "chain of thought: the single sample's answer");
            case "best-of-n": {
                int best = SelectionRules.best(s);
                return choice(best, String.format("best of %d by %s: score %.3f", n, by, s[best]));
            }
            default:
                return vote(edits, s, by);
        }
    }

    private Choice vote(ChainTable.Edits edits, double[] s, String by) {
        boolean weighted = strategy.equals("weighted-vote");
        SelectionRules.Tally y = SelectionRules.tally(table, s, null);
        List<Integer> tied = SelectionRules.top(weighted ? y.weight() : y.count(), y.first());
        int win = tied.get(0);
        if (tieBreak.equals("random")) {
            SplittableRandom rng = KeyedRandom.stream(seed, Long.parseUnsignedLong(table.tree().key(0), 16), "tie-break");
            win = tied.get(rng.nextInt(tied.size()));
        } else if (tieBreak.equals("score")) {
            for (int c : tied) {
                double a = weighted ? y.bestSingle()[c] : y.weight()[c];
                double b = weighted ? y.bestSingle()[win] : y.weight()[win];
                if (a > b) {
                    win = c;
                }
            }
        }
        String reason = weighted
                ? String.format("weighted vote: summed %s score %.3f over %d of %d chains", by, y.weight()[win], (int) y.count()[win], table.chains())
                : String.format("majority: %d of %d votes", (int) y.count()[win], table.chains());
        reason += " among " + table.clusters().size() + " distinct answers";
        if (tied.size() > 1) {
            reason += "; " + tied.size() + " answers tied, broken by rule '" + tieBreak + "'";
        }
        return choice(y.first()[win], reason);
    }

    private Choice choice(int chain, String reason) {
        int node = table.leaf(chain);
        return new Choice(chain, node, table.clusters().get(table.cluster(chain)), table.correct(chain), reason);
    }
}
