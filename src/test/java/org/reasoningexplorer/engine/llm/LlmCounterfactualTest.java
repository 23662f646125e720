package org.reasoningexplorer.engine.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.ScoreOverrides;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.whatif.Counterfactual;

/** "Re-run from here" for a model run: generations come from the run's journal, only new branches reach the server. */
class LlmCounterfactualTest {
    private static final String QUESTION = "Natalia sold clips to 48 friends in April, and half as many in May. How many in all?";
    private MockWebServer server;
    private FakeModelServer model;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(0);
        model = new FakeModelServer(true);
        server.setDispatcher(model);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmSearch search(String strategy, Map<String, String> options) {
        LlmSettings s = Recordings.settings(server);
        return new LlmSearch(QUESTION, "72", strategy, options, s, s, null, "<extra_0>", PromptTemplates.builtIn(),
                AnswerExtractor::stated, MathAnswers::normalize, MathAnswers::equivalent, 3);
    }

    private record Original(TraceHeader header, List<TraceEvent> events, TraceTree tree, Path journal) {
    }

    private Original original(LlmSearch s) throws Exception {
        Path journal = dir.resolve("run.trace.jsonl.responses.jsonl");
        List<TraceEvent> events = new ArrayList<>();
        try (ResponseJournal j = ResponseJournal.open(journal)) {
            s.run(events::add, null, j);
        }
        TraceTree t = new TraceTree();
        events.forEach(t::apply);
        assertEquals("completed", t.ended().status());
        return new Original(s.header(), events, t, journal);
    }

    private static int forkOf(List<TraceEvent> events, int node, ScoreKind kind) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof TraceEvent.Scored sc && sc.node() == node && sc.kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("node " + node + " has no " + kind + " score");
    }

    @Test
    void theHeaderRebuildsTheSearchWithTheKeyFromOutside() throws Exception {
        LlmSearch s = search("best-of-n", Map.of("n", "3"));
        LlmSearch back = LlmSearch.fromHeader(s.header(), "sk-other");
        assertEquals(s.header(), back.header());
        assertEquals("sk-other", back.generator().apiKey());
        assertEquals(s.generator().baseUrl(), back.generator().baseUrl());
        assertEquals("72", back.gold());
        assertThrows(IllegalArgumentException.class, () -> LlmSearch.fromHeader(
                PuzzleSearch.of(org.reasoningexplorer.engine.puzzle.Puzzle.of(List.of(1, 2, 3, 4), 24), "cot", Map.of(), 1).header(), null));
    }

    @Test
    void aSelectionOnlyRerunAsksTheServerForNoGenerations() throws Exception {
        Original o = original(search("best-of-n", Map.of("n", "4")));
        int selected = o.tree().selection().node();
        int other = o.tree().answers().keySet().stream().filter(n -> n != selected).findFirst().orElseThrow();
        double was = o.tree().latestScore(other, ScoreKind.ORM);
        assertTrue(was < 1.0, "the fake judge is not certain: " + was);
        ScoreOverrides edits = new ScoreOverrides(List.of(new ScoreOverrides.Edit(o.tree().key(other), ScoreKind.ORM, 1.0)));
        int before = model.generations();
        long journalLines = Files.readAllLines(o.journal()).size();
        Counterfactual.Result r;
        LlmSearch again = LlmSearch.fromHeader(o.header(), Recordings.KEY);
        try (ResponseJournal copy = ResponseJournal.openCopy(o.journal(), dir.resolve("run.whatif.trace.jsonl.responses.jsonl"))) {
            r = Counterfactual.run(again, o.events(), o.tree(), edits, copy, "run.trace.jsonl", null, null);
        }
        assertEquals(0, model.generations() - before, "every generation is replayed from the journal");
        assertEquals(0, r.backendCalls());
        assertEquals(journalLines, r.reusedGenerations(), "each journalled request is answered once from it");
        assertEquals(forkOf(o.events(), other, ScoreKind.ORM), r.forkEvent(), "the re-run forks at the edited score");
        assertEquals(other, r.tree().selection().node(), "the edited chain now wins");
        assertEquals(journalLines, Files.readAllLines(o.journal()).size(), "the original journal is left alone");
        assertEquals("run.trace.jsonl", r.header().fork().get("trace"));
    }

    @Test
    void aSearchRerunPaysOnlyForItsNewBranches() throws Exception {
        Original o = original(search("beam", Map.of("n", "4", "width", "2")));
        List<Integer> depthOne = o.tree().children(0);
        int pruned = -1;
        for (TraceEvent e : o.events()) {
            if (e instanceof TraceEvent.BeamStep b && !b.pruned().isEmpty() && depthOne.contains(b.pruned().get(0))) {
                pruned = b.pruned().get(0);
                break;
            }
        }
        assertTrue(pruned > 0, "a first-step candidate was pruned");
        ScoreOverrides edits = new ScoreOverrides(List.of(new ScoreOverrides.Edit(o.tree().key(pruned), ScoreKind.PRM, 1.0)));
        int before = model.generations();
        int originalSize = Files.readAllLines(o.journal()).size();
        Path copyFile = dir.resolve("run.whatif.trace.jsonl.responses.jsonl");
        Counterfactual.Result r;
        try (ResponseJournal copy = ResponseJournal.openCopy(o.journal(), copyFile)) {
            r = Counterfactual.run(LlmSearch.fromHeader(o.header(), null), o.events(), o.tree(), edits, copy, "run", null, null);
            assertEquals(originalSize + copy.recorded(), copy.size());
        }
        int asked = model.generations() - before;
        assertTrue(asked > 0, "keeping the pruned candidate explores a new branch");
        assertEquals(asked, r.backendCalls(), "only the new branches' generations reach the server");
        assertEquals(originalSize + asked, Files.readAllLines(copyFile).size(), "new answers go to the copy");
        assertEquals(forkOf(o.events(), pruned, ScoreKind.PRM), r.forkEvent());
        assertEquals(o.events().subList(0, r.forkEvent()), r.events().subList(0, r.forkEvent()));
        assertNotEquals(o.events(), r.events());
        // the same edit again, now with the grown copy: nothing new to ask
        int now = model.generations();
        try (ResponseJournal copy = ResponseJournal.open(copyFile)) {
            Counterfactual.Result again = Counterfactual.run(LlmSearch.fromHeader(o.header(), null), o.events(), o.tree(), edits, copy,
                    "run", null, null);
            assertEquals(0, again.backendCalls());
            assertEquals(r.events(), again.events());
        }
        assertEquals(now, model.generations());
    }
}
