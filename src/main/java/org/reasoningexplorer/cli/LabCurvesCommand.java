package org.reasoningexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.lab.ComputeCurves;
import org.reasoningexplorer.engine.lab.LabTable;
import org.reasoningexplorer.engine.lab.LabTables;
import org.reasoningexplorer.engine.lab.ResampledCurves;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Accuracy against k and compute, resampled from saved chains, optionally beside swept search strategies. */
@Command(name = "curves", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Accuracy against k = 1..n and against compute, from saved chains.",
            "For pass@k, majority, best-of-k (ORM) and weighted majority: the exact mean",
            "over all k-subsets of each problem's n chains, averaged over problems, with",
            "95%% bootstrap bands over problems; compute = k x mean steps (tokens) per",
            "chain. --strategies adds a sweep of search strategies on the same axes.",
            "Columns: source,series,k,steps,tokens,verifier_calls,accuracy,ci_low,ci_high",
            "  source 'resampled': series = method, k = chains;",
            "  source 'sweep': series = strategy, k = budget."},
        footer = {"", "Example:", "  lab curves --samples s64.json --strategies beam,mcts --budgets 1,4,16 --out curves.csv"})
final class LabCurvesCommand implements Runnable {
    @CommandLine.Mixin
    LabOptions lab = new LabOptions();

    @Option(names = "--n", defaultValue = "64", description = "chains per problem to draw (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--samples", paramLabel = "FILE", description = "reuse samples saved by 'lab samples' instead of drawing")
    Path samples;

    @Option(names = "--methods", split = ",", defaultValue = "pass@k,majority,best-of-n,weighted-vote",
            description = "pass@k, majority, best-of-n, weighted-vote (default ${DEFAULT-VALUE})")
    List<String> methods;

    @Option(names = "--strategies", split = ",", description = "strategies to sweep beside the curves, e.g. beam,mcts")
    List<String> strategies;

    @Option(names = "--budgets", split = ",", defaultValue = "1,4,16", description = "sweep budgets (default ${DEFAULT-VALUE})")
    List<Integer> budgets;

    @Option(names = "--resamples", defaultValue = "1000", description = "bootstrap resamples (default ${DEFAULT-VALUE})")
    int resamples;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        lab.validate();
        Set<ResampledCurves.Method> chosen = EnumSet.noneOf(ResampledCurves.Method.class);
        for (String m : methods) {
            try {
                chosen.add(ResampledCurves.Method.parse(m));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--methods: " + e.getMessage(), e);
            }
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("--resamples is " + resamples + "; expected at least 1");
        }
        LabSupport.requireBudgets("--budgets", budgets);
        SampleSet set = LabSupport.samples(spec, samples, lab, search, n, null, List.of());
        List<ResampledCurves.Point> points = ResampledCurves.compute(set, chosen, resamples, ResampledCurves.DEFAULT_SEED);
        List<ComputeCurves.Series> swept = new ArrayList<>();
        if (strategies != null && !strategies.isEmpty()) {
            List<Puzzle> puzzles = LabSupport.puzzles(set);
            PuzzleSearch t = search.search(puzzles.get(0), strategies.get(0), Map.of());
            if (samples != null) {
                t = new PuzzleSearch(t.puzzle(), t.strategyName(), t.options(), set.provenance().knobs(), t.ormNoise(),
                        t.prmNoise(), t.judgeNoise(), set.provenance().seed());
            }
            Sweep.Plan plan = new Sweep.Plan(puzzles, new ArrayList<>(strategies), new ArrayList<>(budgets), Map.of(), t,
                    lab.threads);
            swept = LabSupport.cancellable(cancel -> ComputeCurves.run(plan,
                    LabSupport.progress(spec.commandLine().getErr(), "sweep", "runs"), cancel));
        }
        LabTable table = LabTables.curves(set, points, swept);
        LabSupport.writeTable(spec, lab, table);
    }
}
