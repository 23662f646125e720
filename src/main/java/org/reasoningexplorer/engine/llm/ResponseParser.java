package org.reasoningexplorer.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a complete (non-streamed) chat or completions answer: the shapes documented by OpenAI,
 * vLLM ({@code reasoning_content}/{@code reasoning}, {@code stop_reason}), llama.cpp, Ollama and DeepSeek.
 */
final class ResponseParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseParser() {
    }

    static Completion parse(String body, boolean chat) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw malformed(body, e);
        }
        if (root == null || !root.path("choices").isArray()) {
            throw malformed(body, null);
        }
        List<Completion.Choice> choices = new ArrayList<>();
        for (JsonNode c : root.path("choices")) {
            String text;
            String reasoning;
            if (chat) {
                JsonNode m = c.path("message");
                text = m.path("content").asText("");
                reasoning = m.hasNonNull("reasoning_content") ? m.get("reasoning_content").asText()
                        : m.path("reasoning").asText("");
            } else {
                text = c.path("text").asText("");
                reasoning = "";
            }
            if (reasoning.isEmpty()) {
                ThinkSplit.Parts p = ThinkSplit.split(text);
                reasoning = p.reasoning();
                text = p.answer().isEmpty() && p.reasoning().isEmpty() ? text : p.answer();
            }
            double[] lp = logprob(c.path("logprobs"), chat);
            choices.add(new Completion.Choice(text, reasoning, textOrNull(c.path("finish_reason")), textOrNull(c.path("stop_reason")),
                    lp[0], (int) lp[1], true));
        }
        JsonNode usage = root.path("usage");
        return new Completion(choices, usage.path("prompt_tokens").asInt(-1), usage.path("completion_tokens").asInt(-1));
    }

    /** {sum of token log-probabilities (NaN if none), number of tokens (0 if unknown)}. */
    static double[] logprob(JsonNode logprobs, boolean chat) {
        if (logprobs == null || logprobs.isMissingNode() || logprobs.isNull()) {
            return new double[] {Double.NaN, 0};
        }
        double sum = 0;
        int n = 0;
        if (chat) {
            for (JsonNode t : logprobs.path("content")) {
                sum += t.path("logprob").asDouble();
                n++;
            }
        } else {
            for (JsonNode t : logprobs.path("token_logprobs")) {
                if (!t.isNull()) {
                    sum += t.asDouble();
                    n++;
                }
            }
        }
        return n == 0 ? new double[] {Double.NaN, 0} : new double[] {sum, n};
    }

    /** vLLM pooling output: per position, the probability of the last label (2-label PRMs: "correct"). */
    static double[] pooled(String body) {
        try {
            JsonNode data = JSON.readTree(body).path("data");
            JsonNode first = data.path(0).path("data");
            List<Double> out = new ArrayList<>();
            if (first.isArray() && first.size() > 0 && first.get(0).isArray()) {
                for (JsonNode row : first) {
                    out.add(row.get(row.size() - 1).asDouble());
                }
            } else if (first.isArray()) {
                for (JsonNode v : first) {
                    out.add(v.asDouble());
                }
            } else {
                throw malformed(body, null);
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (IOException e) {
            throw malformed(body, e);
        }
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    static LlmException malformed(String body, Exception cause) {
        String start = body == null ? "" : body.strip();
        start = start.length() > 120 ? start.substring(0, 120) + "…" : start;
        return new LlmException(LlmException.Kind.MALFORMED, 200, "the server's answer is not an OpenAI-style completion "
                + "(expected JSON with \"choices\"); it began: " + start, cause);
    }
}
