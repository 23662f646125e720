package org.reasoningexplorer.engine.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one kind of file written by another tool (a Tree-of-Thoughts log, PRM800K labels, a
 * Stream-of-Search trace, …) into traces. Implementations are stateless; see
 * docs/IMPORT_FORMATS.md for each format and its mapping to trace events.
 */
public interface TraceImporter {
    /** A short stable id, e.g. "tot-bfs". */
    String id();

    /** The format read, as people say it, e.g. "a Tree-of-Thoughts Game-of-24 BFS log"; used in error messages. */
    String format();

    /** Whether the file's content (not its name) looks like this format. */
    boolean accepts(Sniff sniff);

    /** Reads the file (or folder) into one trace per problem; a damaged input throws {@link ImportException}. */
    List<ImportedTrace> read(Path path) throws IOException;
}
