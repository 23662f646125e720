package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceFormat;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one search on one puzzle and writes its trace. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one strategy on one puzzle with the embedded reasoner and writes the trace.",
            "The trace is streamed to FILE.part while the search runs (a crash leaves a readable prefix) and renamed to FILE at the end."},
        footer = {"", "Examples:", "  run \"4 9 10 13\" -s mcts -o iterations=200", "  run \"3 7 25 50 -> 365\" -s beam -o n=16,width=4 --prm good",
            "  run \"1 5 5 5\" -s majority -o n=32 --skill 1 --slip 0.1 --out majority.trace.jsonl"})
final class RunCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "PUZZLE",
            description = "four numbers for Game of 24 (\"4 9 10 13\"), or numbers and a target for Countdown (\"3 7 25 50 -> 365\")")
    String puzzle;

    @Option(names = {"-s", "--strategy"}, defaultValue = "mcts", description = "strategy; see 'strategies' (default ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = {"-o", "--option"}, paramLabel = "NAME=VALUE", description = "a strategy option, repeatable or comma-separated")
    List<String> options;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "trace file (default: <strategy>-<puzzle>-s<seed>.trace.jsonl)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter stdout = spec.commandLine().getOut();
        Puzzle p = Puzzle.parse(puzzle);
        PuzzleSearch s = search.search(p, strategy, SearchOptions.parseOptions(options));
        if (!org.reasoningexplorer.engine.puzzle.Solver.shared().isSolvable(p)) {
            spec.commandLine().getErr().printf("note: %s has no solution under %s rules; every answer will be wrong%n",
                    p.numbersText() + " -> " + p.target(), p.rules().label());
        }
        Path file = out != null ? out : Path.of(strategy + "-" + p.id().replaceAll("[^A-Za-z0-9_-]+", "-") + "-s" + search.seed
                + TraceFormat.EXTENSION);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> interrupted.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        TraceTree tree;
        try (TraceWriter writer = new TraceWriter(part, s.header())) {
            tree = s.run(writer, interrupted::get);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + part + ": " + e.getMessage(), e);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("the trace is complete in " + part + " but could not be renamed to " + file + ": " + e.getMessage(), e);
        }
        Summary.print(stdout, tree);
        stdout.printf("trace: %s%n", file);
    }
}
