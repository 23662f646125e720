package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.shared.SharedData;

/** Detection by content, and clear errors for files that are not what they claim or are damaged. */
class ImportersTest {
    @TempDir
    Path dir;

    @Test
    void everySharedFileAnImporterClaimsIsDetectedByItsContent() throws IOException {
        Map<String, String> claimed = Map.of(
                OtherToolsImportersTest.RSTAR, "rstar-pairs",
                TotImportersTest.BFS, "tot-bfs",
                TotImportersTest.COT, "tot-cot",
                Prm800kImportersTest.RAW, "prm800k",
                Prm800kImportersTest.STEPWISE, "prm800k-stepwise",
                Gsm8kSamplesImporterTest.FILE, "gsm8k-samples",
                StreamOfSearchImporterTest.FILE, "sos-countdown",
                ThoughtAnchorsImporterTest.ROOT, "thought-anchors",
                ThoughtAnchorsImporterTest.ROOT + "/deepseek-r1-distill-qwen-14b/correct_base_solution/problem_330/chunks_labeled.json",
                "thought-anchors");
        for (Map.Entry<String, String> e : claimed.entrySet()) {
            Path original = SharedData.require(e.getKey());
            assertEquals(e.getValue(), Importers.detect(original).id(), e.getKey());
            if (Files.isRegularFile(original) && !e.getKey().endsWith("chunks_labeled.json")) {
                Path renamed = dir.resolve("data-" + e.getValue() + ".txt");
                Files.copy(original, renamed);
                assertEquals(e.getValue(), Importers.detect(renamed).id(), "content, not the name: " + e.getKey());
            }
        }
    }

