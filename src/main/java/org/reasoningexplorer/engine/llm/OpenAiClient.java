package org.reasoningexplorer.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A small client of the OpenAI-compatible HTTP API: chat and completions, {@code n} samples,
 * log-probabilities, server-sent-event streaming, and reward models behind vLLM's pooling
 * endpoint. Retries 429 and 5xx with backoff (honouring Retry-After), times out, and can be cancelled.
 */
public final class OpenAiClient implements AutoCloseable {
    /** Waits between retries; tests replace it to avoid real sleeping. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Receives streamed text as it arrives: which choice, the new text, and whether it is reasoning. */
    public interface StreamListener {
        void delta(int choice, String text, boolean reasoning);
    }

    /** One request: the prompt (or chat prefix), how many samples, and how to sample. */
    public record Ask(String prompt, String assistantPrefix, int n, double temperature, List<String> stop, Long seed) {
    }

    static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmSettings settings;
    private final OkHttpClient http;
    private final Sleeper sleeper;
    private volatile List<String> servedModels;

    public OpenAiClient(LlmSettings settings) {
        this(settings, Thread::sleep);
    }

    public OpenAiClient(LlmSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = new OkHttpClient.Builder().callTimeout(settings.timeout()).readTimeout(settings.timeout())
                .connectTimeout(java.time.Duration.ofSeconds(Math.min(15, settings.timeout().toSeconds()))).retryOnConnectionFailure(false).build();
    }

    public LlmSettings settings() {
        return settings;
    }

