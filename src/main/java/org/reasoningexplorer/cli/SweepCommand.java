package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.sweep.SweepResult;
import org.reasoningexplorer.engine.sweep.SweepTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs strategies × budgets × problems and writes a table of accuracy against compute. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs strategies x budgets x a problem set on the embedded reasoner and writes a table of accuracy",
            "against compute, with 95%% bootstrap intervals over problems. Progress goes to stderr.",
            "A budget B means: n = B chains (majority, weighted-vote, best-of-n), n = B and width = min(4, B) (beam, dvts),",
            "breadth = B (tot-bfs), max-steps = 4B (tot-dfs), iterations = B (mcts); cot ignores it."},
        footer = {"", "Example:", "  sweep --puzzles game24:200 --strategies majority,best-of-n,beam,mcts --budgets 1,4,16 --out sweep.csv"})
final class SweepCommand implements Runnable {
    @Option(names = "--puzzles", defaultValue = "game24:100", description = "problem set: " + PuzzleSets.HELP + " (default ${DEFAULT-VALUE})")
    String puzzles;

    @Option(names = "--strategies", defaultValue = "majority,best-of-n,weighted-vote,beam,mcts", split = ",",
            description = "strategies to compare (default ${DEFAULT-VALUE})")
    List<String> strategies;

    @Option(names = "--budgets", defaultValue = "1,4,16", split = ",", description = "budgets B (default ${DEFAULT-VALUE})")
    List<Integer> budgets;

    @Option(names = {"-o", "--option"}, paramLabel = "STRATEGY.NAME=VALUE",
            description = "an option for one strategy, e.g. -o beam.lookahead=1 -o mcts.policy=uct")
    List<String> options;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @Option(names = "--threads", defaultValue = "2", description = "parallel workers (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the table here (atomically) instead of stdout")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format is '" + format + "'; expected csv or json");
        }
        for (int b : budgets) {
            if (b < 1) {
                throw new IllegalArgumentException("--budgets contains " + b + "; budgets must be at least 1");
            }
        }
        List<Puzzle> set = PuzzleSets.parse(puzzles);
        Map<String, Map<String, String>> extra = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SearchOptions.parseOptions(options).entrySet()) {
            int dot = e.getKey().indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("sweep option '" + e.getKey() + "' must name its strategy, e.g. -o beam.lookahead=1");
            }
            extra.computeIfAbsent(e.getKey().substring(0, dot), k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long[] lastPrint = {0};
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> interrupted.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        List<SweepResult> rows;
        try {
            rows = Sweep.run(new Sweep.Plan(set, new ArrayList<>(strategies), new ArrayList<>(budgets), extra,
                    search.search(set.get(0), strategies.get(0), Map.of()), threads), (done, total) -> {
                        long now = System.nanoTime();
                        synchronized (lastPrint) {
                            if (done == total || now - lastPrint[0] > 1_000_000_000L) {
                                lastPrint[0] = now;
                                double secs = (now - start) / 1e9;
                                err.printf("[sweep] %d/%d runs (%.0f%%), %.1f s elapsed, ~%.0f s left%n", done, total,
                                        100.0 * done / total, secs, secs / done * (total - done));
                                err.flush();
                            }
                        }
                    }, interrupted::get);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        try {
            if (out == null) {
                write(rows, spec.commandLine().getOut());
            } else {
                Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                    write(rows, w);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                err.printf("[sweep] wrote %s (%d rows) in %.1f s%n", out, rows.size(), (System.nanoTime() - start) / 1e9);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the table: " + e.getMessage(), e);
        }
    }

    private void write(List<SweepResult> rows, Writer w) throws IOException {
        if (format.equals("json")) {
            SweepTable.writeJson(rows, w);
        } else {
            SweepTable.writeCsv(rows, w);
        }
    }
}
