package org.reasoningexplorer.engine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** Test helpers: run a puzzle search and keep its events and the live state after each. */
final class Runs {
    static final Puzzle PUZZLE = Puzzle.game24(4, 9, 10, 13);

    /** The events of a run, the live digests after each event, and the final state. */
    record Recorded(List<TraceEvent> events, List<String> digests, TraceTree tree) {
    }

    private Runs() {
    }

    static PuzzleSearch spec(String strategy, Map<String, String> options, long seed) {
        return PuzzleSearch.of(PUZZLE, strategy, options, seed);
    }

    static List<TraceEvent> events(PuzzleSearch spec) {
        List<TraceEvent> out = new ArrayList<>();
        spec.run(out::add, null);
        return out;
    }

    static Recorded recordWithDigests(PuzzleSearch spec) {
        List<TraceEvent> events = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        TraceTree[] live = new TraceTree[1];
        var ctx = spec.context(e -> {
            events.add(e);
            digests.add(live[0].digest());
        }, null);
        live[0] = ctx.tree();
        SearchRunner.run(spec.strategy(), ctx, spec.puzzle().text());
        return new Recorded(events, digests, ctx.tree());
    }

    /** Options small enough for fast tests, per strategy. */
    static Map<String, String> smallOptions(String strategy) {
        switch (strategy) {
            case "majority":
            case "weighted-vote":
            case "best-of-n":
                return Map.of("n", "8");
            case "beam":
            case "dvts":
                return Map.of("n", "8", "width", "2");
            case "mcts":
                return Map.of("iterations", "40");
            default:
                return Map.of();
        }
    }
}
