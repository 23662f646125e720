package org.reasoningexplorer.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every completion a run received, keyed by its request, appended to a JSON Lines file as it
 * arrives. A run that failed or was cancelled halfway resumes by replaying from the journal: the
 * same seed asks the same questions, which are answered from here at no cost, and the search goes on
 * from where it stopped. Holds no API key. A truncated last line (a crash) is ignored.
 */
public final class ResponseJournal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Completion> entries = new HashMap<>();
    private final BufferedWriter out;
    private int replayed;
    private int recorded;

    private ResponseJournal(BufferedWriter out) {
        this.out = out;
    }

    /** A journal kept only in memory. */
    public static ResponseJournal inMemory() {
        return new ResponseJournal(null);
    }

    /** Opens (or creates) a journal file, loading what it holds. */
    public static ResponseJournal open(Path file) throws IOException {
        ResponseJournal j;
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            j = new ResponseJournal(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
            for (String line : lines) {
                try {
                    JsonNode n = JSON.readTree(line);
                    j.entries.put(n.get("request").asText(), decode(n.get("completion")));
                } catch (IOException | RuntimeException e) {
                    // a line cut off by a crash: skip it; the request will simply be asked again
                }
            }
        } else {
            j = new ResponseJournal(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        }
        return j;
    }

    /** The answer recorded for this request, or null. */
    public synchronized Completion get(String request) {
        Completion c = entries.get(request);
        if (c != null) {
            replayed++;
        }
        return c;
    }

    /** Records an answer and flushes it to the file. */
    public synchronized void put(String request, Completion completion) {
        entries.put(request, completion);
        recorded++;
        if (out == null) {
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("request", request);
        n.set("completion", encode(completion));
        try {
            out.write(n.toString());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to the response journal: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a copy of a run's journal at {@code target} (replacing it), so a re-run replays the
     * original's answers and appends its new ones to the copy, leaving the original journal as its
     * trace made it. A missing source gives an empty journal.
     */
    public static ResponseJournal openCopy(Path source, Path target) throws IOException {
        if (source != null && Files.exists(source)) {
            Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(target);
        }
        return open(target);
    }

    /** An in-memory journal holding the answers of a journal file (missing: empty); nothing is written. */
    public static ResponseJournal loadInMemory(Path source) throws IOException {
        ResponseJournal j = inMemory();
        if (source != null && Files.exists(source)) {
            try (ResponseJournal f = open(source)) {
                j.entries.putAll(f.entries);
            }
        }
        return j;
    }

    /** How many answers were recorded since this journal was opened (requests that reached the server). */
    public synchronized int recorded() {
        return recorded;
    }

    /** How many requests were answered from the journal. */
    public synchronized int replayed() {
        return replayed;
    }

    public synchronized int size() {
        return entries.size();
    }

    private static JsonNode encode(Completion c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("prompt", c.promptTokens());
        n.put("completion", c.completionTokens());
        ArrayNode arr = n.putArray("choices");
        for (Completion.Choice ch : c.choices()) {
            ObjectNode o = arr.addObject();
            o.put("text", ch.text());
            o.put("reasoning", ch.reasoning());
            o.put("finish", ch.finishReason());
            o.put("stop", ch.stopReason());
            if (!Double.isNaN(ch.logprob())) {
                o.put("logprob", ch.logprob());
            }
            o.put("tokens", ch.tokens());
            o.put("complete", ch.complete());
        }
        return n;
    }

    private static Completion decode(JsonNode n) {
        List<Completion.Choice> choices = new ArrayList<>();
        for (JsonNode o : n.get("choices")) {
            choices.add(new Completion.Choice(o.path("text").asText(), o.path("reasoning").asText(), o.path("finish").isNull() ? null
                    : o.path("finish").asText(null), o.path("stop").isNull() ? null : o.path("stop").asText(null),
                    o.has("logprob") ? o.get("logprob").asDouble() : Double.NaN, o.path("tokens").asInt(), o.path("complete").asBoolean(true)));
        }
        return new Completion(choices, n.path("prompt").asInt(-1), n.path("completion").asInt(-1));
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
