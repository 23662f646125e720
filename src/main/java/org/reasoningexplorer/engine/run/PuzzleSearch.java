package org.reasoningexplorer.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.puzzle.Solver;
import org.reasoningexplorer.engine.reasoner.embedded.EmbeddedReasoner;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.reasoner.embedded.PuzzleState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.SearchRunner;
import org.reasoningexplorer.engine.search.SearchStrategy;
import org.reasoningexplorer.engine.search.Strategies;
import org.reasoningexplorer.engine.search.Verifiers;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.EmbeddedOrm;
import org.reasoningexplorer.engine.verify.EmbeddedPrm;
import org.reasoningexplorer.engine.verify.EmbeddedValueJudge;
import org.reasoningexplorer.engine.verify.ExactChecker;
import org.reasoningexplorer.engine.verify.NoiseModel;

/**
 * One search on the embedded reasoner, fully specified: the puzzle, the strategy and its options,
 * the policy's knobs, each verifier's noise, and the seed. Running the same spec twice gives
 * identical traces.
 */
public record PuzzleSearch(Puzzle puzzle, String strategyName, Map<String, String> options, PolicyKnobs knobs,
                           NoiseModel ormNoise, NoiseModel prmNoise, NoiseModel judgeNoise, long seed) {
    /** How many gold solutions a header lists at most. */
    public static final int MAX_GOLD = 50;

    public PuzzleSearch {
        options = Map.copyOf(options == null ? Map.of() : options);
        if (puzzle == null || strategyName == null || knobs == null || ormNoise == null || prmNoise == null || judgeNoise == null) {
            throw new IllegalArgumentException("a puzzle search needs a puzzle, a strategy, knobs and three noise models");
        }
    }

    /** A search with default knobs and mediocre verifiers. */
    public static PuzzleSearch of(Puzzle puzzle, String strategy, Map<String, String> options, long seed) {
        return new PuzzleSearch(puzzle, strategy, options, PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE,
                NoiseModel.MEDIOCRE, seed);
    }

    public PuzzleSearch withSeed(long newSeed) {
        return new PuzzleSearch(puzzle, strategyName, options, knobs, ormNoise, prmNoise, judgeNoise, newSeed);
    }

    /** Creates the strategy, validating its options. */
    public SearchStrategy strategy() {
        return Strategies.create(strategyName, options);
    }

    /** The trace header that describes this search. */
    public TraceHeader header() {
        SearchStrategy s = strategy();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("id", puzzle.id());
        problem.put("text", puzzle.text());
        problem.put("rules", puzzle.rules().label());
        problem.put("numbers", puzzle.numbers());
        problem.put("target", puzzle.target());
        List<String> gold = Solver.shared().solutions(puzzle).canonical();
        problem.put("gold", gold.size() > MAX_GOLD ? gold.subList(0, MAX_GOLD) : gold);
        problem.put("goldCount", gold.size());
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("name", s.name());
        strategy.put("options", s.options());
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "embedded");
        Map<String, Object> knobMap = new LinkedHashMap<>();
        knobMap.put("skill", knobs.skill());
        knobMap.put("temperature", knobs.temperature());
        knobMap.put("slipRate", knobs.slipRate());
        knobMap.put("unfaithfulRate", knobs.unfaithfulRate());
        backend.put("options", knobMap);
        List<Map<String, Object>> verifiers = new ArrayList<>();
        verifiers.add(verifier(new EmbeddedOrm(ormNoise).name(), "orm", ormNoise));
        verifiers.add(verifier(new EmbeddedPrm(prmNoise).name(), "prm", prmNoise));
        verifiers.add(verifier(new EmbeddedValueJudge(judgeNoise).name(), "value", judgeNoise));
        return new TraceHeader(TraceHeader.FORMAT, TraceHeader.VERSION, problem, strategy, backend, verifiers, seed, null);
    }

    private static Map<String, Object> verifier(String name, String kind, NoiseModel noise) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("noise", noise.describe());
        o.put("meanPositive", noise.meanPositive());
        o.put("sigmaPositive", noise.sigmaPositive());
        o.put("meanNegative", noise.meanNegative());
        o.put("sigmaNegative", noise.sigmaNegative());
        o.put("falsePositiveRate", noise.falsePositiveRate());
        o.put("falseNegativeRate", noise.falseNegativeRate());
        m.put("options", o);
        return m;
    }

    /** A fresh context for this search, emitting to the sink. */
    public SearchContext<PuzzleState> context(Consumer<TraceEvent> sink, BooleanSupplier cancel) {
        Solver solver = Solver.shared();
        EmbeddedReasoner backend = new EmbeddedReasoner(puzzle, knobs, solver);
        Verifiers<PuzzleState> verifiers = new Verifiers<>(new ExactChecker(), PuzzleAnswers::normalize,
                new EmbeddedOrm(ormNoise), new EmbeddedPrm(prmNoise, solver), new EmbeddedValueJudge(judgeNoise, solver));
        return new SearchContext<>(backend, verifiers, seed, sink, cancel);
    }

    /** Runs the search, streaming every event to the sink, and returns the final state. */
    public TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel) {
        SearchContext<PuzzleState> ctx = context(sink, cancel);
        SearchRunner.run(strategy(), ctx, puzzle.text());
        return ctx.tree();
    }
}
