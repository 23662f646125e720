package org.reasoningexplorer.cli;

import java.io.PrintWriter;
import java.util.List;
import org.reasoningexplorer.engine.puzzle.CountdownGenerator;
import org.reasoningexplorer.engine.puzzle.Game24Catalog;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the generated puzzle sets. */
@Command(name = "puzzles", mixinStandardHelpOptions = true,
        description = {"Lists puzzles: the 1,362 solvable Game-of-24 puzzles the engine finds by enumerating every",
            "4-number multiset of 1..13, with their difficulty; or seeded Countdown puzzles in the Stream-of-Search style."})
final class PuzzlesCommand implements Runnable {
    @Option(names = "--countdown", paramLabel = "N", description = "list N seeded Countdown puzzles instead")
    Integer countdown;

    @Option(names = "--seed", defaultValue = "4", description = "seed for --countdown (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--level", description = "only Game-of-24 puzzles of this difficulty level (1 easiest .. 5 hardest)")
    Integer level;

    @Option(names = "--limit", defaultValue = "0", description = "show at most this many (0 = all)")
    int limit;

    @Option(names = "--count", description = "print only how many there are")
    boolean count;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (countdown != null) {
            List<Puzzle> list = new CountdownGenerator(seed).first(countdown);
            if (count) {
                out.println(list.size());
                return;
            }
            list.forEach(p -> out.println(p.numbersText() + " -> " + p.target()));
            return;
        }
        if (level != null && (level < 1 || level > 5)) {
            throw new IllegalArgumentException("--level is " + level + "; expected 1 (easiest) to 5 (hardest)");
        }
        List<Game24Catalog.Entry> entries = level == null ? Game24Catalog.solvable() : Game24Catalog.atLevel(level);
        if (count) {
            out.println(entries.size());
            return;
        }
        out.println("puzzle        level  difficulty  solutions  example");
        int shown = 0;
        for (Game24Catalog.Entry e : entries) {
            if (limit > 0 && shown++ >= limit) {
                break;
            }
            out.printf("%-13s %5d  %10.3f  %9d  %s%n", e.puzzle().numbersText(), e.difficulty().level(), e.difficulty().score(),
                    e.solutions().size(), e.solutions().isEmpty() ? "" : e.solutions().get(0));
        }
    }
}
