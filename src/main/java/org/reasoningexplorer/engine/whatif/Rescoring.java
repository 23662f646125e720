package org.reasoningexplorer.engine.whatif;

import java.util.HashMap;
import java.util.Map;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.EmbeddedOrm;
import org.reasoningexplorer.engine.verify.EmbeddedPrm;
import org.reasoningexplorer.engine.verify.NoiseModel;

/**
 * "What if the verifier were better or worse": scores every chain (ORM) and every step (PRM) of an
 * embedded-reasoner trace again, at another noise level, with the very random draws the search
 * would have used. With the trace's own noise it reproduces the recorded scores exactly; a noisier
 * or cleaner verifier moves each score smoothly, because the draws are keyed by node and kind.
 */
public final class Rescoring {
    private Rescoring() {
    }

    /** New ORM scores for every answered node and PRM scores for every step, as edits by node id. */
    public static ChainTable.Edits rescore(PuzzleSearch search, TraceTree tree, NoiseModel orm, NoiseModel prm) {
        PuzzleState[] states = PuzzleReplay.states(search.puzzle(), tree);
        EmbeddedOrm ormModel = new EmbeddedOrm(orm);
        EmbeddedPrm prmModel = new EmbeddedPrm(prm);
        Map<Long, Double> values = new HashMap<>();
        for (int id = 1; id < tree.size(); id++) {
            PuzzleState s = states[id];
            if (s == null) {
                continue;
            }
            long key = Long.parseUnsignedLong(tree.key(id), 16);
            values.put(ChainTable.Edits.slot(id, ScoreKind.PRM),
                    prmModel.scoreStep(s, KeyedRandom.stream(search.seed(), key, SearchContext.PRM_STREAM)).value());
            if (s.isTerminal()) {
                values.put(ChainTable.Edits.slot(id, ScoreKind.ORM),
                        ormModel.scoreChain(s, KeyedRandom.stream(search.seed(), key, SearchContext.ORM_STREAM)).value());
            }
        }
        return new ChainTable.Edits(values);
    }
}
