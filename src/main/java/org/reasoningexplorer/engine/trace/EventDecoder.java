package org.reasoningexplorer.engine.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one event line with a streaming parser. Errors are {@link TraceFormatException}s that say
 * what was expected; the reader adds the file and line.
 */
final class EventDecoder {
    private static final String[] NODE = {"id", "parent", "key", "text", "tokens", "terminal"};
    private static final String[] SCORE = {"node", "verifier", "kind", "value", "calls"};
    private static final String[] SELECT = {"path"};
    private static final String[] EXPAND = {"node", "children"};
    private static final String[] SIMULATE = {"node", "steps", "tokens", "value"};
    private static final String[] BACKPROP = {"path", "value", "visits", "means"};
    private static final String[] BEAM = {"depth", "kept", "pruned"};
    private static final String[] PRUNE = {"node"};
    private static final String[] BACKTRACK = {"from", "to"};
    private static final String[] REASONING = {"node", "text"};
    private static final String[] ANSWER = {"node", "answer", "normalized", "correct"};
    private static final String[] VOTE = {"node", "answer", "weight", "count", "totalWeight"};
    private static final String[] FINAL = {"node", "correct"};
    private static final String[] END = {"status"};
    private static final Map<String, ScoreKind> SCORE_KINDS = scoreKinds();
    private static final String[] COMPUTE = {"compute.steps", "compute.tokens", "compute.verifierCalls"};

    private EventDecoder() {
    }

    static TraceEvent decode(byte[] buf, int off, int len) {
        try (JsonParser p = TraceCodec.FACTORY.createParser(buf, off, len)) {
            JsonToken start = p.nextToken();
            if (start != JsonToken.START_OBJECT) {
                throw TraceFormatException.detail("expected a JSON object holding one event, found " + JsonValues.describe(p));
            }
            if (!"ev".equals(p.nextFieldName())) {
                return decodeReordered(buf, off, len);
            }
            TraceEvent event = body(p, type(p));
            if (p.nextToken() != null) {
                throw TraceFormatException.detail("expected one event per line, found more JSON after the event object");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw TraceFormatException.syntax("not valid JSON: " + JsonValues.reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory failed", e);
        }
    }

    /** Hand-edited lines may put "ev" later; read them through a tree with "ev" moved first (slow, but rare). */
    private static TraceEvent decodeReordered(byte[] buf, int off, int len) throws IOException {
        JsonNode tree;
        try (JsonParser p = TraceCodec.FACTORY.createParser(buf, off, len)) {
            tree = TraceCodec.MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw TraceFormatException.detail("expected one event per line, found more JSON after the event object");
            }
        }
        JsonNode ev = tree.get("ev");
        if (ev == null) {
            throw TraceFormatException.detail("expected an event object with an \"ev\" field naming its type, found "
                    + (tree.isEmpty() ? "an empty object" : "an object without \"ev\""));
        }
        ObjectNode ordered = TraceCodec.MAPPER.createObjectNode();
        ordered.set("ev", ev);
        ordered.setAll((ObjectNode) tree);
        try (JsonParser p = TraceCodec.MAPPER.treeAsTokens(ordered)) {
            p.nextToken();
            p.nextFieldName();
            return body(p, type(p));
        }
    }

    private static String type(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw TraceFormatException.detail("field \"ev\" must be a string naming the event type, found " + JsonValues.describe(p));
        }
        return p.getText();
    }

    private static TraceEvent body(JsonParser p, String ev) throws IOException {
        switch (ev) {
            case "node": return node(p);
            case "score": return score(p);
            case "select": return select(p);
            case "expand": return expand(p);
            case "simulate": return simulate(p);
            case "backprop": return backprop(p);
            case "beam": return beam(p);
            case "prune": return prune(p);
            case "backtrack": return backtrack(p);
            case "reasoning": return reasoning(p);
            case "answer": return answer(p);
            case "vote": return vote(p);
            case "final": return finalSelection(p);
            case "end": return end(p);
            default: return unknown(p, ev);
        }
    }

