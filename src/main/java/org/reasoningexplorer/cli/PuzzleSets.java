package org.reasoningexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.puzzle.CountdownGenerator;
import org.reasoningexplorer.engine.puzzle.Game24Catalog;
import org.reasoningexplorer.engine.puzzle.Puzzle;

/** Reads a problem-set description: "game24", "game24:N", "level:L", "countdown:N[:SEED]", a file, or puzzles separated by ';'. */
final class PuzzleSets {
    static final String HELP = "game24 (all 1,362), game24:N (N spread over difficulty), level:L (difficulty 1..5), "
            + "countdown:N[:SEED], a file with one puzzle per line, or puzzles separated by ';'";

    private PuzzleSets() {
    }

    static List<Puzzle> parse(String text) {
        String t = text.trim();
        if (t.equals("game24")) {
            return puzzles(Game24Catalog.solvable());
        }
        if (t.startsWith("game24:")) {
            int n = number(t.substring(7), "game24:N");
            List<Game24Catalog.Entry> all = Game24Catalog.solvable();
            if (n < 1 || n > all.size()) {
                throw new IllegalArgumentException("game24:" + n + " asks for " + n + " puzzles; there are 1 to " + all.size());
            }
            List<Puzzle> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(all.get((int) ((long) i * all.size() / n)).puzzle());
            }
            return out;
        }
        if (t.startsWith("level:")) {
            int level = number(t.substring(6), "level:L");
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException("level:" + level + " is out of range; expected 1 (easiest) to 5 (hardest)");
            }
            return puzzles(Game24Catalog.atLevel(level));
        }
        if (t.startsWith("countdown:")) {
            String[] parts = t.substring(10).split(":");
            int n = number(parts[0], "countdown:N");
            long seed = parts.length > 1 ? number(parts[1], "countdown:N:SEED") : 4;
            return new CountdownGenerator(seed).first(n);
        }
        Path file = Path.of(t);
        if (!t.contains(";") && Files.isRegularFile(file)) {
            return fromFile(file);
        }
        List<Puzzle> out = new ArrayList<>();
        for (String p : t.split(";")) {
            if (!p.isBlank()) {
                out.add(Puzzle.parse(p));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no puzzles in '" + text + "'; expected " + HELP);
        }
        return out;
    }

    private static List<Puzzle> fromFile(Path file) {
        List<Puzzle> out = new ArrayList<>();
        try {
            int line = 0;
            for (String s : Files.readAllLines(file)) {
                line++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                try {
                    out.add(Puzzle.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new Cli.BadInputException(file + ", line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new Cli.BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<Puzzle> puzzles(List<Game24Catalog.Entry> entries) {
        List<Puzzle> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.puzzle()));
        return out;
    }

    private static int number(String s, String form) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' in " + form + " is not a whole number");
        }
    }
}
