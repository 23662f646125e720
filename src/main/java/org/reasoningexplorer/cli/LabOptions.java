package org.reasoningexplorer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every lab command shares: the problem set, threads, and where and how to write. */
final class LabOptions {
    @Option(names = "--puzzles", defaultValue = "game24:100", description = "problem set: " + PuzzleSets.HELP + " (default ${DEFAULT-VALUE})")
    String puzzles;

    @Option(names = "--threads", defaultValue = "2", description = "parallel workers (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of stdout")
    Path out;

    /** Checks the shared values, naming the option. */
    void validate() {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format is '" + format + "'; expected csv or json");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads is " + threads + "; expected at least 1");
        }
    }
}
