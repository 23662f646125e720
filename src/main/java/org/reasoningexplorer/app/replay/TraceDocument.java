package org.reasoningexplorer.app.replay;

import java.nio.file.Path;
import java.util.List;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;

/**
 * A trace as the app holds it: where it came from, its header, its events and what reading it
 * noticed. The event list of a live search grows while it runs; it is only ever touched on the FX
 * thread.
 *
 * @param file the trace file, or null for a search that is not saved
 * @param warnings problems that did not stop reading (a cut-off last line, unknown event types)
 * @param truncated whether the file's last line was cut off, so only a prefix was read
 */
public record TraceDocument(Path file, TraceHeader header, List<TraceEvent> events, List<String> warnings,
                            boolean truncated) {
    public TraceDocument {
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /**
     * Documents are equal only to themselves: comparing the events of two big traces would read both
     * files through (and JavaFX compares a property's old and new value whenever it is set).
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Whether the events stay in the file, read back when needed (a big trace; see {@code EventFile}). */
    public boolean keepsEventsInFile() {
        return events instanceof org.reasoningexplorer.engine.trace.EventFile;
    }

    /** The name shown in the title bar and in messages. */
    public String displayName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return header.strategyName() + " · " + header.problemText();
    }

    /** Whether the trace ends with an end event (a search that is still running or crashed does not). */
    public boolean isComplete() {
        return !events.isEmpty() && events.get(events.size() - 1) instanceof TraceEvent.Ended;
    }
}
