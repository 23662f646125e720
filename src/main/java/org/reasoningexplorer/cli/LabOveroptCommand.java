package org.reasoningexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import org.reasoningexplorer.engine.lab.LabTables;
import org.reasoningexplorer.engine.lab.OverOptimisation;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.verify.NoiseModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Best-of-N over-optimisation: measured against the closed form. */
@Command(name = "overopt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Best-of-N over-optimisation: the measured curve beside the closed form.",
            "The ORM is misleading unless --orm says otherwise (correct ~ N(1, 0.5),",
            "wrong ~ N(0, 1) in raw score space). Accuracy at N = 1, 2, 4, ... up to n is",
            "resampled from n chains per problem and set beside the closed form at",
            "p = measured pass@1, and beside the closed form averaged over each problem's",
            "own pass@1. It rises, then falls. Closed forms need noise without label",
            "flips; otherwise their columns are empty. The peaks go to stderr (and to",
            "the JSON summary).",
            "Columns: n,measured,ci_low,ci_high,closed_form,closed_form_per_problem"},
        footer = {"", "Example:", "  lab overopt --puzzles game24:200 --n 64"})
final class LabOveroptCommand implements Runnable {
    @CommandLine.Mixin
    LabOptions lab = new LabOptions();

    @Option(names = "--n", defaultValue = "64", description = "chains per problem to draw (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--samples", paramLabel = "FILE", description = "reuse samples saved by 'lab samples' (their ORM noise is used)")
    Path samples;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        lab.validate();
        boolean ormGiven = spec.commandLine().getParseResult().hasMatchedOption("--orm");
        NoiseModel orm = ormGiven ? noise(search.orm) : NoiseModel.MISLEADING;
        SampleSet set = LabSupport.samples(spec, samples, lab, search, n, orm, List.of("--orm"));
        if (samples != null) {
            orm = noise(set.provenance().orm());
        }
        OverOptimisation.Result r = OverOptimisation.of(set, orm);
        spec.commandLine().getErr().printf("[lab] best-of-N with %s ORM, pass@1 %.3f: measured peak at N = %d%s%n",
                r.verifier(), r.passAt1(), r.measuredPeak(), r.closedFormPeak() == 0 ? " (no closed form for noise with flips)"
                        : ", closed form peak at N = " + r.closedFormPeak() + ", per-problem closed form at N = "
                        + r.closedFormPerProblemPeak());
        LabSupport.writeTable(spec, lab, LabTables.overOptimisation(r));
    }

    private static NoiseModel noise(String text) {
        try {
            return NoiseModel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option --orm: " + e.getMessage(), e);
        }
    }
}
