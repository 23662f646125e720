package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.SearchRunner;
import org.reasoningexplorer.engine.search.mcts.Mcts;
import org.reasoningexplorer.engine.sweep.Budgets;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measures the engine's speed: MCTS overhead, trace throughput, and a Game-of-24 sweep. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the engine against the figures in the README's performance section and prints medians.",
            "  mcts   selection + backpropagation node visits per second (target >= 1M/s)",
            "  trace  a 100k-node MCTS trace: generation time, write and read MB/s (target >= 100 MB/s)",
            "  sweep  1,000 Game-of-24 puzzles x 5 strategies at N = 16 on 2 threads (target < 60 s)",
            "  lab    resampled curves (pass@k, majority, best-of-k, weighted) for 500 problems x 64 samples (target <= 1 s)"})
final class BenchCommand implements Runnable {
    @Parameters(arity = "0..*", paramLabel = "WHAT", description = "mcts, trace, sweep, lab (default: all)")
    List<String> what;

    @Option(names = "--repeats", defaultValue = "5", description = "measured repetitions for mcts and trace (default ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--sweep-puzzles", defaultValue = "1000", description = "puzzles in the sweep benchmark (default ${DEFAULT-VALUE})")
    int sweepPuzzles;

    @Option(names = "--lab-problems", defaultValue = "500", description = "problems in the lab benchmark (default ${DEFAULT-VALUE})")
    int labProblems;

    @Option(names = "--lab-samples", defaultValue = "64", description = "samples per problem in the lab benchmark (default ${DEFAULT-VALUE})")
    int labSamples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public void run() {
        out = spec.commandLine().getOut();
        List<String> todo = what == null || what.isEmpty() ? List.of("mcts", "trace", "sweep", "whatif", "lab") : what;
        out.printf("machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        for (String w : todo) {
            switch (w) {
                case "mcts":
                    mcts();
                    break;
                case "trace":
                    trace();
                    break;
                case "sweep":
                    sweep();
                    break;
                case "whatif":
                    whatif();
                    break;
                case "lab":
                    new LabBench(out, repeats).run(labProblems, labSamples);
                    break;
                default:
                    throw new IllegalArgumentException("unknown benchmark '" + w + "'; expected mcts, trace, sweep, whatif or lab");
            }
        }
    }

    private static final Puzzle BIG = Puzzle.parse("2 3 5 7 11 13 -> 997");

    private void mcts() {
        double[] rates = new double[repeats];
        for (int r = -1; r < repeats; r++) {
            PuzzleSearch s = PuzzleSearch.of(BIG, "mcts", Map.of("iterations", "20000", "width", "3"), 100 + r);
            Mcts m = (Mcts) s.strategy();
            SearchContext<?> ctx = s.context(e -> { }, null);
            SearchRunner.run(m, ctx, BIG.text());
            if (r >= 0) {
                rates[r] = m.overhead().visitsPerSecond();
            }
        }
        double med = median(rates);
        out.printf("mcts:  selection + backpropagation %.2fM node visits/s (median of %d, %s); target 1M/s, ratio %.1fx%n",
                med / 1e6, repeats, range(rates, 1e6, "M"), med / 1e6);
    }

    private void trace() {
        int warmups = 3;
        double[] gen = new double[repeats];
        double[] write = new double[repeats];
        double[] writeFlush = new double[repeats];
        double[] read = new double[repeats];
        double coldRead = 0;
        long bytes = 0;
        int nodes = 0;
        try {
            Path dir = Files.createTempDirectory("rx-bench");
            Path file = dir.resolve("bench.trace.jsonl");
            PuzzleSearch s = PuzzleSearch.of(BIG, "mcts", Map.of("iterations", "60000", "width", "12", "policy", "uct", "c", "50"), 7);
            List<TraceEvent> events = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                events.clear();
                long t0 = System.nanoTime();
                var ctx = s.context(events::add, null);
                SearchRunner.run(s.strategy(), ctx, BIG.text());
                gen[r] = (System.nanoTime() - t0) / 1e9;
                nodes = ctx.tree().size();
            }
            for (int r = -warmups; r < repeats; r++) {
                long t1 = System.nanoTime();
                try (TraceWriter w = new TraceWriter(file, s.header())) {
                    for (TraceEvent e : events) {
                        w.write(e);
                    }
                }
                long t2 = System.nanoTime();
                try (TraceWriter w = new TraceWriter(file, s.header(), TraceWriter.FLUSH_ON_CLOSE)) {
                    for (TraceEvent e : events) {
                        w.write(e);
                    }
                }
                long t3 = System.nanoTime();
                bytes = Files.size(file);
                if (r >= 0) {
                    writeFlush[r] = bytes / 1e6 / ((t2 - t1) / 1e9);
                    write[r] = bytes / 1e6 / ((t3 - t2) / 1e9);
                }
            }
            int expected = events.size();
            events.clear();
            System.gc();
            for (int r = -warmups; r < repeats; r++) {
                long t0 = System.nanoTime();
                long[] count = {0};
                try (TraceReader reader = TraceReader.open(file)) {
                    reader.forEachEvent(e -> count[0]++);
                }
                double mbs = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
                if (count[0] != expected) {
                    throw new IllegalStateException("read " + count[0] + " events, wrote " + expected);
                }
                if (r == -warmups) {
                    coldRead = mbs;
                }
                if (r >= 0) {
                    read[r] = mbs;
                }
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new IllegalStateException("trace benchmark failed: " + e.getMessage(), e);
        }
        out.printf("trace: %,d-node MCTS trace (%.1f MB) generated in %.2f s (median of %d)%n", nodes, bytes / 1e6, median(gen), repeats);
        out.printf("trace: after %d warm-up rounds, medians of %d: write %.0f MB/s batched, %.0f MB/s flushing every event; read %.0f MB/s%n",
                warmups, repeats, median(write), median(writeFlush), median(read));
        out.printf("trace: first read in this JVM (cold JIT) %.0f MB/s; target 100 MB/s, ratios write %.1fx, read %.1fx%n",
                coldRead, median(write) / 100, median(read) / 100);
    }

