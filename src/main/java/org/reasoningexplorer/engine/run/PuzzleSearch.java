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
import org.reasoningexplorer.engine.search.GenerationCache;
import org.reasoningexplorer.engine.search.ScoreOverrides;
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
        return run(sink, cancel, ScoreOverrides.NONE, null);
    }

    /** Runs the search with edited scores, reusing and filling a generation cache (may be null). */
    public TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel, ScoreOverrides edits, GenerationCache cache) {
        SearchContext<PuzzleState> ctx = context(sink, cancel).withOverrides(edits).withCache(cache);
        SearchRunner.run(strategy(), ctx, puzzle.text());
        return ctx.tree();
    }

    /**
     * Rebuilds the search a trace header describes, so a saved embedded-reasoner trace can be
     * re-run (for example with edited scores).
     */
    public static PuzzleSearch fromHeader(TraceHeader h) {
        Object backend = h.backend() == null ? null : h.backend().get("name");
        if (!"embedded".equals(backend)) {
            throw new IllegalArgumentException("only traces of the embedded reasoner can be re-run here; this one used '" + backend + "'");
        }
        Map<String, Object> p = h.problem();
        List<Integer> numbers = new ArrayList<>();
        for (Object o : (List<?>) p.get("numbers")) {
            numbers.add(((Number) o).intValue());
        }
        int target = ((Number) p.get("target")).intValue();
        String rules = String.valueOf(p.get("rules"));
        Puzzle puzzle = rules.equals("countdown") ? Puzzle.countdown(numbers, target) : Puzzle.of(numbers, target);
        Map<String, String> options = new LinkedHashMap<>();
        Object opts = h.strategy().get("options");
        if (opts instanceof Map<?, ?> m) {
            m.forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
        }
        Map<?, ?> knobs = (Map<?, ?>) h.backend().get("options");
        PolicyKnobs k = new PolicyKnobs(num(knobs, "skill"), num(knobs, "temperature"), num(knobs, "slipRate"), num(knobs, "unfaithfulRate"));
        NoiseModel[] noise = new NoiseModel[3];
        String[] kinds = {"orm", "prm", "value"};
        for (Map<String, Object> v : h.verifiers()) {
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i].equals(v.get("kind"))) {
                    Map<?, ?> o = (Map<?, ?>) v.get("options");
                    noise[i] = new NoiseModel(num(o, "meanPositive"), num(o, "sigmaPositive"), num(o, "meanNegative"),
                            num(o, "sigmaNegative"), num(o, "falsePositiveRate"), num(o, "falseNegativeRate"));
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            if (noise[i] == null) {
                throw new IllegalArgumentException("the trace header lists no '" + kinds[i] + "' verifier, so it cannot be re-run");
            }
        }
        return new PuzzleSearch(puzzle, h.strategyName(), options, k, noise[0], noise[1], noise[2], h.seed());
    }

    private static double num(Map<?, ?> m, String key) {
        Object v = m == null ? null : m.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String str) {
            return Double.parseDouble(str);
        }
        throw new IllegalArgumentException("the trace header lacks the number '" + key + "'");
    }
}
