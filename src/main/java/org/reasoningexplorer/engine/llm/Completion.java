package org.reasoningexplorer.engine.llm;

import java.util.List;

/**
 * What a server returned for one request: its choices and the token usage it reports.
 *
 * @param promptTokens prompt tokens by the server's {@code usage}, or −1 when it sent none
 */
public record Completion(List<Choice> choices, int promptTokens, int completionTokens) {
    /**
     * One generated continuation.
     *
     * @param reasoning the reasoning text kept apart from the answer ({@code reasoning_content}, {@code reasoning}, or
     *                  a {@code <think>…</think>} block inside the text), empty when none
     * @param finishReason "stop", "length", … or null
     * @param stopReason the stop string that ended it, where the server tells (vLLM), else null
     * @param logprob the summed log-probability of its tokens, NaN when the server gave none
     * @param complete false when the stream broke off before the server finished this choice
     */
    public record Choice(String text, String reasoning, String finishReason, String stopReason, double logprob,
                         int tokens, boolean complete) {
    }
}
