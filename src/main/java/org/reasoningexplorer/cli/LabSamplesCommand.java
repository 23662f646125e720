package org.reasoningexplorer.cli;

import java.util.List;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.lab.SampleSetCodec;
import org.reasoningexplorer.engine.lab.SampleSetCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Draws n chains per problem once and saves them for the other lab commands. */
@Command(name = "samples", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws n chains per problem once and saves them for reuse.",
            "Each problem runs best-of-n with n chains on the embedded reasoner, and every",
            "chain is saved with its answer cluster, correctness, ORM score and compute.",
            "CSV: one row per sample after a '#' line with the knobs, seed and ORM noise:",
            "  " + SampleSetCsv.HEADER,
            "JSON: {format, version, provenance, n, problems: [{puzzle, cluster, correct,",
            "  orm, steps, tokens, answers, answerCorrect}]}.",
            "'lab curves|overopt|bins --samples FILE' reads either back."},
        footer = {"", "Example:", "  lab samples --puzzles game24:500 --n 64 --orm misleading --format json --out s64.json"})
final class LabSamplesCommand implements Runnable {
    @CommandLine.Mixin
    LabOptions lab = new LabOptions();

    @Option(names = "--n", defaultValue = "64", description = "chains per problem (default ${DEFAULT-VALUE})")
    int n;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        lab.validate();
        SampleSet set = LabSupport.samples(spec, null, lab, search, n, null, List.of());
        spec.commandLine().getErr().printf("[lab] %d problems x %d samples: pass@1 %.3f, %.2f steps and %.1f tokens per sample%n",
                set.size(), set.n(), set.meanPassAt1(), set.meanSteps(), set.meanTokens());
        LabSupport.write(spec, lab.out, "the samples", w -> {
            if (lab.format.equals("json")) {
                SampleSetCodec.writeJson(set, w);
            } else {
                SampleSetCsv.write(set, w);
            }
        });
    }
}
