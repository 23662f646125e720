package org.reasoningexplorer.app.longcot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/** A four-step chain with a pause, a correction, a Chinese step and PRM values 0.6, 0.2, 0.9, 0.95. */
final class HandMadeChain {
    static final int LEAF = 4;
    static final String[] STEPS = {
        "We need 15% of 80, so compute 0.15 * 80.",
        "Hmm, wait. Let me think about 0.15 * 80 = 10.",
        "Oops, I made a mistake: 0.1 * 80 = 8 and 0.05 * 80 = 4, so 12.",
        "所以答案是 12。",
    };
    static final double[] VALUES = {0.6, 0.2, 0.9, 0.95};

    private HandMadeChain() {
    }

    static TraceHeader header() {
        return new TraceHeader(TraceHeader.FORMAT, TraceHeader.VERSION, Map.of("text", "What is 15% of 80?", "id", "hand-made"),
                Map.of("name", "cot"), Map.of("name", "hand"), List.of(), 1, null);
    }

    static List<TraceEvent> events() {
        List<TraceEvent> out = new ArrayList<>();
        out.add(new TraceEvent.NodeCreated(0, -1, "0000000000000000", "What is 15% of 80?", Double.NaN, 0, false));
        for (int i = 0; i < STEPS.length; i++) {
            out.add(new TraceEvent.NodeCreated(i + 1, i, String.format("%016x", i + 1), STEPS[i], Double.NaN, 10, i == STEPS.length - 1));
            out.add(new TraceEvent.Scored(i + 1, "prm", ScoreKind.PRM, VALUES[i], Double.NaN, 1, List.of()));
        }
        return out;
    }

    static TraceTree tree() {
        TraceTree t = new TraceTree();
        events().forEach(t::apply);
        return t;
    }
}
