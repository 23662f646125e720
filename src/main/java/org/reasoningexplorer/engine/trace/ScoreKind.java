package org.reasoningexplorer.engine.trace;

import java.util.Locale;

/** What a score judges: an outcome check, a chain (ORM), a step (PRM), a ToT value or an MCTS value. */
public enum ScoreKind {
    /** The exact checker's verdict, 1 or 0. */
    OUTCOME,
    /** An outcome reward model's score for a whole chain. */
    ORM,
    /** A process reward model's score for one step. */
    PRM,
    /** A Tree-of-Thoughts value: the sum of sampled sure/likely/impossible weights. */
    VALUE,
    /** An aggregated chain score (e.g. PRM min over steps) used to choose. */
    AGGREGATE;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScoreKind parse(String tag) {
        for (ScoreKind k : values()) {
            if (k.tag().equals(tag)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown score kind '" + tag + "'; expected outcome, orm, prm, value or aggregate");
    }
}
