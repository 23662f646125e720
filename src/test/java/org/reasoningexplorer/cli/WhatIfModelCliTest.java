package org.reasoningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.llm.FakeModelServer;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.PromptTemplates;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;

/** {@code whatif --rerun} on a model run's trace replays its generations from a copy of the journal. */
class WhatIfModelCliTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private final FakeModelServer model = new FakeModelServer(true);

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(model);
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aModelRunIsReRunFromItsJournal() throws Exception {
        LlmSettings s = new LlmSettings(server.url("/v1").toString(), "qwen", null, LlmSettings.Endpoint.CHAT, 0.7, 0.95, 256,
                "\n\n", 8, true, false, LlmSettings.SamplesPerRequest.AUTO, 2, Duration.ofSeconds(5), 3);
        LlmSearch search = new LlmSearch("Natalia sold 48 clips in April and half as many in May. How many?", "72", "best-of-n",
                Map.of("n", "3"), s, s, null, "<extra_0>", PromptTemplates.builtIn(), AnswerExtractor::stated,
                MathAnswers::normalize, MathAnswers::equivalent, 5);
        Path file = dir.resolve("llm.trace.jsonl");
        Path journal = dir.resolve("llm.trace.jsonl.responses.jsonl");
        try (ResponseJournal j = ResponseJournal.open(journal); TraceWriter w = new TraceWriter(file, search.header())) {
            search.run(w, null, j);
        }
        List<String> before = Files.readAllLines(journal);
        TraceTree tree = new TraceTree();
        TraceReader.readAll(file).events().forEach(tree::apply);
        int chosen = tree.selection().node();
        int other = tree.answers().keySet().stream().filter(n -> n != chosen).findFirst().orElseThrow();
        int asked = model.generations();
        CliTest.Result r = CliTest.cli("whatif", file.toString(), "--edit", other + ":orm=1", "--rerun");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("cost:     0 generation requests"), r.out());
        assertEquals(asked, model.generations());
        assertEquals(before, Files.readAllLines(journal), "the original journal is untouched");
        assertTrue(Files.exists(dir.resolve("llm.whatif.trace.jsonl")));
        assertTrue(Files.exists(dir.resolve("llm.whatif.trace.jsonl.responses.jsonl")));
        assertEquals(0, CliTest.cli("inspect", dir.resolve("llm.whatif.trace.jsonl").toString()).code());
    }
}
