package org.reasoningexplorer.app.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.llm.LlmJob;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.llm.FakeModelServer;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.PromptTemplates;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;

/** The What-if tab's "Re-run from here" on a saved model run: replayed from a copy of its journal. */
class WhatIfModelRerunTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private final FakeModelServer model = new FakeModelServer(true);
    private final SimpleObjectProperty<TraceDocument> document = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
    private final WhatIfViewModel vm = new WhatIfViewModel(document, selection, Runnable::run, Runnable::run);

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
    void aSelectionOnlyModelRunIsReRunFromItsJournalWithoutAskingForGenerations() throws Exception {
        LlmSettings s = new LlmSettings(server.url("/v1").toString(), "qwen", null, LlmSettings.Endpoint.CHAT, 0.7, 0.95, 256,
                "\n\n", 8, true, false, LlmSettings.SamplesPerRequest.AUTO, 2, Duration.ofSeconds(5), 3);
        LlmSearch search = new LlmSearch("Natalia sold 48 clips in April and half as many in May. How many?", "72", "best-of-n",
                Map.of("n", "4"), s, s, null, "<extra_0>", PromptTemplates.builtIn(), AnswerExtractor::stated,
                MathAnswers::normalize, MathAnswers::equivalent, 3);
        Path file = dir.resolve("run.trace.jsonl");
        Path journal = LlmJob.journalFor(file);
        try (ResponseJournal j = ResponseJournal.open(journal); TraceWriter w = new TraceWriter(file, search.header())) {
            search.run(w, null, j);
        }
        List<String> journalBefore = Files.readAllLines(journal);
        TraceReader.ReadResult r = TraceReader.readAll(file);
        document.set(new TraceDocument(file, r.header(), r.events(), List.of(), false));
        assertTrue(vm.canRerunProperty().get(), "a model run's trace can be re-run");
        vm.setApiKeySource(() -> "sk-test");
        TraceTree tree = vm.tree();
        int chosen = tree.selection().node();
        int other = tree.answers().keySet().stream().filter(n -> n != chosen).findFirst().orElseThrow();
        selection.set(other);
        vm.setScore(ScoreKind.ORM, 1.0);
        int asked = model.generations();
        vm.rerun();
        WhatIfViewModel.Rerun done = vm.rerunProperty().get();
        assertNotNull(done, () -> String.valueOf(vm.messageProperty().get()));
        assertEquals(asked, model.generations(), "every generation came from the journal");
        assertEquals(0, done.result().backendCalls());
        assertEquals(other, done.result().tree().selection().node());
        assertEquals(dir.resolve("run.whatif.trace.jsonl"), done.file());
        assertTrue(Files.exists(dir.resolve("run.whatif.trace.jsonl.responses.jsonl")), "the re-run keeps its own journal");
        assertEquals(journalBefore, Files.readAllLines(journal), "the original journal is untouched");
        String text = Files.readString(done.file());
        assertTrue(!text.contains("sk-test"), "the key stays out of the trace");
    }
}
