package org.reasoningexplorer.engine.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;

class LlmSearchTest {
    private static final String QUESTION = "Natalia sold clips to 48 friends in April, and half as many in May. How many in all?";
    private MockWebServer server;
    private FakeModelServer model;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmSearch search(String strategy, Map<String, String> options, boolean honoursN) {
        model = new FakeModelServer(honoursN);
        server.setDispatcher(model);
        LlmSettings s = Recordings.settings(server);
        return new LlmSearch(QUESTION, "72", strategy, options, s, s, null, "<extra_0>", PromptTemplates.builtIn(),
                AnswerExtractor::stated, MathAnswers::normalize, MathAnswers::equivalent, 3);
    }

    @Test
    void majorityVoteOverARealProtocolExtractsAnswersAndVotes() {
        List<TraceEvent> events = new ArrayList<>();
        TraceTree t = search("majority", Map.of("n", "6"), true).run(events::add, null, ResponseJournal.inMemory());
        assertEquals("completed", t.ended().status());
        assertEquals(6, t.answers().size());
        assertEquals("72", t.selection().answer());
        assertTrue(t.selection().correct());
        assertEquals(6, t.tally().values().stream().mapToInt(x -> x.count()).sum(), t.tally().toString());
        assertEquals(1 + 6 * 2, t.size(), "root + six two-step chains");
        assertTrue(t.compute().tokens() > 0);
        assertEquals(1, t.tokens(t.children(0).get(0)), "tokens counted from the server (one log-probability per step here), not guessed from the text");
        for (int c : t.children(0)) {
            assertEquals("Half of 48, wait, is 24.", t.reasoning(c), "reasoning is kept apart from the step");
            assertFalse(t.text(c).contains("wait"));
        }
        assertTrue(events.stream().anyMatch(e -> e instanceof TraceEvent.Reasoning));
    }

    @Test
    void aServerIgnoringNIsToppedUpWithParallelRequests() {
        TraceTree t = search("tot-bfs", Map.of("breadth", "2", "propose", "3", "value-samples", "1", "max-depth", "3"), false)
                .run(e -> { }, null, ResponseJournal.inMemory());
        assertEquals("completed", t.ended().status());
        assertTrue(t.children(0).size() >= 1 && t.children(0).size() <= 3);
        assertTrue(model.generations() >= 3, "three proposals at the root cost three requests when n is ignored: " + model.generations());
        assertTrue(t.selection().node() > 0 && t.selection().correct() == "72".equals(t.selection().answer()));
    }

    @Test
    void logprobsBecomePucTPriorsForMcts() {
        TraceTree t = search("mcts", Map.of("iterations", "6", "width", "3", "evaluation", "value"), true)
                .run(e -> { }, null, ResponseJournal.inMemory());
        assertEquals("completed", t.ended().status());
        double sum = 0;
        for (int c : t.children(0)) {
            assertFalse(Double.isNaN(t.prior(c)), "prior from logprobs");
            sum += t.prior(c);
        }
        assertEquals(1.0, sum, 1e-9, "priors are normalised over the proposed children");
    }

    @Test
    void aRunThatFailsHalfwayKeepsItsChainsAndResumesFromTheJournal() throws Exception {
        LlmSearch s = search("majority", Map.of("n", "4"), true);
        model.failWhen(i -> i >= 5);
        Path journalFile = dir.resolve("run.responses.jsonl");
        List<TraceEvent> first = new ArrayList<>();
        try (ResponseJournal journal = ResponseJournal.open(journalFile)) {
            assertThrows(LlmException.class, () -> s.run(first::add, null, journal));
        }
        TraceTree partial = new TraceTree();
        first.forEach(partial::apply);
        assertEquals("failed", partial.ended().status());
        assertTrue(partial.ended().message().contains("GPU fell over") || partial.ended().message().contains("overloaded"),
                partial.ended().message());
        assertEquals(2, partial.answers().size(), "the chains finished before the failure are kept");
        int asked = model.generations();
        model.failWhen(i -> false);
        List<TraceEvent> second = new ArrayList<>();
        try (ResponseJournal journal = ResponseJournal.open(journalFile)) {
            TraceTree done = s.run(second::add, null, journal);
            assertEquals("completed", done.ended().status());
            assertEquals(4, done.answers().size());
            assertEquals(5, journal.replayed(), "the five answers received before the failure are not asked again");
        }
        assertEquals(asked + 3, model.generations(), "only the three missing generations are requested");
        assertEquals(first.subList(0, 10), second.subList(0, 10), "the resumed run repeats the first one until the failure");
    }

    @Test
    void theApiKeyIsNeverWrittenToATrace() throws Exception {
        LlmSearch s = search("best-of-n", Map.of("n", "2"), true);
        Path file = dir.resolve("k.trace.jsonl");
        try (TraceWriter w = new TraceWriter(file, s.header())) {
            s.run(w, null, ResponseJournal.inMemory());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains(Recordings.KEY));
        assertTrue(text.contains("qwen2.5-math-1.5b") && text.contains(server.url("/v1").toString()), "server and model are recorded");
    }
}
