package org.reasoningexplorer.app.run;

import java.nio.file.Path;
import org.reasoningexplorer.engine.run.PuzzleSearch;

/**
 * A search to run from the app.
 *
 * @param out the trace file to write (streamed to {@code out.part}, renamed at the end)
 * @param paced whether to pause briefly after each iteration or step, so people can watch the tree grow
 */
public record RunRequest(PuzzleSearch search, Path out, boolean paced) {
}
