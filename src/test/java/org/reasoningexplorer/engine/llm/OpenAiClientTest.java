package org.reasoningexplorer.engine.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiClientTest {
    private MockWebServer server;
    private final List<Long> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiClient client(LlmSettings s) {
        return new OpenAiClient(s, sleeps::add);
    }

    private static OpenAiClient.Ask ask(int n) {
        return new OpenAiClient.Ask("Natalia sold clips...", null, n, 0.7, List.of("\n\n"), 42L);
    }

    @Test
    void aPlainChatCompletionIsParsedAndTheRequestCarriesModelKeyAndSampling() throws Exception {
        server.enqueue(Recordings.ok("chat-plain.json"));
        Completion c = client(Recordings.settings(server)).complete(ask(1), null, null);
        assertEquals("First, 48 / 2 = 24 clips in May.", c.choices().get(0).text());
        assertEquals(41, c.promptTokens());
        assertEquals(12, c.completionTokens());
        RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("/v1/chat/completions", r.getUrl().encodedPath());
        assertEquals("Bearer " + Recordings.KEY, r.getHeaders().get("Authorization"));
        JsonNode body = new ObjectMapper().readTree(r.getBody().utf8());
        assertEquals("qwen2.5-math-1.5b", body.get("model").asText());
        assertEquals("\n\n", body.get("stop").get(0).asText());
        assertEquals(42, body.get("seed").asInt());
        assertEquals("user", body.get("messages").get(0).get("role").asText());
    }

    @Test
    void nSamplesWithLogprobsSumTheTokenLogprobs() {
        server.enqueue(Recordings.ok("chat-n3-logprobs.json"));
        Completion c = client(Recordings.settings(server)).complete(ask(3), null, null);
        assertEquals(3, c.choices().size());
        assertEquals(-0.3, c.choices().get(0).logprob(), 1e-12);
        assertEquals(-1.2, c.choices().get(1).logprob(), 1e-12);
        assertEquals(2, c.choices().get(1).tokens());
    }

    @Test
    void reasoningContentAndInlineThinkBlocksAreKeptApartFromTheAnswer() {
        server.enqueue(Recordings.ok("chat-reasoning.json"));
        server.enqueue(Recordings.ok("chat-think-inline.json"));
        OpenAiClient client = client(Recordings.settings(server));
        Completion.Choice a = client.complete(ask(1), null, null).choices().get(0);
        assertTrue(a.reasoning().startsWith("48 clips in April") && a.text().contains("\\boxed{72}"), a.toString());
        Completion.Choice b = client.complete(ask(1), null, null).choices().get(0);
        assertTrue(b.reasoning().contains("Hmm, wait") && !b.text().contains("think"), b.toString());
        assertEquals("The total is \\boxed{72}.", b.text());
    }

    @Test
    void theCompletionsEndpointReadsTextAndTokenLogprobs() throws Exception {
        server.enqueue(Recordings.ok("completions-logprobs.json"));
        Completion.Choice c = client(Recordings.settings(server).withEndpoint(LlmSettings.Endpoint.COMPLETIONS))
                .complete(ask(1), null, null).choices().get(0);
        assertEquals(" 48 / 2 = 24", c.text());
        assertEquals(-2.0, c.logprob(), 1e-12);
        assertEquals("\n\n", c.stopReason());
        assertEquals("/v1/completions", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void aStreamDeliversTextAsItArrivesAndReadsUsageFromTheLastChunk() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(Recordings.read("stream-chat.sse")).build());
        StringBuilder seen = new StringBuilder();
        Completion c = client(Recordings.settings(server).withStream(true))
                .complete(ask(1), (i, text, reasoning) -> seen.append(reasoning ? "[r]" : "[a]").append(text), null);
        assertEquals("[r]Half of 48 [r]is 24.[a]So 48 + 24 = [a]\\boxed{72}", seen.toString());
        assertEquals("So 48 + 24 = \\boxed{72}", c.choices().get(0).text());
        assertEquals("Half of 48 is 24.", c.choices().get(0).reasoning());
        assertEquals(14, c.completionTokens());
        assertTrue(c.choices().get(0).complete());
    }

    @Test
    void aStreamKilledMidwayKeepsWhatArrivedAndMarksItIncomplete() {
        String sse = Recordings.read("stream-chat.sse");
        String cut = sse.substring(0, sse.indexOf("So 48"));
        cut = cut.substring(0, cut.lastIndexOf("data:"));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
                .body(cut + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"So 48 +").onResponseEnd(new SocketEffect.CloseSocket()).build());
        Completion c = client(Recordings.settings(server).withStream(true)).complete(ask(1), null, null);
        assertFalse(c.choices().get(0).complete());
        assertEquals("Half of 48 is 24.", c.choices().get(0).reasoning());
    }

    @Test
    void rateLimitsAreRetriedAfterTheServersRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"error\":{\"message\":\"Rate limit reached\"}}").build());
        server.enqueue(Recordings.ok("chat-plain.json"));
        Completion c = client(Recordings.settings(server)).complete(ask(1), null, null);
        assertEquals(1, c.choices().size());
        assertEquals(2000, sleeps.stream().mapToLong(Long::longValue).sum(), "waited exactly the Retry-After");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReportedAsOverloaded() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Recordings.json(503, "{\"error\":{\"message\":\"model is loading\"}}"));
        }
        LlmException e = assertThrows(LlmException.class, () -> client(Recordings.settings(server)).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.OVERLOADED, e.kind());
        assertTrue(e.getMessage().contains("model is loading"), e.getMessage());
        assertEquals(4, server.getRequestCount(), "first try and three retries");
        assertEquals(500 + 1000 + 2000, sleeps.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aRefusedKeyIsReportedWithAdviceAndWithoutTheKey() {
        server.enqueue(Recordings.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + Recordings.KEY + "\"}}"));
        LlmException e = assertThrows(LlmException.class, () -> client(Recordings.settings(server)).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains("RX_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(Recordings.KEY), "the key never appears in an error: " + e.getMessage());
        assertEquals(1, server.getRequestCount(), "a refused key is not retried");
    }

    @Test
    void anUnknownModelIsReportedWithTheModelsTheServerServes() {
        server.enqueue(Recordings.json(404, Recordings.read("error-model.json")));
        server.enqueue(Recordings.ok("models.json"));
        LlmException e = assertThrows(LlmException.class, () -> client(Recordings.settings(server)).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.UNKNOWN_MODEL, e.kind());
        assertTrue(e.getMessage().contains("qwen2.5-math-prm-7b"), e.getMessage());
    }

    @Test
    void aWrongUrlAndAMalformedAnswerAndAnUnreachableServerEachSaySo() {
        server.enqueue(Recordings.json(404, "404 page not found"));
        server.enqueue(Recordings.ok("models.json"));
        LlmException wrong = assertThrows(LlmException.class, () -> client(Recordings.settings(server)).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.WRONG_URL, wrong.kind());
        assertTrue(wrong.getMessage().contains("/v1"), wrong.getMessage());
        server.enqueue(Recordings.json(200, "{\"choices\": [ {\"message\": "));
        LlmException bad = assertThrows(LlmException.class, () -> client(Recordings.settings(server)).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.MALFORMED, bad.kind());
        LlmSettings closed = new LlmSettings("http://127.0.0.1:9/v1", "m", null, LlmSettings.Endpoint.CHAT, 0.7, 0.95, 16, "\n\n", 4,
                false, false, LlmSettings.SamplesPerRequest.AUTO, 1, Duration.ofSeconds(2), 1);
        LlmException down = assertThrows(LlmException.class, () -> client(closed).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.UNREACHABLE, down.kind());
        assertTrue(down.getMessage().contains("is the server running"), down.getMessage());
    }

    @Test
    void aServerThatRunsPastTheTimeoutIsRetriedAndThenReported() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body(Recordings.read("chat-plain.json")).headersDelay(3, TimeUnit.SECONDS).build());
        }
        LlmSettings quick = Recordings.settings(server).withTimeout(Duration.ofMillis(600), 1);
        LlmException e = assertThrows(LlmException.class, () -> client(quick).complete(ask(1), null, null));
        assertEquals(LlmException.Kind.TIMEOUT, e.kind());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aPoolingRewardModelGivesThePerStepProbabilityOfCorrect() throws Exception {
        server.enqueue(Recordings.ok("pooling-prm.json"));
        double[] p = client(Recordings.settings(server)).pool("question\n\nstep 1<extra_0>step 2<extra_0>step 3<extra_0>");
        assertEquals(3, p.length);
        assertEquals(0.92, p[0], 1e-12);
        assertEquals(0.1, p[2], 1e-12);
        assertEquals("/pooling", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void settingsNeverShowTheKey() {
        LlmSettings s = Recordings.settings(server);
        assertFalse(s.toString().contains(Recordings.KEY));
        assertFalse(s.describe().contains(Recordings.KEY));
        assertTrue(s.describe().contains("key set"));
    }
}
