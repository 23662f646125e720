package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every solvable Game-of-24 puzzle: all 1820 multisets of four numbers from 1 to 13, solved
 * exactly; 1362 are solvable. Built once, lazily, on first use (about a second).
 */
public final class Game24Catalog {
    /** Number of 4-multisets of 1..13. */
    public static final int MULTISETS = 1820;

    /** One solvable puzzle with its difficulty and its distinct canonical solutions. */
    public record Entry(Puzzle puzzle, Difficulty difficulty, List<String> solutions) {
        public Entry {
            solutions = List.copyOf(solutions);
        }
    }

    private Game24Catalog() {
    }

    private static final class Holder {
        static final List<Entry> ENTRIES;
        static final double[] CUTS;
        static final Map<String, Entry> BY_ID = new HashMap<>();
        static final int ENUMERATED;

        static {
            Solver solver = new Solver();
            List<Puzzle> puzzles = new ArrayList<>();
            List<Difficulty> raw = new ArrayList<>();
            List<List<String>> sols = new ArrayList<>();
            int enumerated = 0;
            for (int a = 1; a <= 13; a++) {
                for (int b = a; b <= 13; b++) {
                    for (int c = b; c <= 13; c++) {
                        for (int d = c; d <= 13; d++) {
                            enumerated++;
                            Puzzle p = Puzzle.game24(a, b, c, d);
                            Solver.Solutions s = solver.solutions(p);
                            if (s.count() > 0) {
                                puzzles.add(p);
                                raw.add(Difficulty.unleveled(p, solver, s));
                                sols.add(s.canonical());
                            }
                        }
                    }
                }
            }
            ENUMERATED = enumerated;
            double[] scores = raw.stream().mapToDouble(Difficulty::score).sorted().toArray();
            CUTS = new double[4];
            for (int k = 1; k <= 4; k++) {
                CUTS[k - 1] = scores[(int) Math.ceil(k * scores.length / 5.0) - 1];
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < puzzles.size(); i++) {
                Difficulty d = raw.get(i);
                Entry e = new Entry(puzzles.get(i), d.withLevel(level(CUTS, d.score())), sols.get(i));
                entries.add(e);
                BY_ID.put(e.puzzle().id(), e);
            }
            ENTRIES = Collections.unmodifiableList(entries);
        }
    }

    /** The solvable puzzles, ordered by their numbers ascending (1 1 1 8 first). */
    public static List<Entry> solvable() {
        return Holder.ENTRIES;
    }

    /** How many multisets were enumerated (always {@link #MULTISETS}). */
    public static int enumerated() {
        return Holder.ENUMERATED;
    }

    /** The entry for a puzzle id such as "24:4-9-10-13", if that puzzle is solvable. */
    public static Optional<Entry> find(String id) {
        return Optional.ofNullable(Holder.BY_ID.get(id));
    }

    /** The solvable puzzles at one difficulty level, 1 (easiest) to 5. */
    public static List<Entry> atLevel(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("difficulty level must be 1..5, got " + level);
        }
        return Holder.ENTRIES.stream().filter(e -> e.difficulty().level() == level).toList();
    }

    /** The four quintile cut points of the difficulty score over the catalogue, ascending. */
    public static double[] quintileCuts() {
        return Arrays.copyOf(Holder.CUTS, Holder.CUTS.length);
    }

    /** The level 1..5 of a difficulty score: 1 + the number of quintile cut points it exceeds. */
    public static int levelFor(double score) {
        return level(Holder.CUTS, score);
    }

    private static int level(double[] cuts, double score) {
        int level = 1;
        for (double c : cuts) {
            if (score > c) {
                level++;
            }
        }
        return level;
    }
}
