package org.reasoningexplorer.engine.search;

import org.reasoningexplorer.engine.verify.PrmAggregation;

/**
 * How a whole chain is scored for Best-of-N or a weighted vote: by the outcome reward model
 * (aggregation null), or by the process reward model's step scores under an aggregation.
 */
public record ChainScorer(PrmAggregation aggregation) {
    /** Which verifier scores chains. */
    public enum Source { ORM, PRM }

    public static final ChainScorer ORM = new ChainScorer(null);

    /** Declares the "scorer" and "aggregation" options on a strategy's option set. */
    public static ChainScorer declare(OptionSet o, Source def) {
        Source src = o.choice("scorer", def, Source.class, "which verifier scores a chain: orm (one score per chain) or prm (one per step, aggregated)");
        PrmAggregation agg = o.choice("aggregation", PrmAggregation.LAST, PrmAggregation.class,
                "how PRM step scores become a chain score: last (Snell et al.), min (Math-Shepherd), product (Lightman et al.) or mean; ignored for orm");
        return src == Source.ORM ? ORM : new ChainScorer(agg);
    }

    /** "orm" or "prm-min" and so on. */
    public String tag() {
        return aggregation == null ? "orm" : "prm-" + OptionSet.tag(aggregation);
    }
}
