package org.reasoningexplorer.engine.importer;

import java.util.List;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * One trace made from another tool's file: a header and the events that fold into its tree, ready
 * for {@link org.reasoningexplorer.engine.trace.TraceWriter} or a viewer.
 */
public record ImportedTrace(TraceHeader header, List<TraceEvent> events) {
    public ImportedTrace {
        events = List.copyOf(events);
    }

    /** The problem id from the header, e.g. "game24-900". */
    public String problemId() {
        Object id = header.problem() == null ? null : header.problem().get("id");
        return id == null ? "" : id.toString();
    }

    /** Folds the events into a new tree; throws IllegalArgumentException if they do not fit (an importer bug). */
    public TraceTree fold() {
        TraceTree tree = new TraceTree();
        for (TraceEvent e : events) {
            tree.apply(e);
        }
        return tree;
    }
}
