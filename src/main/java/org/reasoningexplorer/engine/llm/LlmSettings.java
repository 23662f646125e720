package org.reasoningexplorer.engine.llm;

import java.time.Duration;
import java.util.Locale;

/**
 * How to reach an OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama, LM Studio, DeepSeek,
 * OpenAI) and how to sample from it. The API key is held here only in memory: {@link #toString}
 * and {@link #describe} never show it, and nothing writes it to a trace, a log or an error.
 *
 * @param endpoint chat ({@code /chat/completions}) or completions ({@code /completions})
 * @param stepSeparator where one reasoning step ends (default a blank line, as in PRM800K and search-and-learn)
 * @param samplesPerRequest how to get k samples: ask for {@code n = k} in one request (AUTO tries that and tops up
 *        with parallel requests when the server returns fewer), or always send parallel requests (PARALLEL)
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Endpoint endpoint, double temperature, double topP,
                          int maxTokens, String stepSeparator, int maxSteps, boolean logprobs, boolean stream,
                          SamplesPerRequest samplesPerRequest, int concurrency, Duration timeout, int maxRetries) {
    /** Which OpenAI endpoint to call. */
    public enum Endpoint { CHAT, COMPLETIONS }

    /** How several samples are requested. */
    public enum SamplesPerRequest { AUTO, PARALLEL }

    /** The environment variables read for the API key, in order. */
    public static final String[] KEY_VARIABLES = {"RX_API_KEY", "OPENAI_API_KEY", "DEEPSEEK_API_KEY"};

    public LlmSettings {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("base URL '" + baseUrl + "' must start with http:// or https://, e.g. http://localhost:8000/v1");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a model name is needed, e.g. Qwen/Qwen2.5-Math-1.5B-Instruct (see GET /v1/models)");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature is " + temperature + "; expected 0 to 2");
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p is " + topP + "; expected more than 0 and at most 1");
        }
        if (maxTokens < 1 || maxSteps < 1 || concurrency < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("max tokens, max steps and concurrency must be at least 1, retries at least 0");
        }
        if (stepSeparator == null || stepSeparator.isEmpty()) {
            throw new IllegalArgumentException("the step separator must not be empty (the default is a blank line)");
        }
    }

    /** Defaults for a local vLLM server: chat endpoint, T = 0.7, top-p 0.95, steps split at blank lines. */
    public static LlmSettings local(String baseUrl, String model) {
        return new LlmSettings(baseUrl, model, keyFromEnvironment(), Endpoint.CHAT, 0.7, 0.95, 512, "\n\n", 40, true, false,
                SamplesPerRequest.AUTO, 4, Duration.ofSeconds(120), 4);
    }

    /** The first API key found in {@link #KEY_VARIABLES}, or null. */
    public static String keyFromEnvironment() {
        for (String v : KEY_VARIABLES) {
            String k = System.getenv(v);
            if (k != null && !k.isBlank()) {
                return k.trim();
            }
        }
        return null;
    }

    public LlmSettings withApiKey(String key) {
        return new LlmSettings(baseUrl, model, key, endpoint, temperature, topP, maxTokens, stepSeparator, maxSteps, logprobs,
                stream, samplesPerRequest, concurrency, timeout, maxRetries);
    }

    public LlmSettings withEndpoint(Endpoint e) {
        return new LlmSettings(baseUrl, model, apiKey, e, temperature, topP, maxTokens, stepSeparator, maxSteps, logprobs,
                stream, samplesPerRequest, concurrency, timeout, maxRetries);
    }

    public LlmSettings withStream(boolean s) {
        return new LlmSettings(baseUrl, model, apiKey, endpoint, temperature, topP, maxTokens, stepSeparator, maxSteps, logprobs,
                s, samplesPerRequest, concurrency, timeout, maxRetries);
    }

    public LlmSettings withTimeout(Duration t, int retries) {
        return new LlmSettings(baseUrl, model, apiKey, endpoint, temperature, topP, maxTokens, stepSeparator, maxSteps, logprobs,
                stream, samplesPerRequest, concurrency, t, retries);
    }

    public LlmSettings withSamplesPerRequest(SamplesPerRequest s) {
        return new LlmSettings(baseUrl, model, apiKey, endpoint, temperature, topP, maxTokens, stepSeparator, maxSteps, logprobs,
                stream, s, concurrency, timeout, maxRetries);
    }

    /** Everything but the key, for trace headers and logs. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s (%s, T=%s, top-p=%s, max %d tokens/step, key %s)", baseUrl, model,
                endpoint.name().toLowerCase(Locale.ROOT), temperature, topP, maxTokens, apiKey == null ? "none" : "set");
    }

    @Override
    public String toString() {
        return "LlmSettings[" + describe() + "]";
    }
}
