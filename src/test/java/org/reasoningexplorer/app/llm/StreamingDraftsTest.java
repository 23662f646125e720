package org.reasoningexplorer.app.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.run.LiveRunViewModel;
import org.reasoningexplorer.app.run.LiveSearch;
import org.reasoningexplorer.app.run.RunRequest;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.PromptTemplates;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.trace.TraceTree;

/** A model that streams: the step being written shows as a draft under its parent, grows, and gives way to its node. */
class StreamingDraftsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "Natalia sold clips to 48 friends in April, and half as many in May. How many in all?";
    private MockWebServer server;

    @TempDir
    Path dir;

    /** UI-thread tasks, run on the test thread as the FX thread would. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode body;
                try {
                    body = JSON.readTree(request.getBody().utf8());
                } catch (java.io.IOException e) {
                    return new MockResponse.Builder().code(400).build();
                }
                String prompt = body.path("messages").path(0).path("content").asText();
                boolean first = body.path("messages").size() < 2;
                if (!body.path("stream").asBoolean()) {
                    // The judges do not stream.
                    return json(prompt.contains("Yes or No") ? "Yes" : "Looks fine.\nsure");
                }
                return first ? sse(List.of("Half of 48 ", "is 24."), List.of("Step: April 48, ", "May half: ", "24 in May."))
                        : sse(List.of(), List.of("So 48 + 24 = ", "\\\\boxed{72}", "."));
            }
        });
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(String text) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode c = root.putArray("choices").addObject();
        c.put("index", 0);
        c.putObject("message").put("role", "assistant").put("content", text);
        c.put("finish_reason", "stop");
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(root.toString()).build();
    }

    /** An SSE stream like stream-chat.sse, sent slowly (a chunk about every 80 ms) so the text is seen to grow. */
    private static MockResponse sse(List<String> reasoning, List<String> content) {
        StringBuilder b = new StringBuilder();
        b.append(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        for (String r : reasoning) {
            b.append(chunk("{\"reasoning_content\":\"" + r + "\"}", null));
        }
        for (int i = 0; i < content.size(); i++) {
            b.append(chunk("{\"content\":\"" + content.get(i) + "\"}", i == content.size() - 1 ? "\"stop\"" : null));
        }
        b.append("data: {\"id\":\"c6\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":14}}\n\n");
        b.append("data: [DONE]\n\n");
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(b.toString())
                .throttleBody(64, 40, TimeUnit.MILLISECONDS).build();
    }

    private static String chunk(String delta, String finish) {
        return "data: {\"id\":\"c6\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":" + delta
                + ",\"finish_reason\":" + (finish == null ? "null" : finish) + "}]}\n\n";
    }

    @Test
    void theStepBeingWrittenGrowsUnderItsParentAndGivesWayToItsNode() throws Exception {
        LlmSettings gen = new LlmSettings(server.url("/v1").toString(), "qwen", null, LlmSettings.Endpoint.CHAT, 0.7, 0.95, 256,
                "\n\n", 8, false, true, LlmSettings.SamplesPerRequest.AUTO, 2, Duration.ofSeconds(10), 0);
        LlmSettings judge = gen.withStream(false);
        LlmSearch search = new LlmSearch(QUESTION, "72", "majority", Map.of("n", "1"), gen, judge, null, "<extra_0>",
                PromptTemplates.builtIn(), AnswerExtractor::stated, MathAnswers::normalize, MathAnswers::equivalent, 3);
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        List<Notice> notices = new ArrayList<>();
        LiveRunViewModel runs = new LiveRunViewModel(replay, ui::add, new LiveRunViewModel.Listener() {
            @Override
            public void status(Phrase status) {
            }

            @Override
            public void notice(Notice notice) {
                notices.add(notice);
            }

            @Override
            public void saved(Path file) {
            }
        });
        Path out = dir.resolve("run.trace.jsonl");
        runs.start(new RunRequest(new LlmJob(search, LlmJob.journalFor(out)), out));
        List<LiveSearch.Draft> underRoot = new ArrayList<>();
        boolean sawReasoning = false;
        boolean replacedAtOnce = true;
        while (runs.runningProperty().get()) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertNotNull(r, "the run did not finish");
            r.run();
            for (LiveSearch.Draft d : runs.drafts()) {
                if (d.parent() == 0) {
                    underRoot.add(d);
                }
                sawReasoning |= !d.reasoning().isEmpty();
                // A draft never sits beside the node that replaced it.
                replacedAtOnce &= replay.tree().size() <= d.parent() || replay.tree().children(d.parent()).isEmpty();
            }
        }
        assertTrue(notices.isEmpty(), notices.toString());
        assertTrue(underRoot.size() >= 2, "the first step was seen while it was written: " + underRoot);
        for (int i = 1; i < underRoot.size(); i++) {
            LiveSearch.Draft a = underRoot.get(i - 1);
            LiveSearch.Draft b = underRoot.get(i);
            assertTrue(b.text().startsWith(a.text()) && b.reasoning().startsWith(a.reasoning()), "a draft only grows: " + underRoot);
        }
        LiveSearch.Draft first = underRoot.get(0);
        LiveSearch.Draft last = underRoot.get(underRoot.size() - 1);
        assertTrue(last.text().length() + last.reasoning().length() > first.text().length() + first.reasoning().length(),
                "the draft grew: " + underRoot);
        assertTrue(sawReasoning, "the reasoning is shown as it streams, apart from the text");
        assertTrue(replacedAtOnce, "the draft left when its node arrived");
        assertTrue(runs.drafts().isEmpty(), "nothing is being written once the run ends");
        TraceTree t = replay.tree();
        assertEquals("Step: April 48, May half: 24 in May.", t.text(t.children(0).get(0)), "the real node replaced the draft");
        assertEquals("72", t.selection().answer());
        assertFalse(last.text().isEmpty() && last.reasoning().isEmpty());
    }
}
