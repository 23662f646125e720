package org.reasoningexplorer.app.run;

import java.nio.file.Path;
import org.reasoningexplorer.engine.run.PuzzleSearch;

/**
 * A search to run from the app.
 *
 * @param search the embedded reasoner's search, or null when {@code job} is something else (a model run)
 * @param out the trace file to write (streamed to {@code out.part}, renamed at the end)
 * @param paced whether to pause briefly after each iteration or step, so people can watch the tree grow
 */
public record RunRequest(PuzzleSearch search, SearchJob job, Path out, boolean paced) {
    public RunRequest(PuzzleSearch search, Path out, boolean paced) {
        this(search, SearchJob.of(search), out, paced);
    }

    /** A run of any job (e.g. a language model), not paced. */
    public RunRequest(SearchJob job, Path out) {
        this(null, job, out, false);
    }
}
