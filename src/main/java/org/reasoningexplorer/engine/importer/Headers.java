package org.reasoningexplorer.engine.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.TraceHeader;

/** Builds the headers of imported traces: strategy "imported:…", the source's model as backend, seed 0. */
final class Headers {
    private Headers() {
    }

    /** An ordered map from alternating keys and values; null values are left out. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    /** A verifier entry: "name", "kind" and "options". */
    static Map<String, Object> verifier(String name, String kind, Map<String, Object> options) {
        return map("name", name, "kind", kind, "options", options == null ? Map.of() : options);
    }

    /**
     * A header with strategy {@code "imported:" + strategy}; the options should say where the data came from.
     */
    static TraceHeader of(Map<String, Object> problem, String strategy, Map<String, Object> options, String backend,
                          Map<String, Object> backendOptions, List<Map<String, Object>> verifiers) {
        return new TraceHeader(TraceHeader.FORMAT, TraceHeader.VERSION, problem,
                map("name", "imported:" + strategy, "options", options == null ? Map.of() : options),
                map("name", backend, "options", backendOptions == null ? Map.of() : backendOptions),
                verifiers, 0L, null);
    }
}
