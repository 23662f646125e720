package org.reasoningexplorer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.verify.NoiseModel;
import picocli.CommandLine.Option;

/** The reasoner's knobs and the verifiers' noise, shared by 'run' and 'sweep'. */
final class SearchOptions {
    @Option(names = "--skill", defaultValue = "2.0", description = "how strongly the policy prefers steps that can still reach the target (default ${DEFAULT-VALUE})")
    double skill;

    @Option(names = "--temperature", defaultValue = "1.0", description = "sampling temperature; 0 is greedy (default ${DEFAULT-VALUE})")
    double temperature;

    @Option(names = "--slip", defaultValue = "0.05", description = "probability that a step's arithmetic is wrong (default ${DEFAULT-VALUE})")
    double slip;

    @Option(names = "--unfaithful", defaultValue = "0.1",
            description = "probability that a failed chain still claims to reach the target (default ${DEFAULT-VALUE})")
    double unfaithful;

    @Option(names = "--orm", defaultValue = "mediocre", paramLabel = "NOISE",
            description = "outcome reward model noise: perfect, good, mediocre, misleading, or e.g. sigma=0.5,fp=0.1,fn=0.2 (default ${DEFAULT-VALUE})")
    String orm;

    @Option(names = "--prm", defaultValue = "mediocre", paramLabel = "NOISE", description = "process reward model noise (default ${DEFAULT-VALUE})")
    String prm;

    @Option(names = "--judge", defaultValue = "mediocre", paramLabel = "NOISE", description = "ToT value judge noise (default ${DEFAULT-VALUE})")
    String judge;

    @Option(names = "--seed", defaultValue = "1", description = "random seed; the same seed gives the same trace (default ${DEFAULT-VALUE})")
    long seed;

    PolicyKnobs knobs() {
        return new PolicyKnobs(skill, temperature, slip, unfaithful);
    }

    PuzzleSearch search(Puzzle puzzle, String strategy, Map<String, String> options) {
        return new PuzzleSearch(puzzle, strategy, options, knobs(), noise("--orm", orm), noise("--prm", prm),
                noise("--judge", judge), seed);
    }

    private static NoiseModel noise(String option, String text) {
        try {
            return NoiseModel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + option + ": " + e.getMessage(), e);
        }
    }

    /** Parses "name=value" strategy options. */
    static Map<String, String> parseOptions(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (pairs == null) {
            return out;
        }
        for (String pair : pairs) {
            for (String p : pair.split(",")) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("strategy option '" + p + "' must look like name=value, e.g. -o n=16");
                }
                out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
        }
        return out;
    }
}
