package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.shared.SharedData;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** PRM800K in its original schema and as step candidates, checked against counts taken from the raw rows. */
class Prm800kImportersTest {
    static final String RAW = "prm800k/raw_records_12.jsonl";
    static final String STEPWISE = "prm800k/phase1_test.stepwise-critic.jsonl";

    @TempDir
    Path dir;

    @Test
    void rawRecordsBecomeLabelledTreesWithAlternativesAsSiblings() throws IOException {
        Path file = SharedData.require(RAW);
        List<JsonNode> rows = ImportChecks.jsonl(file);
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(12, traces.size());
        int labelledSteps = 0;
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            ImportedTrace trace = traces.get(r);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            JsonNode steps = row.get("label").get("steps");
            labelledSteps += steps.size();
            int nodes = 1;
            int ratings = 0;
            int continued = 0;
            for (JsonNode step : steps) {
                nodes += step.get("completions").size() + (step.get("human_completion").isNull() ? 0 : 1);
                for (JsonNode c : step.get("completions")) {
                    ratings += c.get("rating").isNull() ? 0 : 1;
                }
                continued += !step.get("chosen_completion").isNull() || !step.get("human_completion").isNull() ? 1 : 0;
            }
            JsonNode pre = row.get("question").get("pre_generated_steps");
            if (pre != null && pre.size() > steps.size()) {
                nodes += pre.size() - steps.size();
            }
            assertEquals(nodes, tree.size(), "record " + (r + 1));
            List<TraceEvent.Scored> human = ImportChecks.events(trace, TraceEvent.Scored.class).stream()
                    .filter(s -> s.verifier().equals("human-rating")).toList();
            assertEquals(ratings, human.size());
            for (TraceEvent.Scored s : human) {
                assertEquals(ScoreKind.PRM, s.kind());
                String rating = s.judgements().get(0);
                double expected = rating.equals("rating -1") ? 0 : rating.equals("rating 0") ? 0.5 : 1;
                assertEquals(expected, s.value(), rating);
            }
            assertEquals(continued, ImportChecks.events(trace, TraceEvent.BeamStep.class).size());
            assertNotNull(tree.selection());
            assertEquals(row.get("question").get("problem").asText(), tree.text(0));
        }
        assertEquals(118, labelledSteps, "PROVENANCE: 118 labelled steps");
    }

    @Test
    void phaseTwoSolutionsContinueUnlabelledAndCarryOpenAisPrmScore() throws IOException {
        List<JsonNode> rows = ImportChecks.jsonl(SharedData.require(RAW));
        ImportedTrace first = Importers.read(SharedData.require(RAW)).get(0);
        TraceTree tree = first.fold();
        int end = tree.selection().node();
        assertEquals(rows.get(0).get("question").get("pre_generated_steps").size(), tree.depth(end));
        assertEquals(rows.get(0).get("question").get("pre_generated_verifier_score").asDouble(), tree.latestScore(end, ScoreKind.ORM));
        assertEquals("7200", tree.answer(end).raw());
        assertEquals(false, tree.selection().correct(), "gold 28800");
    }

    @Test
    void aPhaseOneSolutionEndsInTheLabellersAnswer() throws IOException {
        List<ImportedTrace> traces = Importers.read(SharedData.require(RAW));
        ImportedTrace pencils = traces.get(9);
        TraceTree tree = pencils.fold();
        assertTrue(tree.text(0).startsWith("Three pencils"));
        assertEquals("29", tree.selection().answer());
        assertTrue(tree.selection().correct());
        assertTrue(tree.isTerminal(tree.selection().node()));
    }

    @Test
    void stepCandidatesBecomeOneTreePerProblemWithOneNodePerDistinctPath() throws IOException {
        Path file = SharedData.require(STEPWISE);
        List<JsonNode> rows = ImportChecks.jsonl(file);
        Map<String, Set<List<String>>> paths = new HashMap<>();
        Map<String, Integer> ratings = new HashMap<>();
        Map<String, Set<List<String>>> answered = new HashMap<>();
        Map<String, Set<List<String>>> solutions = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode r : rows) {
            String q = r.get("instruction").asText();
            if (!paths.containsKey(q)) {
                order.add(q);
            }
            List<String> path = new ArrayList<>();
            r.get("responses").forEach(x -> path.add(x.asText()));
            path.add(r.get("next_response").asText());
            paths.computeIfAbsent(q, k -> new HashSet<>()).add(path);
            ratings.merge(q, r.get("rating").isNull() ? 0 : 1, Integer::sum);
            if (!r.get("answer").isNull()) {
                answered.computeIfAbsent(q, k -> new HashSet<>()).add(path);
            }
            if (r.get("is_solution").asBoolean()) {
                solutions.computeIfAbsent(q, k -> new HashSet<>()).add(path);
            }
        }
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(101, traces.size());
        assertEquals(101, order.size());
        for (int p = 0; p < order.size(); p++) {
            String q = order.get(p);
            ImportedTrace trace = traces.get(p);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            assertEquals(q, tree.text(0));
            assertEquals(1 + paths.get(q).size(), tree.size(), q);
            assertEquals((int) ratings.get(q), ImportChecks.events(trace, TraceEvent.Scored.class).size());
            List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(trace, TraceEvent.AnswerExtracted.class);
            assertEquals(answered.getOrDefault(q, Set.of()).size(), answers.size());
            assertEquals(solutions.getOrDefault(q, Set.of()).size(), (int) answers.stream().filter(TraceEvent.AnswerExtracted::correct).count());
            for (int id = 1; id < tree.size(); id++) {
                List<String> path = new ArrayList<>();
                tree.pathTo(id).stream().skip(1).forEach(n -> path.add(tree.text(n)));
                assertTrue(paths.get(q).contains(path), "every node is a path some row offers");
            }
            if (tree.selection() != null) {
                assertTrue(tree.isTerminal(tree.selection().node()));
            }
        }
    }

    @Test
    void aProblemWithoutAPreferredFinalStepHasNoChoice() throws IOException {
        for (ImportedTrace t : Importers.read(SharedData.require(STEPWISE))) {
            TraceTree tree = t.fold();
            boolean preferredAnswer = false;
            for (TraceEvent.BeamStep b : ImportChecks.events(t, TraceEvent.BeamStep.class)) {
                for (int id : b.kept()) {
                    preferredAnswer |= tree.answer(id) != null;
                }
            }
            if (preferredAnswer) {
                assertNotNull(tree.selection(), t.problemId());
            } else {
                assertNull(tree.selection(), t.problemId());
            }
        }
    }
}