    private static TraceEvent node(JsonParser p) throws IOException {
        int id = 0, parent = 0, tokens = 0, seen = 0;
        String key = null, text = null;
        double prior = Double.NaN;
        boolean terminal = false;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "id" -> { id = JsonValues.readInt(p, "node", f); seen |= 1; }
                case "parent" -> { parent = JsonValues.readInt(p, "node", f); seen |= 2; }
                case "key" -> { key = JsonValues.readString(p, "node", f); seen |= 4; }
                case "text" -> { text = JsonValues.readString(p, "node", f); seen |= 8; }
                case "tokens" -> { tokens = JsonValues.readInt(p, "node", f); seen |= 16; }
                case "terminal" -> { terminal = JsonValues.readBoolean(p, "node", f); seen |= 32; }
                case "p" -> prior = JsonValues.readDouble(p, "node", f);
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "node", NODE);
        return new TraceEvent.NodeCreated(id, parent, key, text, prior, tokens, terminal);
    }

    private static TraceEvent score(JsonParser p) throws IOException {
        int node = 0, calls = 0, seen = 0;
        String verifier = null, kind = null;
        double value = 0, truth = Double.NaN;
        List<String> judgements = List.of();
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "score", f); seen |= 1; }
                case "verifier" -> { verifier = JsonValues.readString(p, "score", f); seen |= 2; }
                case "kind" -> { kind = JsonValues.readString(p, "score", f); seen |= 4; }
                case "value" -> { value = JsonValues.readDouble(p, "score", f); seen |= 8; }
                case "calls" -> { calls = JsonValues.readInt(p, "score", f); seen |= 16; }
                case "truth" -> truth = JsonValues.readDouble(p, "score", f);
                case "judgements" -> judgements = JsonValues.readStrings(p, "score", f);
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "score", SCORE);
        return new TraceEvent.Scored(node, verifier, scoreKind(kind), value, truth, calls, judgements);
    }

    private static ScoreKind scoreKind(String tag) {
        // ScoreKind.parse lower-cases every constant's name on each call; look the common tags up first.
        ScoreKind kind = tag == null ? null : SCORE_KINDS.get(tag);
        if (kind != null) {
            return kind;
        }
        try {
            return ScoreKind.parse(tag);
        } catch (IllegalArgumentException e) {
            throw TraceFormatException.detail("event \"score\" field \"kind\": " + e.getMessage());
        }
    }

    private static TraceEvent select(JsonParser p) throws IOException {
        List<Integer> path = null;
        int seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            if (f.equals("path")) {
                path = JsonValues.readInts(p, "select", f);
                seen |= 1;
            } else {
                JsonValues.skip(p);
            }
        }
        require(seen, "select", SELECT);
        return new TraceEvent.Selected(path);
    }

    private static TraceEvent expand(JsonParser p) throws IOException {
        int node = 0, seen = 0;
        List<Integer> children = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "expand", f); seen |= 1; }
                case "children" -> { children = JsonValues.readInts(p, "expand", f); seen |= 2; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "expand", EXPAND);
        return new TraceEvent.Expanded(node, children);
    }

    private static TraceEvent simulate(JsonParser p) throws IOException {
        int node = 0, tokens = 0, seen = 0;
        List<String> steps = null;
        double value = 0;
        String answer = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "simulate", f); seen |= 1; }
                case "steps" -> { steps = JsonValues.readStrings(p, "simulate", f); seen |= 2; }
                case "tokens" -> { tokens = JsonValues.readInt(p, "simulate", f); seen |= 4; }
                case "value" -> { value = JsonValues.readDouble(p, "simulate", f); seen |= 8; }
                case "answer" -> answer = JsonValues.readString(p, "simulate", f);
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "simulate", SIMULATE);
        return new TraceEvent.Simulated(node, steps, tokens, value, answer);
    }

    private static TraceEvent backprop(JsonParser p) throws IOException {
        List<Integer> path = null, visits = null;
        List<Double> means = null;
        double value = 0;
        int seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "path" -> { path = JsonValues.readInts(p, "backprop", f); seen |= 1; }
                case "value" -> { value = JsonValues.readDouble(p, "backprop", f); seen |= 2; }
                case "visits" -> { visits = JsonValues.readInts(p, "backprop", f); seen |= 4; }
                case "means" -> { means = JsonValues.readDoubles(p, "backprop", f); seen |= 8; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "backprop", BACKPROP);
        return new TraceEvent.Backpropagated(path, value, visits, means);
    }

    private static TraceEvent beam(JsonParser p) throws IOException {
        int depth = 0, seen = 0;
        List<Integer> kept = null, pruned = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "depth" -> { depth = JsonValues.readInt(p, "beam", f); seen |= 1; }
                case "kept" -> { kept = JsonValues.readInts(p, "beam", f); seen |= 2; }
                case "pruned" -> { pruned = JsonValues.readInts(p, "beam", f); seen |= 4; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "beam", BEAM);
        return new TraceEvent.BeamStep(depth, kept, pruned);
    }

    private static TraceEvent prune(JsonParser p) throws IOException {
        int node = 0, seen = 0;
        String reason = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "prune", f); seen |= 1; }
                case "reason" -> reason = JsonValues.readString(p, "prune", f);
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "prune", PRUNE);
        return new TraceEvent.Pruned(node, reason);
    }

    private static TraceEvent backtrack(JsonParser p) throws IOException {
        int from = 0, to = 0, seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "from" -> { from = JsonValues.readInt(p, "backtrack", f); seen |= 1; }
                case "to" -> { to = JsonValues.readInt(p, "backtrack", f); seen |= 2; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "backtrack", BACKTRACK);
        return new TraceEvent.Backtracked(from, to);
    }

    private static TraceEvent reasoning(JsonParser p) throws IOException {
        int node = 0, seen = 0;
        String text = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "reasoning", f); seen |= 1; }
                case "text" -> { text = JsonValues.readString(p, "reasoning", f); seen |= 2; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "reasoning", REASONING);
        return new TraceEvent.Reasoning(node, text);
    }

    private static TraceEvent answer(JsonParser p) throws IOException {
        int node = 0, seen = 0;
        String answer = null, normalized = null;
        boolean correct = false;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "answer", f); seen |= 1; }
                case "answer" -> { answer = JsonValues.readString(p, "answer", f); seen |= 2; }
                case "normalized" -> { normalized = JsonValues.readString(p, "answer", f); seen |= 4; }
                case "correct" -> { correct = JsonValues.readBoolean(p, "answer", f); seen |= 8; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "answer", ANSWER);
        return new TraceEvent.AnswerExtracted(node, answer, normalized, correct);
    }

    private static TraceEvent vote(JsonParser p) throws IOException {
        int node = 0, count = 0, seen = 0;
        String answer = null;
        double weight = 0, total = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "vote", f); seen |= 1; }
                case "answer" -> { answer = JsonValues.readString(p, "vote", f); seen |= 2; }
                case "weight" -> { weight = JsonValues.readDouble(p, "vote", f); seen |= 4; }
                case "count" -> { count = JsonValues.readInt(p, "vote", f); seen |= 8; }
                case "totalWeight" -> { total = JsonValues.readDouble(p, "vote", f); seen |= 16; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "vote", VOTE);
        return new TraceEvent.VoteCast(node, answer, weight, count, total);
    }

    private static TraceEvent finalSelection(JsonParser p) throws IOException {
        int node = 0, seen = 0;
        String answer = null, reason = null;
        boolean correct = false;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "node" -> { node = JsonValues.readInt(p, "final", f); seen |= 1; }
                case "correct" -> { correct = JsonValues.readBoolean(p, "final", f); seen |= 2; }
                case "answer" -> answer = JsonValues.readString(p, "final", f);
                case "reason" -> reason = JsonValues.readString(p, "final", f);
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "final", FINAL);
        return new TraceEvent.FinalSelection(node, answer, correct, reason);
    }

    private static TraceEvent end(JsonParser p) throws IOException {
        String status = null, message = null;
        Compute compute = null;
        int seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "status" -> { status = JsonValues.readString(p, "end", f); seen |= 1; }
                case "compute" -> compute = compute(p);
                case "message" -> message = JsonValues.readString(p, "end", f);
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "end", END);
        return new TraceEvent.Ended(status, compute, message);
    }

    private static Compute compute(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw TraceFormatException.detail("event \"end\" field \"compute\" must be an object with \"steps\", \"tokens\" and \"verifierCalls\", found "
                    + JsonValues.describe(p));
        }
        long steps = 0, tokens = 0, calls = 0;
        int seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            switch (f) {
                case "steps" -> { steps = JsonValues.readLong(p, "end", "compute." + f); seen |= 1; }
                case "tokens" -> { tokens = JsonValues.readLong(p, "end", "compute." + f); seen |= 2; }
                case "verifierCalls" -> { calls = JsonValues.readLong(p, "end", "compute." + f); seen |= 4; }
                default -> JsonValues.skip(p);
            }
        }
        require(seen, "end", COMPUTE);
        return new Compute(steps, tokens, calls);
    }

    /** Newer minor versions may add event types: keep every field verbatim (databind: this path is rare). */
    private static TraceEvent unknown(JsonParser p, String ev) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            fields.put(f, TraceCodec.MAPPER.readValue(p, Object.class));
        }
        return new TraceEvent.Unknown(ev, fields);
    }

    private static Map<String, ScoreKind> scoreKinds() {
        Map<String, ScoreKind> m = new HashMap<>();
        for (ScoreKind k : ScoreKind.values()) {
            m.put(k.tag(), k);
        }
        return Map.copyOf(m);
    }

    private static void require(int seen, String ev, String[] names) {
        int all = (1 << names.length) - 1;
        if ((seen & all) == all) {
            return;
        }
        for (int i = 0; i < names.length; i++) {
            if ((seen & (1 << i)) == 0) {
                throw TraceFormatException.detail("event \"" + ev + "\" lacks field \"" + names[i] + "\"");
            }
        }
    }
}
