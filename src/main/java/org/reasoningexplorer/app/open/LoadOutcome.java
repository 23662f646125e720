package org.reasoningexplorer.app.open;

import java.nio.file.Path;
import org.reasoningexplorer.app.answers.AnswersViewModel;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceTree;

/** What came of opening a trace file: a document, a failure explained for people, or a cancel. */
public sealed interface LoadOutcome {

    /** The file the outcome is about. */
    Path file();

    /**
     * The trace was read.
     *
     * @param folded every event folded, with undo records, so a replay can start at the end and step back
     * @param snapshot the tree view's snapshot of {@code folded}, built with it off the UI thread; null when not built
     * @param answers the answer tally of {@code folded}, also built off the UI thread; null when not built
     */
    record Loaded(TraceDocument document, TraceTree folded, TreeModel snapshot, AnswersViewModel.Prepared answers)
            implements LoadOutcome {
        /** A trace read without a prebuilt snapshot. */
        public Loaded(TraceDocument document, TraceTree folded) {
            this(document, folded, null, null);
        }

        @Override
        public Path file() {
            return document.file();
        }
    }

    /** Why a trace could not be opened. */
    enum Problem {
        /** The file does not exist or cannot be read. */
        UNREADABLE,
        /** The first line is not a trace header (or the version is unsupported). */
        NOT_A_TRACE,
        /** A later line is not a valid event, or does not fit the events before it. */
        MALFORMED,
        /** The file is too big for the memory this Java was given. */
        TOO_LARGE
    }

    /**
     * The trace could not be opened.
     *
     * @param line the 1-based line of the problem, 0 when it is not about one line
     * @param detail what was expected and what was found, as the reader put it
     * @param prefix the events before the bad line, when there are any worth opening; else null
     */
    record Failed(Path file, Problem problem, long line, String detail, Loaded prefix) implements LoadOutcome {
    }

    /** The person cancelled the load. */
    record Cancelled(Path file) implements LoadOutcome {
    }
}
