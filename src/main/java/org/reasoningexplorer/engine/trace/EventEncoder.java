package org.reasoningexplorer.engine.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes one event as a compact JSON object whose first field is "ev"; see docs/TRACE_FORMAT.md. */
final class EventEncoder {
    private EventEncoder() {
    }

    static void write(JsonGenerator g, TraceEvent e) throws IOException {
        String type = e.type();
        if (type == null) {
            throw new IllegalArgumentException("cannot write an event without a type: " + e);
        }
        g.writeStartObject();
        g.writeStringField("ev", type);
        if (e instanceof TraceEvent.NodeCreated n) {
            g.writeNumberField("id", n.id());
            g.writeNumberField("parent", n.parent());
            g.writeStringField("key", n.key());
            g.writeStringField("text", n.text());
            optionalNumber(g, "p", n.prior());
            g.writeNumberField("tokens", n.tokens());
            g.writeBooleanField("terminal", n.terminal());
        } else if (e instanceof TraceEvent.Scored s) {
            g.writeNumberField("node", s.node());
            g.writeStringField("verifier", s.verifier());
            g.writeStringField("kind", s.kind() == null ? null : s.kind().tag());
            g.writeNumberField("value", s.value());
            optionalNumber(g, "truth", s.truth());
            g.writeNumberField("calls", s.calls());
            if (s.judgements() != null && !s.judgements().isEmpty()) {
                strings(g, "judgements", s.judgements());
            }
        } else if (e instanceof TraceEvent.Selected s) {
            ints(g, "path", s.path());
        } else if (e instanceof TraceEvent.Expanded x) {
            g.writeNumberField("node", x.node());
            ints(g, "children", x.children());
        } else if (e instanceof TraceEvent.Simulated s) {
            g.writeNumberField("node", s.node());
            strings(g, "steps", s.steps());
            g.writeNumberField("tokens", s.tokens());
            g.writeNumberField("value", s.value());
            optionalString(g, "answer", s.answer());
        } else if (e instanceof TraceEvent.Backpropagated b) {
            ints(g, "path", b.path());
            g.writeNumberField("value", b.value());
            ints(g, "visits", b.visits());
            doubles(g, "means", b.means());
        } else if (e instanceof TraceEvent.BeamStep b) {
            g.writeNumberField("depth", b.depth());
            ints(g, "kept", b.kept());
            ints(g, "pruned", b.pruned());
        } else if (e instanceof TraceEvent.Pruned p) {
            g.writeNumberField("node", p.node());
            optionalString(g, "reason", p.reason());
        } else if (e instanceof TraceEvent.Reasoning r) {
            g.writeNumberField("node", r.node());
            g.writeStringField("text", r.text());
        } else if (e instanceof TraceEvent.Backtracked b) {
            g.writeNumberField("from", b.from());
            g.writeNumberField("to", b.to());
        } else if (e instanceof TraceEvent.AnswerExtracted a) {
            g.writeNumberField("node", a.node());
            g.writeStringField("answer", a.answer());
            g.writeStringField("normalized", a.normalized());
            g.writeBooleanField("correct", a.correct());
        } else if (e instanceof TraceEvent.VoteCast v) {
            g.writeNumberField("node", v.node());
            g.writeStringField("answer", v.answer());
            g.writeNumberField("weight", v.weight());
            g.writeNumberField("count", v.count());
            g.writeNumberField("totalWeight", v.totalWeight());
        } else if (e instanceof TraceEvent.FinalSelection f) {
            g.writeNumberField("node", f.node());
            optionalString(g, "answer", f.answer());
            g.writeBooleanField("correct", f.correct());
            optionalString(g, "reason", f.reason());
        } else if (e instanceof TraceEvent.Ended end) {
            g.writeStringField("status", end.status());
            if (end.compute() != null) {
                g.writeObjectFieldStart("compute");
                g.writeNumberField("steps", end.compute().steps());
                g.writeNumberField("tokens", end.compute().tokens());
                g.writeNumberField("verifierCalls", end.compute().verifierCalls());
                g.writeEndObject();
            }
            optionalString(g, "message", end.message());
        } else if (e instanceof TraceEvent.Unknown u) {
            writeFields(g, u.fields());
        }
        g.writeEndObject();
    }

    private static void writeFields(JsonGenerator g, Map<String, Object> fields) throws IOException {
        if (fields == null) {
            return;
        }
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (!"ev".equals(f.getKey())) {
                g.writeFieldName(f.getKey());
                g.writeObject(f.getValue());
            }
        }
    }

    /** NaN means "unknown" and is left out; the reader restores it. */
    private static void optionalNumber(JsonGenerator g, String name, double value) throws IOException {
        if (!Double.isNaN(value)) {
            g.writeNumberField(name, value);
        }
    }

    private static void optionalString(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void ints(JsonGenerator g, String name, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(name);
        if (values != null) {
            for (int i = 0, n = values.size(); i < n; i++) {
                g.writeNumber(values.get(i));
            }
        }
        g.writeEndArray();
    }

    private static void doubles(JsonGenerator g, String name, List<Double> values) throws IOException {
        g.writeArrayFieldStart(name);
        if (values != null) {
            for (int i = 0, n = values.size(); i < n; i++) {
                g.writeNumber(values.get(i));
            }
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        if (values != null) {
            for (int i = 0, n = values.size(); i < n; i++) {
                g.writeString(values.get(i));
            }
        }
        g.writeEndArray();
    }
}
