package org.reasoningexplorer.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;

/** Turns HTTP statuses and network failures into {@link LlmException}s with advice a user can follow. */
final class HttpErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpErrors() {
    }

    static LlmException forStatus(int status, String body, String url, LlmSettings s, List<String> servedModels) {
        String detail = serverMessage(body);
        switch (status) {
            case 401:
            case 403:
                return new LlmException(LlmException.Kind.AUTH, status, s.apiKey() == null
                        ? "the server at " + s.baseUrl() + " needs an API key (HTTP " + status + "): set RX_API_KEY or enter it in Settings"
                        : "the server at " + s.baseUrl() + " refused the API key (HTTP " + status + "): check RX_API_KEY or the key in Settings"
                        + (detail.isEmpty() ? "" : "; it said: " + detail), null);
            case 404:
                if (detail.toLowerCase().contains("model")) {
                    return new LlmException(LlmException.Kind.UNKNOWN_MODEL, status, "the server does not serve model '" + s.model() + "'"
                            + (servedModels.isEmpty() ? "" : "; it serves: " + String.join(", ", servedModels))
                            + (detail.isEmpty() ? "" : " (it said: " + detail + ")"), null);
                }
                return new LlmException(LlmException.Kind.WRONG_URL, status, "nothing answers at " + url
                        + " (HTTP 404): the base URL usually ends in /v1, e.g. http://localhost:8000/v1", null);
            case 429:
                return new LlmException(LlmException.Kind.RATE_LIMITED, status, "the server is rate-limiting requests (HTTP 429)"
                        + (detail.isEmpty() ? "" : ": " + detail) + "; lower the concurrency or wait", null);
            case 500:
            case 502:
            case 503:
            case 504:
                return new LlmException(LlmException.Kind.OVERLOADED, status, "the server failed or is overloaded (HTTP " + status + ")"
                        + (detail.isEmpty() ? "" : ": " + detail), null);
            default:
                return new LlmException(LlmException.Kind.BAD_REQUEST, status, "the server rejected the request (HTTP " + status + ")"
                        + (detail.isEmpty() ? "" : ": " + detail), null);
        }
    }

    static LlmException forIo(IOException e, String url, LlmSettings s) {
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException && String.valueOf(e.getMessage()).contains("timeout")) {
            return new LlmException(LlmException.Kind.TIMEOUT, 0, "the server at " + s.baseUrl() + " did not answer within "
                    + s.timeout().toSeconds() + " s; it may be overloaded, or raise the timeout", e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return new LlmException(LlmException.Kind.UNREACHABLE, 0, "cannot reach " + url + ": is the server running, and is the base URL"
                    + " right (e.g. http://localhost:8000/v1)?", e);
        }
        if (String.valueOf(e.getMessage()).contains("Canceled")) {
            return new LlmException(LlmException.Kind.CANCELLED, 0, "the request was cancelled", e);
        }
        return new LlmException(LlmException.Kind.UNREACHABLE, 0, "the connection to " + s.baseUrl() + " failed: " + e.getMessage(), e);
    }

    /** The "error.message" (or "message", or "detail") of an error body, else a short prefix of it. */
    static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode n = JSON.readTree(body);
            for (String path : new String[] {"/error/message", "/message", "/detail", "/error"}) {
                JsonNode m = n.at(path);
                if (m.isTextual()) {
                    return m.asText();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: show the start of it
        }
        String t = body.strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
