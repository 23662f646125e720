package org.reasoningexplorer.engine.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a trace noticed without stopping, worded the same by every reader: a cut-off last
 * line, and event types from newer versions (named at their first line, counted at the end).
 */
final class ReadWarnings {
    private final Path file;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, long[]> unknownTypes = new LinkedHashMap<>();

    ReadWarnings(Path file) {
        this.file = file;
    }

    void unknown(String type, long line) {
        long[] count = unknownTypes.get(type);
        if (count == null) {
            unknownTypes.put(type, new long[] {1});
            warnings.add("file " + file + ", line " + line + ": unknown event type \"" + type
                    + "\" (written by a newer version?); kept as is, and ignored when folding");
        } else {
            count[0]++;
        }
    }

    void truncated(long line, long eventsRead) {
        warnings.add("file " + file + ", line " + line + " is truncated (written while the search was still running?); read "
                + eventsRead + " events");
    }

    /** Adds the counts of unknown event types seen more than once; call once, at the end. */
    void finish() {
        for (Map.Entry<String, long[]> u : unknownTypes.entrySet()) {
            if (u.getValue()[0] > 1) {
                warnings.add("file " + file + ": " + u.getValue()[0] + " events of unknown type \"" + u.getKey() + "\" in all");
            }
        }
    }

    List<String> list() {
        return List.copyOf(warnings);
    }
}
