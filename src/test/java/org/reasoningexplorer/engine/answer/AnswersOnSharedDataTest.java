package org.reasoningexplorer.engine.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.shared.SharedData;

/** Answer extraction and equivalence on the real answers in ../shared/data (skipped when it is absent). */
class AnswersOnSharedDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GSM8K_SYSTEMS = {"6b_finetuning", "6b_verification", "175b_finetuning", "175b_verification"};

    private static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void everyMath500GoldAnswerIsEquivalentToItselfAndToItsKey() throws IOException {
        List<JsonNode> rows = jsonl(SharedData.require("prm800k/math_splits_test.jsonl"));
        assertEquals(500, rows.size());
        for (JsonNode row : rows) {
            String gold = row.get("answer").asText();
            String key = MathAnswers.normalize(gold);
            assertFalse(key.isEmpty(), gold);
            assertTrue(MathAnswers.equivalent(gold, gold), gold);
            assertTrue(MathAnswers.equivalent(gold, key), gold + " vs key " + key);
            assertEquals(key, MathAnswers.normalize(key), gold);
        }
    }

    @Test
    void theLastBoxedAnswerOfEachMath500ReferenceSolutionMatchesTheGoldAnswer() throws IOException {
        List<JsonNode> rows = jsonl(SharedData.require("prm800k/math_splits_test.jsonl"));
        List<String> misses = new ArrayList<>();
        for (JsonNode row : rows) {
            AnswerExtractor.Extraction e = AnswerExtractor.extract(row.get("solution").asText());
            assertEquals(AnswerExtractor.Rule.BOXED, e.rule(), row.get("unique_id").asText());
            if (!MathAnswers.equivalent(e.answer(), row.get("answer").asText())) {
                misses.add(e.answer() + " vs gold " + row.get("answer").asText());
            }
        }
        System.out.println("MATH-500: boxed reference answer equivalent to gold for " + (rows.size() - misses.size())
                + " of " + rows.size() + "; misses: " + misses);
        assertTrue(misses.size() <= 10, misses.size() + " misses: " + misses);
    }

    @Test
    void everyGsm8kTestAnswerIsReadFromItsHashesLine() throws IOException {
        List<JsonNode> rows = jsonl(SharedData.require("gsm8k/test.jsonl"));
        assertEquals(1319, rows.size());
        for (JsonNode row : rows) {
            String solution = row.get("answer").asText();
            String expected = solution.substring(solution.indexOf("\n#### ") + 6).strip();
            AnswerExtractor.Extraction e = AnswerExtractor.extract(solution);
            assertEquals(AnswerExtractor.Rule.GSM8K_HASHES, e.rule(), solution);
            assertEquals(expected, e.answer());
            assertTrue(MathAnswers.equivalent(e.answer(), expected.replace(",", "")), expected);
        }
    }

    @Test
    void gsm8kModelAnswersCheckedAgainstGoldAgreeWithTheFilesIsCorrectLabels() throws IOException {
        List<JsonNode> rows = jsonl(SharedData.require("gsm8k/example_model_solutions.jsonl"));
        int total = 0;
        int agree = 0;
        List<String> disagreements = new ArrayList<>();
        for (JsonNode row : rows) {
            String gold = AnswerExtractor.extract(row.get("ground_truth").asText()).answer();
            for (String system : GSM8K_SYSTEMS) {
                JsonNode s = row.get(system);
                boolean ours = MathAnswers.equivalent(AnswerExtractor.extract(s.get("solution").asText()).answer(), gold);
                total++;
                if (ours == s.get("is_correct").asBoolean()) {
                    agree++;
                } else if (disagreements.size() < 10) {
                    disagreements.add(system + ": " + AnswerExtractor.extract(s.get("solution").asText()) + " vs gold " + gold);
                }
            }
        }
        double rate = agree / (double) total;
        System.out.printf("GSM8K example_model_solutions: %d of %d (%.4f) agree with is_correct; e.g. %s%n", agree, total, rate,
                disagreements);
        assertEquals(1319 * 4, total);
        assertTrue(rate >= 0.98, "agreement " + rate + "; e.g. " + disagreements);
    }

    @Test
    void thoughtAnchorsAnswersCheckedAgainstGoldAgreeWithTheirLabels() throws IOException {
        Path root = SharedData.require("thought-anchors-r1distill/deepseek-r1-distill-qwen-14b");
        List<Path> problems;
        try (Stream<Path> s = Files.walk(root, 2)) {
            problems = s.filter(p -> Files.exists(p.resolve("base_solution.json"))).sorted().toList();
        }
        assertEquals(20, problems.size());
        for (Path dir : problems) {
            JsonNode base = JSON.readTree(dir.resolve("base_solution.json").toFile());
            JsonNode problem = JSON.readTree(dir.resolve("problem.json").toFile());
            boolean labelled = Boolean.parseBoolean(base.get("is_correct").asText());
            assertEquals(labelled, MathAnswers.equivalent(base.get("answer").asText(), problem.get("gt_answer").asText()), dir.toString());
            String extracted = AnswerExtractor.extract(base.get("full_cot").asText()).answer();
            assertEquals(labelled, MathAnswers.equivalent(extracted, problem.get("gt_answer").asText()),
                    dir + ": extracted " + extracted);
        }
    }
}
