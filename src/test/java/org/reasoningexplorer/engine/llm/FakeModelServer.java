package org.reasoningexplorer.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A scripted model behind a mock OpenAI server: it writes a two-step solution whose first step
 * depends on the request's seed (so samples differ), answers judge prompts with Yes and value
 * prompts with "sure", and can be told to fail some requests.
 */
public final class FakeModelServer extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger generations = new AtomicInteger();
    private final boolean honoursN;
    private volatile IntPredicate failRequest = i -> false;

    public FakeModelServer(boolean honoursN) {
        this.honoursN = honoursN;
    }

    /** Fails generation requests whose (0-based) number matches. */
    public void failWhen(IntPredicate p) {
        failRequest = p;
    }

    public int generations() {
        return generations.get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.getBody().utf8());
            String prompt = body.path("messages").path(0).path("content").asText();
            String prefix = body.path("messages").size() > 1 ? body.path("messages").path(1).path("content").asText() : "";
            if (prompt.contains("Yes or No")) {
                return reply(body, 1, i -> "Yes", i -> -0.05);
            }
            if (prompt.contains("sure, likely or impossible")) {
                return reply(body, body.path("n").asInt(1), i -> "Looks fine.\nsure", i -> Double.NaN);
            }
            int number = generations.getAndIncrement();
            if (failRequest.test(number)) {
                return new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"GPU fell over\"}}").build();
            }
            long seed = body.path("seed").asLong();
            int n = honoursN ? body.path("n").asInt(1) : 1;
            return reply(body, n, i -> prefix.isEmpty()
                    ? "Step: " + ((seed + i) % 3 == 0 ? "48 / 2 = 24 in May." : "April 48, May half: 24.")
                    : "So 48 + 24 = \\boxed{" + ((seed + i) % 4 == 0 ? "70" : "72") + "}.", i -> -0.5 - 0.1 * i);
        } catch (IOException e) {
            return new MockResponse.Builder().code(400).body("{\"error\":{\"message\":\"bad json\"}}").build();
        }
    }

    private static MockResponse reply(JsonNode request, int n, java.util.function.IntFunction<String> text,
                                      java.util.function.IntToDoubleFunction logprob) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode choices = root.putArray("choices");
        for (int i = 0; i < n; i++) {
            ObjectNode c = choices.addObject();
            c.put("index", i);
            ObjectNode message = c.putObject("message").put("role", "assistant").put("content", text.apply(i));
            if (text.apply(i).startsWith("Step: ")) {
                message.put("reasoning_content", "Half of 48, wait, is 24.");
            }
            if (!Double.isNaN(logprob.applyAsDouble(i)) && request.path("logprobs").asBoolean()) {
                c.putObject("logprobs").putArray("content").addObject().put("token", "x").put("logprob", logprob.applyAsDouble(i));
            }
            c.put("finish_reason", "stop");
        }
        root.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 10 * n);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(root.toString()).build();
    }
}
