package org.reasoningexplorer.engine.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Recorded response shapes (src/test/resources/llm, see its README) and settings pointing at a mock server. */
final class Recordings {
    static final String KEY = "sk-test-SECRET-0123456789";

    private Recordings() {
    }

    static String read(String name) {
        try (InputStream in = Recordings.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse ok(String recording) {
        return json(200, read(recording));
    }

    static LlmSettings settings(MockWebServer server) {
        return new LlmSettings(server.url("/v1").toString(), "qwen2.5-math-1.5b", KEY, LlmSettings.Endpoint.CHAT, 0.7, 0.95, 256,
                "\n\n", 8, true, false, LlmSettings.SamplesPerRequest.AUTO, 2, Duration.ofSeconds(5), 3);
    }
}
