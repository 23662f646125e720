package org.reasoningexplorer.engine.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.metrics.PassAtK;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.verify.ExactChecker;

/**
 * The GPT-4 chain-of-thought log of Tree of Thoughts (50 puzzles × 100 samples, each labelled by
 * ToT's sympy check): our exact checker agrees with the labels, and pass@k is computed from them.
 */
class TotCotLogTest {
    private record Sample(Puzzle puzzle, String lastLine, boolean labelledCorrect) {
    }

    private static List<List<Sample>> load() throws IOException {
        Path log = SharedData.require("tot-game24/gpt-4_0.7_naive_cot_sample_100_start900_end950.json");
        List<String> puzzles = Files.readAllLines(SharedData.require("tot-game24/24.csv"));
        JsonNode root = new ObjectMapper().readTree(log.toFile());
        List<List<Sample>> out = new ArrayList<>();
        for (JsonNode p : root) {
            String numbers = puzzles.get(p.get("idx").asInt() + 1).split(",")[1];
            Puzzle puzzle = Puzzle.parse(numbers);
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < p.get("ys").size(); i++) {
                String[] lines = p.get("ys").get(i).asText().strip().split("\n");
                samples.add(new Sample(puzzle, lines[lines.length - 1], p.get("infos").get(i).get("r").asInt() == 1));
            }
            out.add(samples);
        }
        return out;
    }

    @Test
    void ourExactCheckerAgreesWithToTsSympyLabels() throws IOException {
        int total = 0;
        int agree = 0;
        List<String> disagreements = new ArrayList<>();
        for (List<Sample> problem : load()) {
            for (Sample s : problem) {
                total++;
                boolean ours = ExactChecker.isCorrectAnswer(s.puzzle(), s.lastLine());
                if (ours == s.labelledCorrect()) {
                    agree++;
                } else if (disagreements.size() < 5) {
                    disagreements.add(s.puzzle().numbersText() + ": " + s.lastLine() + " labelled " + s.labelledCorrect());
                }
            }
        }
        assertEquals(5000, total);
        assertTrue(agree >= total - 5, agree + " of " + total + " agree; e.g. " + disagreements);
    }

    @Test
    void passAtKFromTheLogRisesFromTheMeanLabelToTheShareOfSolvedPuzzles() throws IOException {
        List<List<Sample>> problems = load();
        int[] correct = new int[problems.size()];
        double meanLabel = 0;
        double anySolved = 0;
        for (int i = 0; i < problems.size(); i++) {
            for (Sample s : problems.get(i)) {
                correct[i] += s.labelledCorrect() ? 1 : 0;
            }
            meanLabel += correct[i] / 100.0;
            anySolved += correct[i] > 0 ? 1 : 0;
        }
        meanLabel /= problems.size();
        anySolved /= problems.size();
        assertEquals(meanLabel, PassAtK.meanOverProblems(100, correct, 1), 1e-12);
        assertEquals(anySolved, PassAtK.meanOverProblems(100, correct, 100), 1e-12);
        double previous = 0;
        for (int k : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            double p = PassAtK.meanOverProblems(100, correct, k);
            assertTrue(p >= previous, "pass@" + k + " = " + p + " is below pass@smaller " + previous);
            previous = p;
        }
        assertTrue(meanLabel < 0.1, "ToT reports CoT at about 4%: " + meanLabel);
    }
}
