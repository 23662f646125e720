package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Game24CatalogTest {

    /** Rank (1 = fastest for people) of each puzzle in ToT's 24.csv, keyed by "a b c d" ascending. */
    private static Map<String, Integer> csvRanks() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("tot-game24/24.csv"), StandardCharsets.UTF_8);
        Map<String, Integer> ranks = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int[] nums = Arrays.stream(f[1].trim().split(" ")).mapToInt(Integer::parseInt).sorted().toArray();
            ranks.put(Arrays.toString(nums), Integer.parseInt(f[0]));
        }
        return ranks;
    }

    private static String key(Puzzle p) {
        return Arrays.toString(p.numbers().stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void enumeratingAll1820MultisetsFinds1362Solvable() {
        assertEquals(Game24Catalog.MULTISETS, Game24Catalog.enumerated());
        assertEquals(1362, Game24Catalog.solvable().size());
    }

    @Test
    void theSolvablePuzzlesAreExactlyThoseOfToTs24Csv() throws IOException {
        Map<String, Integer> ranks = csvRanks();
        assertEquals(1362, ranks.size(), "24.csv lists 1362 distinct puzzles");
        Set<String> ours = new HashSet<>();
        for (Game24Catalog.Entry e : Game24Catalog.solvable()) {
            ours.add(key(e.puzzle()));
        }
        assertEquals(ranks.keySet(), ours);
    }

    @Test
    void difficultyCorrelatesWithHumanSolvingTimeRank() throws IOException {
        Map<String, Integer> ranks = csvRanks();
        List<Double> score = new ArrayList<>();
        List<Double> rank = new ArrayList<>();
        for (Game24Catalog.Entry e : Game24Catalog.solvable()) {
            score.add(e.difficulty().score());
            rank.add((double) ranks.get(key(e.puzzle())));
        }
        double rho = Spearman.rho(score, rank);
        System.out.printf("Spearman(difficulty score, 24.csv rank) = %.4f%n", rho);
        assertTrue(rho > 0.45, "Spearman rho was " + rho);
    }

    @Test
    void levelsAreQuintilesOfTheScore() {
        int[] counts = new int[6];
        for (Game24Catalog.Entry e : Game24Catalog.solvable()) {
            counts[e.difficulty().level()]++;
            assertTrue(e.difficulty().score() >= 0 && e.difficulty().score() <= 1);
            assertEquals(e.difficulty().level(), Game24Catalog.levelFor(e.difficulty().score()));
        }
        assertEquals(0, counts[0]);
        for (int level = 1; level <= 5; level++) {
            assertTrue(counts[level] > 1362 * 0.10 && counts[level] < 1362 * 0.30,
                    "level " + level + " has " + counts[level] + " puzzles");
            assertEquals(counts[level], Game24Catalog.atLevel(level).size());
        }
    }

    @Test
    void catalogueEntriesCarryTheirSolutionsAndCanBeFoundById() {
        Game24Catalog.Entry e = Game24Catalog.find("24:3-3-8-8").orElseThrow();
        assertEquals(List.of("8 ÷ (3 − 8 ÷ 3)"), e.solutions());
        assertEquals(0, e.difficulty().wholeNumberSolutions());
        assertTrue(Game24Catalog.find("24:1-1-1-1").isEmpty());
        Game24Catalog.Entry easy = Game24Catalog.find("24:1-1-4-6").orElseThrow();
        assertTrue(easy.difficulty().score() < e.difficulty().score());
        assertTrue(easy.difficulty().level() < e.difficulty().level());
    }
}