    @Test
    void dataWithoutSearchesIsNotClaimedAndTheMessageListsTheFormats() throws IOException {
        for (String f : List.of("tot-game24/24.csv", "gsm8k/test.jsonl", "prm800k/math_splits_test.jsonl", "aime2024/aime24.jsonl",
                "rstar-math-examples/sft_data_examples.json")) {
            Path file = SharedData.require(f);
            ImportException e = assertThrows(ImportException.class, () -> Importers.detect(file), f);
            assertTrue(e.getMessage().startsWith("file " + file + ": not a format Reasoning Explorer can import"), e.getMessage());
            for (TraceImporter i : Importers.all()) {
                assertTrue(e.getMessage().contains(i.format()), i.id());
            }
        }
        ImportException csv = assertThrows(ImportException.class, () -> Importers.detect(SharedData.require("tot-game24/24.csv")));
        assertTrue(csv.getMessage().contains("text that is not JSON: \"Rank,Puzzles"), csv.getMessage());
        ImportException missing = assertThrows(ImportException.class, () -> Importers.detect(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().endsWith("no such file or folder"));
    }

    @Test
    void aCsvHandedToTheToTImporterNamesTheFormatItExpectedAndTheLine() throws IOException {
        Path csv = SharedData.require("tot-game24/24.csv");
        ImportException e = assertThrows(ImportException.class, () -> new TotBfsImporter().read(csv));
        assertEquals("line 1", e.location());
        assertEquals(TotBfsImporter.FORMAT, e.format());
        assertTrue(e.getMessage().contains("expected a JSON list of ToT BFS puzzle records, found text that is not JSON: \"Rank,Puzzles"),
                e.getMessage());
    }

    @Test
    void aTruncatedToTLogNamesTheRecordWhereItBreaksOff() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.require(TotImportersTest.BFS));
        Path cut = dir.resolve("cut.json");
        Files.write(cut, Arrays.copyOf(whole, 30_000));
        assertEquals("tot-bfs", Importers.detect(cut).id(), "the first record is whole, so detection still works");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(cut));
        assertTrue(e.location().startsWith("record "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated?"), e.getMessage());
        assertTrue(e.getMessage().contains("Tree-of-Thoughts"), e.getMessage());
    }

    @Test
    void aToTRecordWithoutStepsIsNamed() throws IOException {
        Path file = dir.resolve("bfs.json");
        String one = "{\"idx\":900,\"steps\":[{\"step\":0,\"x\":\"4 5 6 10\",\"ys\":[\"\"],\"new_ys\":[\"4 + 5 = 9 (left: 6 9 10)\\n\"],"
                + "\"values\":[3.0],\"select_new_ys\":[\"4 + 5 = 9 (left: 6 9 10)\\n\"]}],\"ys\":[\"4 + 5 = 9 (left: 6 9 10)\\n\"],"
                + "\"infos\":[{\"r\":0}]}";
        Files.writeString(file, "[" + one + ",\n{\"idx\":901,\"ys\":[],\"infos\":[]}]");
        ImportException e = assertThrows(ImportException.class, () -> new TotBfsImporter().read(file));
        assertEquals("file " + file + ", record 2 (line 2): a ToT BFS puzzle record needs \"steps\"", e.getMessage());
        Files.writeString(file, "[" + one.replace("[3.0]", "[3.0, 1.0]") + "]");
        ImportException values = assertThrows(ImportException.class, () -> new TotBfsImporter().read(file));
        assertTrue(values.getMessage().contains("record 1 (line 1), step 0: \"values\" has 2 entries but \"new_ys\" has 1"), values.getMessage());
    }

    @Test
    void aPrm800kRecordWithoutStepsIsNamedByRecordAndLine() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require(Prm800kImportersTest.RAW));
        Path file = dir.resolve("raw.jsonl");
        Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2).replaceFirst("\"steps\": ?\\[", "\"stages\": [")));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file));
        assertEquals("file " + file + ", record 3 (line 3): a PRM800K record needs \"label\".\"steps\"", e.getMessage());
        assertEquals(Prm800kImporter.FORMAT, e.format());
    }

    @Test
    void aBadChosenCompletionOrRatingIsNamedWithItsStep() throws IOException {
        String line = Files.readAllLines(SharedData.require(Prm800kImportersTest.RAW)).get(9);
        Path file = dir.resolve("raw.jsonl");
        Files.writeString(file, line.replace("\"chosen_completion\": 4", "\"chosen_completion\": 9") + "\n");
        ImportException chosen = assertThrows(ImportException.class, () -> new Prm800kImporter().read(file));
        assertTrue(chosen.getMessage().contains("record 1 (line 1), step 6: \"chosen_completion\" 9 is out of range: the step has 5 completions"),
                chosen.getMessage());
        Files.writeString(file, line.replaceFirst("\"rating\": 1", "\"rating\": 5") + "\n");
        ImportException rating = assertThrows(ImportException.class, () -> new Prm800kImporter().read(file));
        assertTrue(rating.getMessage().contains("\"rating\" must be -1, 0 or 1, found 5"), rating.getMessage());
    }

    @Test
    void aTruncatedJsonLinesFileNamesItsLastLine() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require(Gsm8kSamplesImporterTest.FILE)).subList(0, 4);
        Path file = dir.resolve("gsm.jsonl");
        String last = lines.get(3);
        Files.writeString(file, String.join("\n", lines.subList(0, 3)) + "\n" + last.substring(0, last.length() / 2), StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file));
        assertEquals("record 4 (line 4)", e.location());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void aStepwiseRowWithABadRatingIsNamed() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require(Prm800kImportersTest.STEPWISE)).subList(0, 5);
        Path file = dir.resolve("stepwise.jsonl");
        Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2).replaceFirst("\"rating\": -?\\d", "\"rating\": 7")));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file));
        assertEquals("file " + file + ", record 3 (line 3): \"rating\" must be -1, 0, 1 or null, found 7", e.getMessage());
    }

    @Test
    void aStreamOfSearchLineOutOfPlaceIsNamedByItsLineInTheSearchText() throws IOException {
        Path file = dir.resolve("sos.json");
        Files.writeString(file, "[{\"nums\":[1,2,3,4],\"target\":10,\"search_path\":\"Current State: 10:[1, 2, 3, 4], Operations: []\\n"
                + "Moving to Node #0,5\\n\"}]");
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(file));
        assertEquals("file " + file + ", record 1 (line 1), search_path line 2: \"Moving to Node #0,5\", which no earlier line created",
                e.getMessage());
        Files.writeString(file, "[{\"nums\":[1,2,3,4],\"target\":10,\"search_path\":\"Exploring Operation: 1+2=3, Resulting Numbers: [3, 3, 4]\\n"
                + "Moving to Node #0\\n\"}]");
        ImportException pending = assertThrows(ImportException.class, () -> Importers.read(file));
        assertTrue(pending.getMessage().contains("search_path line 2: an \"Exploring Operation\" line must be followed by"), pending.getMessage());
    }

    @Test
    void aThoughtAnchorsFolderWithoutChunksIsRejected() throws IOException {
        Path problem = dir.resolve("problem_1");
        Files.createDirectories(problem);
        Files.copy(SharedData.require(ThoughtAnchorsImporterTest.ROOT
                + "/deepseek-r1-distill-qwen-14b/correct_base_solution/problem_330/base_solution.json"), problem.resolve("base_solution.json"));
        ImportException e = assertThrows(ImportException.class, () -> new ThoughtAnchorsImporter().read(problem));
        assertTrue(e.getMessage().contains("found no folder holding both base_solution.json and chunks_labeled.json"), e.getMessage());
        Files.writeString(problem.resolve("chunks_labeled.json"), "[{\"chunk\": \"Okay.\", \"chunk_idx\": 3}]");
        Files.writeString(problem.resolve("problem.json"), "{\"problem\": \"1+1?\", \"gt_answer\": \"2\"}");
        ImportException idx = assertThrows(ImportException.class, () -> Importers.read(problem));
        assertTrue(idx.getMessage().contains("record 1: \"chunk_idx\" is 3 but the chunk is number 0 in the list"), idx.getMessage());
    }

    @Test
    void aGenericRowWhoseSamplesAreNotAListIsNamed() throws IOException {
        Path file = dir.resolve("samples.jsonl");
        Files.writeString(file, "{\"question\": \"q\", \"samples\": [\"The answer is 3\"]}\n{\"question\": \"q2\", \"samples\": \"oops\"}\n");
        ImportException e = assertThrows(ImportException.class, () -> new GenericSamplesImporter().read(file));
        assertEquals("file " + file + ", record 2 (line 2): a sample-set row's \"samples\" must be a list, found a string \"oops\"",
                e.getMessage());
    }
}
