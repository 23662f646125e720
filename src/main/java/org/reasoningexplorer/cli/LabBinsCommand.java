package org.reasoningexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.lab.DifficultyBins;
import org.reasoningexplorer.engine.lab.LabTables;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Accuracy per difficulty bin, strategy and budget (Snell et al. 2024). */
@Command(name = "bins", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Which strategy wins per difficulty bin and budget (Snell et al. 2024).",
            "Problems are split into quantile bins of pass@1, measured from n chains per",
            "problem: bin 1 is the easiest, the last bin the hardest. Each strategy is",
            "swept at each budget (as in 'sweep'), and the table gives each bin's",
            "accuracy, marking the best strategy per bin and budget.",
            "Columns: bin,problems,pass_at_1_min,pass_at_1_max,strategy,budget,accuracy,",
            "  ci_low,ci_high,mean_steps,mean_tokens,mean_verifier_calls,best"},
        footer = {"", "Example:", "  lab bins --puzzles game24:200 --strategies best-of-n,beam --budgets 1,4,16 --out bins.csv"})
final class LabBinsCommand implements Runnable {
    @CommandLine.Mixin
    LabOptions lab = new LabOptions();

    @Option(names = "--n", defaultValue = "64", description = "chains per problem for pass@1 (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--samples", paramLabel = "FILE", description = "reuse samples saved by 'lab samples' (their knobs and seed are used)")
    Path samples;

    @Option(names = "--strategies", split = ",", defaultValue = "best-of-n,beam,majority", description = "strategies (default ${DEFAULT-VALUE})")
    List<String> strategies;

    @Option(names = "--budgets", split = ",", defaultValue = "1,4,16", description = "budgets B, as in 'sweep' (default ${DEFAULT-VALUE})")
    List<Integer> budgets;

    @Option(names = "--bins", defaultValue = "5", description = "quantile bins of pass@1 (default ${DEFAULT-VALUE})")
    int bins;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        lab.validate();
        LabSupport.requireBudgets("--budgets", budgets);
        if (bins < 1) {
            throw new IllegalArgumentException("--bins is " + bins + "; expected at least 1");
        }
        SampleSet set = LabSupport.samples(spec, samples, lab, search, n, null, List.of());
        if (bins > set.size()) {
            throw new IllegalArgumentException("--bins is " + bins + " but there are only " + set.size() + " problems");
        }
        List<Puzzle> puzzles = LabSupport.puzzles(set);
        PuzzleSearch t = search.search(puzzles.get(0), strategies.get(0), Map.of());
        t = new PuzzleSearch(t.puzzle(), t.strategyName(), t.options(), set.provenance().knobs(), t.ormNoise(), t.prmNoise(),
                t.judgeNoise(), set.provenance().seed());
        Sweep.Plan plan = new Sweep.Plan(puzzles, new ArrayList<>(strategies), new ArrayList<>(budgets), Map.of(), t, lab.threads);
        DifficultyBins.Result r = LabSupport.cancellable(cancel -> DifficultyBins.run(set, plan, bins,
                LabSupport.progress(spec.commandLine().getErr(), "sweep", "runs"), cancel));
        for (DifficultyBins.Row row : r.rows()) {
            if (row.best()) {
                spec.commandLine().getErr().printf("[lab] bin %d (pass@1 %.2f-%.2f), budget %d: best %s (%.2f)%n", row.bin(),
                        row.passAt1Min(), row.passAt1Max(), row.budget(), row.strategy(), row.accuracy());
            }
        }
        LabSupport.writeTable(spec, lab, LabTables.bins(r));
    }
}
