package org.reasoningexplorer.engine.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Headers and events for trace tests: one of each event type, and a long MCTS-like run. */
final class TraceSamples {
    private TraceSamples() {
    }

    static TraceHeader header() {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("id", "game24-0007");
        problem.put("text", "Use 1 4 8 8 to make 24");
        problem.put("numbers", List.of(1, 4, 8, 8));
        problem.put("target", 24);
        problem.put("gold", "(8 / (4 - 1)) ...");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("iterations", 200);
        options.put("c", 1.4142135623730951);
        options.put("policy", "puct");
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("name", "mcts");
        strategy.put("options", options);
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "simulated");
        backend.put("options", new LinkedHashMap<>(Map.of("skill", 0.7)));
        Map<String, Object> prm = new LinkedHashMap<>();
        prm.put("name", "prm");
        prm.put("kind", "process");
        prm.put("options", new LinkedHashMap<>());
        return new TraceHeader(TraceHeader.FORMAT, TraceHeader.VERSION, problem, strategy, backend, List.of(prm),
                -8_123_456_789_012_345_678L, null);
    }

    /** One event of every type, with awkward strings and doubles. */
    static List<TraceEvent> oneOfEach() {
        return List.of(
                new TraceEvent.NodeCreated(0, -1, "0000000000000000", "Use 1 4 8 8 to make 24", Double.NaN, 0, false),
                new TraceEvent.NodeCreated(1, 0, "a1b2c3d4e5f60718", "8 × 3 = 24 (left: 1 4 24) − \"quoted\"\nline\\two 二十四",
                        0.1 + 0.2, 12, true),
                new TraceEvent.Scored(1, "prm", ScoreKind.PRM, 1e-300, 0.75, 1, List.of()),
                new TraceEvent.Scored(1, "tot-value", ScoreKind.VALUE, 21.0, Double.NaN, 3, List.of("sure", "likely", "impossible")),
                new TraceEvent.Selected(List.of(0, 1)),
                new TraceEvent.Expanded(0, List.of(1)),
                new TraceEvent.Simulated(1, List.of("4 - 1 = 3", "8 / 3 = 2.67"), 31, -0.0, "24"),
                new TraceEvent.Simulated(1, List.of(), 0, 0.5, null),
                new TraceEvent.Backpropagated(List.of(1, 0), 1.0, List.of(1, 2), List.of(Double.MIN_VALUE, -0.0)),
                new TraceEvent.BeamStep(1, List.of(1), List.of()),
                new TraceEvent.Pruned(1, "impossible: 1 4 24 cannot reach 24 × 0"),
                new TraceEvent.Pruned(1, null),
                new TraceEvent.Backtracked(1, 0),
                new TraceEvent.AnswerExtracted(1, " 24 ", "24", true),
                new TraceEvent.VoteCast(1, "24", 1.0 / 3.0, 2, Double.MAX_VALUE),
                new TraceEvent.FinalSelection(1, "24", true, "majority of 3"),
                new TraceEvent.FinalSelection(-1, null, false, null),
                new TraceEvent.Ended("completed", new Compute(7, 1234, 5), "done in 12 ms"),
                new TraceEvent.Ended("cancelled", Compute.ZERO, null));
    }

    /** About {@code n} events shaped like an MCTS run: select, node, score, simulate, backprop. */
    static List<TraceEvent> mctsLike(int n) {
        List<TraceEvent> out = new ArrayList<>(n);
        mctsLike(n, out::add);
        return out;
    }

    /** Gives exactly {@code n} MCTS-like events to the sink, without holding them. */
    static void mctsLike(int n, Consumer<TraceEvent> sink) {
        int[] count = {0};
        Consumer<TraceEvent> out = e -> {
            if (count[0]++ < n) {
                sink.accept(e);
            }
        };
        out.accept(new TraceEvent.NodeCreated(0, -1, "0000000000000000", "Use 1 4 8 8 to make 24", Double.NaN, 0, false));
        int nodes = 1;
        while (count[0] < n) {
            int parent = nodes / 3;
            out.accept(new TraceEvent.Selected(List.of(0, parent)));
            out.accept(new TraceEvent.NodeCreated(nodes, parent, Long.toHexString(0x1000000000000000L + nodes * 7919L),
                    "8 × 3 = 24 (left: 1 4 24)", 0.31, 12, false));
            out.accept(new TraceEvent.Scored(nodes, "prm", ScoreKind.PRM, 0.5 + nodes % 97 / 200.0, Double.NaN, 1, List.of()));
            out.accept(new TraceEvent.Simulated(nodes, List.of("4 - 1 = 3"), 9, 0.25, "24"));
            out.accept(new TraceEvent.Backpropagated(List.of(nodes, parent, 0), 0.25, List.of(1, 3, nodes),
                    List.of(0.25, 0.4166666666666667, 0.5 + nodes % 89 / 1000.0)));
            nodes++;
        }
    }
}
