package org.reasoningexplorer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The test-time compute lab: sample once, then plot accuracy against compute, skill and difficulty. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"The test-time compute lab: sample once, then chart accuracy against compute.",
            "Each command writes a table (CSV, or JSON with --format json) to stdout or",
            "to --out (atomically), with progress on stderr. Run 'lab COMMAND --help'."},
        subcommands = {LabSamplesCommand.class, LabCurvesCommand.class, LabOveroptCommand.class, LabHeatmapCommand.class,
            LabBinsCommand.class})
final class LabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