    /** Sends a request, retrying what may succeed later, and returns the parsed answer. */
    public Completion complete(Ask ask, StreamListener listener, BooleanSupplier cancel) {
        LlmException last = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            if (cancel != null && cancel.getAsBoolean()) {
                throw new LlmException(LlmException.Kind.CANCELLED, 0, "the request was cancelled", null);
            }
            try {
                return once(ask, listener);
            } catch (RetryAfter r) {
                last = r.error;
                if (!last.retryable() || attempt == settings.maxRetries()) {
                    break;
                }
                pause(r.delayMillis > 0 ? r.delayMillis : backoff(attempt), cancel);
            } catch (LlmException e) {
                last = e;
                if (!e.retryable() || attempt == settings.maxRetries()) {
                    break;
                }
                pause(backoff(attempt), cancel);
            }
        }
        throw sanitized(last);
    }

    /** Base 500 ms, doubling, at most 30 s. */
    static long backoff(int attempt) {
        return Math.min(30_000L, 500L << Math.min(attempt, 6));
    }

    private void pause(long millis, BooleanSupplier cancel) {
        try {
            long waited = 0;
            while (waited < millis) {
                if (cancel != null && cancel.getAsBoolean()) {
                    throw new LlmException(LlmException.Kind.CANCELLED, 0, "cancelled while waiting to retry", null);
                }
                long step = Math.min(250, millis - waited);
                sleeper.sleep(step);
                waited += step;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.CANCELLED, 0, "interrupted while waiting to retry", e);
        }
    }

    private static final class RetryAfter extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient LlmException error;
        final long delayMillis;

        RetryAfter(LlmException error, long delayMillis) {
            super(error.getMessage(), null, false, false);
            this.error = error;
            this.delayMillis = delayMillis;
        }
    }

    private Completion once(Ask ask, StreamListener listener) {
        boolean chat = settings.endpoint() == LlmSettings.Endpoint.CHAT;
        String url = settings.baseUrl() + (chat ? "/chat/completions" : "/completions");
        ObjectNode body = requestBody(ask, chat);
        Request.Builder rb = new Request.Builder().url(url).post(RequestBody.create(body.toString(), JSON_TYPE));
        if (settings.apiKey() != null) {
            rb.header("Authorization", "Bearer " + settings.apiKey());
        }
        try (Response response = http.newCall(rb.build()).execute()) {
            ResponseBody rbody = response.body();
            if (!response.isSuccessful()) {
                String text = rbody == null ? "" : rbody.string();
                LlmException e = HttpErrors.forStatus(response.code(), text, url, settings,
                        response.code() == 404 ? models() : List.of());
                throw new RetryAfter(e, RetryAfterHeader.millis(response.header("Retry-After")));
            }
            if (settings.stream()) {
                return StreamParser.read(rbody.source(), ask.n(), chat, listener);
            }
            return ResponseParser.parse(rbody.string(), chat);
        } catch (IOException e) {
            throw HttpErrors.forIo(e, url, settings);
        }
    }

    private ObjectNode requestBody(Ask ask, boolean chat) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        if (chat) {
            ArrayNode messages = body.putArray("messages");
            messages.addObject().put("role", "user").put("content", ask.prompt());
            if (ask.assistantPrefix() != null && !ask.assistantPrefix().isEmpty()) {
                messages.addObject().put("role", "assistant").put("content", ask.assistantPrefix());
                // vLLM and SGLang continue the assistant's message instead of starting a new one.
                body.put("continue_final_message", true);
                body.put("add_generation_prompt", false);
            }
        } else {
            body.put("prompt", ask.prompt() + (ask.assistantPrefix() == null ? "" : ask.assistantPrefix()));
        }
        body.put("n", ask.n());
        body.put("temperature", ask.temperature());
        body.put("top_p", settings.topP());
        body.put("max_tokens", settings.maxTokens());
        if (ask.stop() != null && !ask.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            ask.stop().forEach(stop::add);
        }
        if (ask.seed() != null) {
            body.put("seed", ask.seed());
        }
        if (settings.logprobs()) {
            if (chat) {
                body.put("logprobs", true);
            } else {
                body.put("logprobs", 1);
            }
        }
        if (settings.stream()) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        return body;
    }

    /** The models the server lists at GET /models, or an empty list if it cannot tell. */
    public List<String> models() {
        List<String> cached = servedModels;
        if (cached != null) {
            return cached;
        }
        List<String> out = new ArrayList<>();
        Request.Builder rb = new Request.Builder().url(settings.baseUrl() + "/models").get();
        if (settings.apiKey() != null) {
            rb.header("Authorization", "Bearer " + settings.apiKey());
        }
        try (Response r = http.newCall(rb.build()).execute()) {
            if (r.isSuccessful() && r.body() != null) {
                for (JsonNode m : JSON.readTree(r.body().string()).path("data")) {
                    out.add(m.path("id").asText());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the list is only advice in an error message
        }
        servedModels = List.copyOf(out);
        return servedModels;
    }

    /**
     * Scores text with a reward model served by vLLM's pooling endpoint ({@code POST /pooling} at the
     * server root): returns, per pooled position, the probability of the last label (for a PRM such as
     * Qwen2.5-Math-PRM, the probability that the step ending at that step marker is correct).
     */
    public double[] pool(String input) {
        String root = settings.baseUrl().endsWith("/v1") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 3) : settings.baseUrl();
        String url = root + "/pooling";
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("input", input);
        Request.Builder rb = new Request.Builder().url(url).post(RequestBody.create(body.toString(), JSON_TYPE));
        if (settings.apiKey() != null) {
            rb.header("Authorization", "Bearer " + settings.apiKey());
        }
        try (Response r = http.newCall(rb.build()).execute()) {
            String text = r.body() == null ? "" : r.body().string();
            if (!r.isSuccessful()) {
                throw sanitized(HttpErrors.forStatus(r.code(), text, url, settings, List.of()));
            }
            return ResponseParser.pooled(text);
        } catch (IOException e) {
            throw sanitized(HttpErrors.forIo(e, url, settings));
        }
    }

    /** Cancels every request in flight. */
    public void cancelAll() {
        http.dispatcher().cancelAll();
    }

    private LlmException sanitized(LlmException e) {
        String key = settings.apiKey();
        if (e == null || key == null || key.length() < 4 || !String.valueOf(e.getMessage()).contains(key)) {
            return e;
        }
        return new LlmException(e.kind(), e.status(), e.getMessage().replace(key, "***"), null);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
