package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;
import org.reasoningexplorer.engine.verify.NoiseModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Regenerates samples/: for each instructive situation, the first seed (counting from 1) whose
 * search shows it. Deterministic, so the files are the same on every machine.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {"Regenerates the sample traces in samples/: for each instructive situation it tries seeds 1, 2, 3, ...",
            "and keeps the first search that shows it. The output is the same on every machine."})
final class SamplesCommand implements Runnable {
    @Option(names = "--out", defaultValue = "samples", description = "directory (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--max-seed", defaultValue = "2000", description = "give up on a sample after this many seeds (default ${DEFAULT-VALUE})")
    int maxSeed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One sample: what to run, and what the trace must show. */
    record Sample(String file, String shows, PuzzleSearch search, BiPredicate<List<TraceEvent>, TraceTree> wanted) {
    }

    static List<Sample> catalogue() {
        Puzzle easy = Puzzle.game24(4, 9, 10, 13);
        Puzzle hard = Puzzle.game24(3, 3, 8, 8);
        Puzzle mid = Puzzle.game24(1, 4, 8, 8);
        Puzzle countdown = Puzzle.parse("25 5 4 3 -> 78");
        PolicyKnobs weak = PolicyKnobs.DEFAULTS.withSkill(1.0);
        List<Sample> list = new ArrayList<>();
        list.add(new Sample("mcts-overturned.trace.jsonl",
                "MCTS whose early favourite at the root loses to another child once backpropagation has run",
                search(mid, "mcts", Map.of("iterations", "60"), PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE), SampleChecks::overturned));
        list.add(new Sample("mcts-uct-rollouts.trace.jsonl", "MCTS with UCT and rollouts on a hard puzzle, solved",
                search(hard, "mcts", Map.of("iterations", "120", "policy", "uct", "width", "4"), PolicyKnobs.DEFAULTS.withSkill(3.0),
                        NoiseModel.GOOD), (e, t) -> t.selection().correct()));
        list.add(new Sample("majority-right.trace.jsonl",
                "majority vote that is right although most chains are wrong; normalisation merges differently written answers",
                search(easy, "majority", Map.of("n", "16"), PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE),
                (e, t) -> t.selection().correct() && SampleChecks.correctShare(t) < 0.5 && SampleChecks.mergedByNormalisation(t)));
        list.add(new Sample("majority-wrong.trace.jsonl",
                "majority vote that picks a wrong answer although correct chains exist (the wrong answer is repeated)",
                search(mid, "majority", Map.of("n", "16"), weak, NoiseModel.MEDIOCRE),
                (e, t) -> !t.selection().correct() && SampleChecks.correctShare(t) > 0 && SampleChecks.winnerCount(t) >= 3));
        list.add(new Sample("weighted-beats-majority.trace.jsonl",
                "weighted vote that differs from the plain majority: the verifier's scores overturn the count",
                search(easy, "weighted-vote", Map.of("n", "16"), PolicyKnobs.DEFAULTS, NoiseModel.GOOD),
                (e, t) -> t.selection().correct() && SampleChecks.majorityDiffersFromWeighted(t)));
        list.add(new Sample("best-of-n-misleading.trace.jsonl",
                "Best-of-N with a misleading ORM: it picks a wrong chain although a correct one was sampled",
                search(easy, "best-of-n", Map.of("n", "32"), PolicyKnobs.DEFAULTS, NoiseModel.MISLEADING),
                (e, t) -> !t.selection().correct() && SampleChecks.correctShare(t) > 0));
        list.add(new Sample("best-of-n-prm-min.trace.jsonl", "Best-of-N with PRM step scores aggregated by min (Math-Shepherd)",
                search(mid, "best-of-n", Map.of("n", "16", "scorer", "prm", "aggregation", "min"), PolicyKnobs.DEFAULTS,
                        NoiseModel.GOOD), (e, t) -> t.selection().correct()));
        list.add(new Sample("cot-slip.trace.jsonl", "a single chain of thought that makes an arithmetic slip and ends wrong",
                search(easy, "cot", Map.of(), PolicyKnobs.DEFAULTS.withSlipRate(0.2), NoiseModel.MEDIOCRE),
                (e, t) -> !t.selection().correct() && SampleChecks.hasSlip(t)));
        list.add(new Sample("cot-unfaithful.trace.jsonl",
                "a chain of thought that fails, then states an answer claiming 24 that does not follow from its steps",
                search(easy, "cot", Map.of(), PolicyKnobs.DEFAULTS.withSlipRate(0), NoiseModel.MEDIOCRE),
                (e, t) -> SampleChecks.claimsTargetFalsely(t)));
        list.add(new Sample("beam.trace.jsonl", "beam search with a PRM (N = 8, M = 2) on a hard puzzle, with pruned beams",
                search(hard, "beam", Map.of("n", "8", "width", "2"), PolicyKnobs.DEFAULTS, NoiseModel.GOOD),
                (e, t) -> t.selection().correct()));
        list.add(new Sample("beam-lookahead-countdown.trace.jsonl", "beam search with one step of lookahead on a Countdown puzzle",
                search(countdown, "beam", Map.of("n", "8", "width", "2", "lookahead", "1"), PolicyKnobs.DEFAULTS, NoiseModel.GOOD),
                (e, t) -> t.selection().correct()));
        list.add(new Sample("dvts.trace.jsonl", "DVTS: four independent subtrees, each greedy under the PRM",
                search(mid, "dvts", Map.of("n", "16", "width", "4"), PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE),
                (e, t) -> t.selection().correct()));
        list.add(new Sample("tot-bfs.trace.jsonl", "Tree of Thoughts breadth-first (b = 5) with sure/likely/impossible values",
                search(hard, "tot-bfs", Map.of(), PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE), (e, t) -> t.selection().correct()));
        list.add(new Sample("tot-dfs-backtracking.trace.jsonl", "Tree of Thoughts depth-first that prunes, backtracks and then succeeds",
                search(mid, "tot-dfs", Map.of(), PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE),
                (e, t) -> t.selection().correct() && SampleChecks.count(e, TraceEvent.Backtracked.class) >= 2));
        return list;
    }

    private static PuzzleSearch search(Puzzle p, String strategy, Map<String, String> options, PolicyKnobs knobs, NoiseModel noise) {
        return new PuzzleSearch(p, strategy, options, knobs, noise, noise, noise, 1);
    }

    @Override
    public void run() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            Files.createDirectories(out);
            for (Sample s : catalogue()) {
                PuzzleSearch found = null;
                List<TraceEvent> events = new ArrayList<>();
                for (int seed = 1; seed <= maxSeed && found == null; seed++) {
                    events.clear();
                    PuzzleSearch candidate = s.search().withSeed(seed);
                    TraceTree tree = candidate.run(events::add, null);
                    if (tree.selection() != null && s.wanted().test(events, tree)) {
                        found = candidate;
                    }
                }
                if (found == null) {
                    throw new IllegalStateException("no seed up to " + maxSeed + " gives " + s.file() + " (" + s.shows() + ")");
                }
                TraceWriter.writeAtomically(out.resolve(s.file()), found.header(), events);
                stdout.printf("%-38s seed %-4d %s%n", s.file(), found.seed(), s.shows());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write samples to " + out + ": " + e.getMessage(), e);
        }
    }
}
