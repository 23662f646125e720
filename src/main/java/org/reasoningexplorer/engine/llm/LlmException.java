package org.reasoningexplorer.engine.llm;

/**
 * A failure talking to a model server, with a message a user can act on ("is the server running?",
 * "check the API key", "the model is not served there") and a kind the caller can branch on.
 * Messages never contain the API key.
 */
public final class LlmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, roughly. */
    public enum Kind { UNREACHABLE, WRONG_URL, AUTH, UNKNOWN_MODEL, RATE_LIMITED, OVERLOADED, TIMEOUT, MALFORMED, CANCELLED, BAD_REQUEST }

    private final Kind kind;
    private final int status;

    public LlmException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    /** Whether trying again later may succeed. */
    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.OVERLOADED || kind == Kind.TIMEOUT || kind == Kind.UNREACHABLE;
    }
}
