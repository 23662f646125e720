package org.reasoningexplorer.engine.whatif;

import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * One edited score: the node (by id in its trace and by key, its identity across re-runs), the
 * kind of score, the value the verifier gave and the value the user set.
 */
public record ScoreEdit(int node, String key, ScoreKind kind, double original, double value) {
    public ScoreEdit {
        if (node < 0) {
            throw new IllegalArgumentException("an edit names a node id of at least 0, not " + node);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an edited score must be a finite number, not " + value);
        }
    }
}
