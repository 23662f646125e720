package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.shared.SharedData;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** The two Tree-of-Thoughts Game-of-24 logs, checked against counts taken from the raw JSON. */
class TotImportersTest {
    static final String BFS = "tot-game24/gpt-4_0.7_propose1_value3_greedy5_start900_end950.json";
    static final String COT = "tot-game24/gpt-4_0.7_naive_cot_sample_100_start900_end950.json";

    @TempDir
    Path dir;

    @Test
    void bfsLogBecomesOneTreePerPuzzleWithEveryProposalAndSelection() throws IOException {
        Path file = SharedData.require(BFS);
        JsonNode raw = ImportChecks.JSON.readTree(file.toFile());
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(raw.size(), traces.size());
        assertEquals(50, traces.size());
        for (int p = 0; p < raw.size(); p++) {
            JsonNode puzzle = raw.get(p);
            ImportedTrace trace = traces.get(p);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            assertEquals("game24-" + puzzle.get("idx").asInt(), trace.problemId());
            assertEquals("imported:tot-bfs", trace.header().strategyName());
            JsonNode steps = puzzle.get("steps");
            List<TraceEvent.BeamStep> beams = ImportChecks.events(trace, TraceEvent.BeamStep.class);
            assertEquals(steps.size(), beams.size());
            for (int s = 0; s < steps.size(); s++) {
                JsonNode step = steps.get(s);
                int depth = s + 1;
                assertEquals(step.get("new_ys").size(), ImportChecks.count(tree, id -> tree.depth(id) == depth), "idx "
                        + puzzle.get("idx") + " depth " + depth);
                assertEquals(depth, beams.get(s).depth());
                assertEquals(step.get("select_new_ys").size(), beams.get(s).kept().size());
                assertEquals(step.get("new_ys").size(), beams.get(s).kept().size() + beams.get(s).pruned().size());
                List<String> expected = new ArrayList<>();
                List<Double> expectedValues = new ArrayList<>();
                for (int k = 0; k < step.get("new_ys").size(); k++) {
                    expected.add(lines(step.get("new_ys").get(k).asText()));
                    expectedValues.add(step.get("values").get(k).asDouble());
                }
                List<String> actual = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (int id = 0; id < tree.size(); id++) {
                    if (tree.depth(id) == depth) {
                        actual.add(ImportChecks.pathText(tree, id));
                        values.add(tree.latestScore(id, ScoreKind.VALUE));
                    }
                }
                for (int k = 0; k < expected.size(); k++) {
                    assertEquals(expected.get(k), actual.get(k), "idx " + puzzle.get("idx") + " step " + s + " new_ys[" + k + "] is its parent's text plus one line");
                }
                assertEquals(expected.size(), actual.size());
                assertEquals(expectedValues, values);
                List<String> kept = new ArrayList<>();
                beams.get(s).kept().forEach(id -> kept.add(ImportChecks.pathText(tree, id)));
                List<String> selected = new ArrayList<>();
                step.get("select_new_ys").forEach(y -> selected.add(lines(y.asText())));
                assertEquals(selected, kept);
            }
            JsonNode infos = puzzle.get("infos");
            List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(trace, TraceEvent.AnswerExtracted.class);
            assertEquals(puzzle.get("ys").size(), answers.size());
            for (int k = 0; k < answers.size(); k++) {
                assertEquals(infos.get(k).get("r").asInt() == 1, answers.get(k).correct());
                assertEquals(lines(puzzle.get("ys").get(k).asText()), ImportChecks.pathText(tree, answers.get(k).node()));
            }
            assertEquals(infos.get(0).get("r").asInt() == 1, tree.selection().correct());
            assertEquals(answers.get(0).node(), tree.selection().node());
        }
    }

    @Test
    void bfsValuesMapBackToJudgementsOnlyWhenTheSumDeterminesThem() throws IOException {
        List<ImportedTrace> traces = Importers.read(SharedData.require(BFS));
        for (TraceEvent.Scored s : ImportChecks.events(traces.get(0), TraceEvent.Scored.class)) {
            if (s.kind() != ScoreKind.VALUE) {
                continue;
            }
            if (s.value() == 3.0) {
                assertEquals(List.of("likely", "likely", "likely"), s.judgements());
            } else if (s.value() == 0.0) {
                assertEquals(List.of(), s.judgements());
            } else if (s.value() == 1.002) {
                assertEquals(List.of("likely", "impossible", "impossible"), s.judgements());
            }
            if (!s.judgements().isEmpty()) {
                assertEquals(3, s.judgements().size());
                assertEquals(3, s.calls());
            }
        }
        assertEquals(List.of("sure", "likely", "likely"), TotLogs.judgements(22.0, 3));
        assertEquals(List.of("impossible", "impossible", "no verdict"), TotLogs.judgements(0.002, 3));
        assertEquals(List.of(), TotLogs.judgements(0.0, 3));
        assertEquals(List.of(), TotLogs.judgements(7.5, 3));
    }

