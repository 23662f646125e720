package org.reasoningexplorer.engine.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * Verifier scores edited by a user, keyed by node identity (its key, not its id, which a re-run
 * may change) and the kind of score. A search consulting them uses the edited value wherever the
 * verifier would have spoken; every random draw stays where it was.
 */
public final class ScoreOverrides {
    /** One edit: the node's key (16 hex digits), what kind of score, and its new value. */
    public record Edit(String nodeKey, ScoreKind kind, double value) {
        public Edit {
            if (nodeKey == null || nodeKey.length() != 16) {
                throw new IllegalArgumentException("an edit names its node by a 16-hex-digit key, not '" + nodeKey + "'");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("an edited score must be a finite number, not " + value);
            }
        }
    }

    public static final ScoreOverrides NONE = new ScoreOverrides(List.of());

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final List<Edit> edits;

    public ScoreOverrides(List<Edit> edits) {
        this.edits = List.copyOf(edits);
        for (Edit e : edits) {
            values.put(e.nodeKey() + "|" + e.kind().tag(), e.value());
        }
    }

    /** The edited value for this node and kind, or {@code computed} when there is no edit. */
    public double apply(long nodeKey, ScoreKind kind, double computed) {
        if (values.isEmpty()) {
            return computed;
        }
        Double v = values.get(KeyedRandom.hex(nodeKey) + "|" + kind.tag());
        return v == null ? computed : v;
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public List<Edit> edits() {
        return edits;
    }
}
