package org.reasoningexplorer.app.run;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;

/** A search the app can run live: the embedded reasoner on a puzzle, or a language model on a server. */
public interface SearchJob {
    /** The header the trace will carry (available before the search starts; never holds a secret). */
    TraceHeader header();

    /** Runs the search, handing every event to {@code sink}, until it ends or {@code cancel} says stop. */
    void run(Consumer<TraceEvent> sink, BooleanSupplier cancel) throws IOException;

    /** Receives the text of steps while they are being written (on any thread). */
    interface Drafts {
        /** A piece of the text of sample {@code sample} being written under node {@code parent}. */
        void delta(int parent, int sample, String text, boolean reasoning);

        /** A step under {@code parent} has become a node: the drafts under it are done. */
        void done(int parent);
    }

    /**
     * Runs the search as {@link #run(Consumer, BooleanSupplier)} does, also handing the text of steps being
     * written to {@code drafts} where the job can (a model that streams); others ignore it.
     */
    default void run(Consumer<TraceEvent> sink, BooleanSupplier cancel, Drafts drafts) throws IOException {
        run(sink, cancel);
    }

    /** Whether running the same job again after a failure picks up where it stopped (e.g. from a response journal). */
    default boolean resumable() {
        return false;
    }

    /** The embedded reasoner's search on a puzzle. */
    static SearchJob of(PuzzleSearch search) {
        return new SearchJob() {
            @Override
            public TraceHeader header() {
                return search.header();
            }

            @Override
            public void run(Consumer<TraceEvent> sink, BooleanSupplier cancel) {
                search.run(sink, cancel);
            }
        };
    }
}