    private void sweep() {
        List<String> strategies = List.of("majority", "best-of-n", "weighted-vote", "beam", "mcts");
        List<Puzzle> puzzles = PuzzleSets.parse("game24:" + sweepPuzzles);
        long t0 = System.nanoTime();
        var rows = Sweep.run(new Sweep.Plan(puzzles, strategies, List.of(16), Map.of(),
                PuzzleSearch.of(puzzles.get(0), "majority", Budgets.options("majority", 16, null), 1), 2), null, null);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf("sweep: %d Game-of-24 puzzles x %d strategies at N = 16 on 2 threads: %.1f s; target 60 s, ratio %.1fx%n",
                puzzles.size(), strategies.size(), secs, 60 / secs);
        rows.forEach(r -> out.printf("         %-14s accuracy %.3f  mean steps %.1f%n", r.strategy(), r.accuracy().mean(), r.meanSteps()));
    }

    private void whatif() {
        PuzzleSearch bon = PuzzleSearch.of(Puzzle.game24(4, 9, 10, 13), "best-of-n", Map.of("n", "10000"), 3);
        org.reasoningexplorer.engine.trace.TraceTree tree = bon.run(e -> { }, null);
        org.reasoningexplorer.engine.whatif.ChainTable table = new org.reasoningexplorer.engine.whatif.ChainTable(tree);
        org.reasoningexplorer.engine.whatif.Reselection sel = new org.reasoningexplorer.engine.whatif.Reselection(bon.header(), table);
        int rounds = 50;
        double[] ms = new double[rounds];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int r = -20; r < rounds; r++) {
            int chain = rnd.nextInt(table.chains());
            long t0 = System.nanoTime();
            var edits = org.reasoningexplorer.engine.whatif.ChainTable.Edits.NONE.with(table.leaf(chain),
                    org.reasoningexplorer.engine.trace.ScoreKind.ORM, rnd.nextDouble());
            sel.choose(edits);
            if (r >= 0) {
                ms[r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        out.printf("whatif: re-selecting a 10,000-sample Best-of-N trace after an edit: %.2f ms (median of %d); target 20 ms, ratio %.0fx%n",
                median(ms), rounds, 20 / median(ms));
        PuzzleSearch mcts = PuzzleSearch.of(BIG, "mcts", Map.of("iterations", "400", "width", "4"), 5);
        org.reasoningexplorer.engine.search.GenerationCache cache = new org.reasoningexplorer.engine.search.GenerationCache();
        List<TraceEvent> original = new ArrayList<>();
        org.reasoningexplorer.engine.trace.TraceTree ot = mcts.run(original::add, null,
                org.reasoningexplorer.engine.search.ScoreOverrides.NONE, cache);
        long originalCalls = cache.misses();
        org.reasoningexplorer.engine.whatif.Counterfactual.Result cf = null;
        org.reasoningexplorer.engine.search.ScoreOverrides edit = null;
        for (TraceEvent e : original) {
            // Flip the first rollout value whose change makes the search grow new branches.
            if (e instanceof TraceEvent.Simulated sim && !sim.steps().isEmpty()) {
                edit = new org.reasoningexplorer.engine.search.ScoreOverrides(List.of(new org.reasoningexplorer.engine.search.ScoreOverrides.Edit(
                        ot.key(sim.node()), org.reasoningexplorer.engine.trace.ScoreKind.ORM, sim.value() > 0.5 ? 0.0 : 1.0)));
                cache.resetCounts();
                cf = org.reasoningexplorer.engine.whatif.Counterfactual.run(mcts, original, ot, edit, cache, "bench", null, null);
                if (!cf.diff().onlyInCounterfactual().isEmpty()) {
                    break;
                }
            }
        }
        var cold = org.reasoningexplorer.engine.whatif.Counterfactual.run(mcts, original, ot, edit,
                new org.reasoningexplorer.engine.search.GenerationCache(), "bench", null, null);
        out.printf("whatif: counterfactual MCTS re-run (6-number Countdown, 400 iterations, fork at event %d): %d new nodes cost %d generations with the"
                        + " cache, %d without (the original made %d); %.0f%% of the re-run's generations reused%n",
                cf.forkEvent(), cf.diff().onlyInCounterfactual().size(), cf.backendCalls(), cold.backendCalls(), originalCalls,
                100.0 * cf.reusedGenerations() / (cf.reusedGenerations() + cf.backendCalls()));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String range(double[] v, double scale, String unit) {
        double[] s = v.clone();
        Arrays.sort(s);
        return String.format("range %.2f%s-%.2f%s", s[0] / scale, unit, s[s.length - 1] / scale, unit);
    }
}
