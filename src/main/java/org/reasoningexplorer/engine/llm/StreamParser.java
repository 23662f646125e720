package org.reasoningexplorer.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okio.BufferedSource;

/**
 * Reads a server-sent-event stream of completion chunks ({@code data: {...}} lines, ended by
 * {@code data: [DONE]}), passing each piece of text on as it arrives. If the stream breaks off,
 * the text received so far is kept and the choice is marked incomplete.
 */
final class StreamParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamParser() {
    }

    static Completion read(BufferedSource source, int n, boolean chat, OpenAiClient.StreamListener listener) {
        int size = Math.max(1, n);
        List<StringBuilder> text = new ArrayList<>();
        List<StringBuilder> reasoning = new ArrayList<>();
        String[] finish = new String[size];
        String[] stop = new String[size];
        double[] logprob = new double[size];
        int[] tokens = new int[size];
        for (int i = 0; i < size; i++) {
            text.add(new StringBuilder());
            reasoning.add(new StringBuilder());
            logprob[i] = Double.NaN;
        }
        int promptTokens = -1;
        int completionTokens = -1;
        boolean done = false;
        try {
            String line;
            while ((line = source.readUtf8Line()) != null) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                String data = line.substring(5).trim();
                if (data.equals("[DONE]")) {
                    done = true;
                    break;
                }
                JsonNode chunk;
                try {
                    chunk = JSON.readTree(data);
                } catch (IOException e) {
                    if (source.exhausted()) {
                        break;  // the last line was cut off with the connection: keep what came before
                    }
                    throw ResponseParser.malformed(data, e);
                }
                if (chunk.has("usage") && !chunk.get("usage").isNull()) {
                    promptTokens = chunk.get("usage").path("prompt_tokens").asInt(-1);
                    completionTokens = chunk.get("usage").path("completion_tokens").asInt(-1);
                }
                for (JsonNode c : chunk.path("choices")) {
                    int i = c.path("index").asInt(0);
                    if (i < 0 || i >= size) {
                        continue;
                    }
                    JsonNode d = chat ? c.path("delta") : c;
                    String piece = d.path(chat ? "content" : "text").asText("");
                    String think = chat ? (d.hasNonNull("reasoning_content") ? d.get("reasoning_content").asText() : d.path("reasoning").asText("")) : "";
                    if (!think.isEmpty()) {
                        reasoning.get(i).append(think);
                        if (listener != null) {
                            listener.delta(i, think, true);
                        }
                    }
                    if (!piece.isEmpty()) {
                        text.get(i).append(piece);
                        if (listener != null) {
                            listener.delta(i, piece, false);
                        }
                    }
                    double[] lp = ResponseParser.logprob(c.path("logprobs"), chat);
                    if (!Double.isNaN(lp[0])) {
                        logprob[i] = (Double.isNaN(logprob[i]) ? 0 : logprob[i]) + lp[0];
                        tokens[i] += (int) lp[1];
                    }
                    if (c.hasNonNull("finish_reason")) {
                        finish[i] = c.get("finish_reason").asText();
                    }
                    if (c.hasNonNull("stop_reason")) {
                        stop[i] = c.get("stop_reason").asText();
                    }
                }
            }
        } catch (IOException e) {
            // The stream broke off: keep what arrived; the choices are marked incomplete below.
        }
        List<Completion.Choice> choices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String t = text.get(i).toString();
            String r = reasoning.get(i).toString();
            if (r.isEmpty()) {
                ThinkSplit.Parts p = ThinkSplit.split(t);
                r = p.reasoning();
                t = p.reasoning().isEmpty() ? t : p.answer();
            }
            choices.add(new Completion.Choice(t, r, finish[i], stop[i], logprob[i], tokens[i], done || finish[i] != null));
        }
        return new Completion(choices, promptTokens, completionTokens);
    }
}