    @Test
    void aDuplicateKeptTwiceGetsItsOwnBlockOfChildren() throws IOException {
        Path file = SharedData.require(BFS);
        ImportedTrace t937 = Importers.read(file).stream().filter(t -> t.problemId().equals("game24-937")).findFirst().orElseThrow();
        TraceTree tree = t937.fold();
        TraceEvent.BeamStep depth1 = ImportChecks.events(t937, TraceEvent.BeamStep.class).get(0);
        List<Integer> twins = new ArrayList<>();
        for (int id : depth1.kept()) {
            if (tree.text(id).equals("8 - 2 = 6 (left: 2 6 8)")) {
                twins.add(id);
            }
        }
        assertEquals(2, twins.size(), "ToT kept the duplicate proposal twice");
        assertEquals(5, tree.children(twins.get(0)).size());
        assertEquals(5, tree.children(twins.get(1)).size());
        assertFalse(tree.key(twins.get(0)).equals(tree.key(twins.get(1))), "keys stay unique");
    }

    @Test
    void cotLogBecomesOneHundredVotedChainsPerPuzzle() throws IOException {
        Path file = SharedData.require(COT);
        JsonNode raw = ImportChecks.JSON.readTree(file.toFile());
        List<String> csv = Files.readAllLines(SharedData.require("tot-game24/24.csv"));
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(50, traces.size());
        for (int p = 0; p < raw.size(); p++) {
            JsonNode puzzle = raw.get(p);
            ImportedTrace trace = traces.get(p);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            int steps = 0;
            int correct = 0;
            for (int i = 0; i < puzzle.get("ys").size(); i++) {
                List<String> lines = new ArrayList<>(puzzle.get("ys").get(i).asText().strip().lines().filter(l -> !l.isBlank()).toList());
                if (!lines.isEmpty() && lines.get(0).strip().equals("Steps:")) {
                    lines.remove(0);
                }
                steps += Math.max(1, lines.size());
                correct += puzzle.get("infos").get(i).get("r").asInt();
            }
            assertEquals(1 + steps, tree.size(), "idx " + puzzle.get("idx"));
            assertEquals(100, tree.children(0).size());
            List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(trace, TraceEvent.AnswerExtracted.class);
            assertEquals(correct, (int) answers.stream().filter(TraceEvent.AnswerExtracted::correct).count());
            assertEquals(100, ImportChecks.events(trace, TraceEvent.VoteCast.class).size());
            assertEquals(100, tree.tally().values().stream().mapToInt(TraceTree.Tally::count).sum());
            assertEquals(null, tree.selection(), "the sample log chose nothing");
            String numbers = csv.get(puzzle.get("idx").asInt() + 1).split(",")[1];
            List<Integer> expected = new ArrayList<>();
            for (String n : numbers.split(" ")) {
                expected.add(Integer.parseInt(n));
            }
            assertEquals(expected, trace.header().problem().get("numbers"));
        }
    }

    @Test
    void correctCotAnswersClusterByCanonicalExpression() throws IOException {
        ImportedTrace first = Importers.read(SharedData.require(COT)).get(0);
        for (TraceEvent.AnswerExtracted a : ImportChecks.events(first, TraceEvent.AnswerExtracted.class)) {
            assertFalse(a.normalized().isEmpty());
            assertFalse(a.answer().startsWith("Answer:"), a.answer());
        }
        TraceTree tree = first.fold();
        for (TraceTree.Tally t : tree.tally().values()) {
            List<Boolean> verdicts = new ArrayList<>();
            t.nodes().forEach(n -> verdicts.add(tree.answer(n).correct()));
            assertTrue(verdicts.stream().distinct().count() <= 1 || verdicts.size() > 1, "a cluster holds one canonical expression");
        }
        assertTrue(tree.tally().size() < 100, "equal expressions share a cluster: " + tree.tally().size());
    }

    /** A trajectory's lines, each stripped; ToT ends every line with "\n", and an empty proposal adds an empty line. */
    private static String lines(String y) {
        List<String> out = new ArrayList<>();
        for (String l : (y.endsWith("\n") ? y.substring(0, y.length() - 1) : y).split("\n", -1)) {
            out.add(l.strip());
        }
        return String.join("\n", out);
    }
}
