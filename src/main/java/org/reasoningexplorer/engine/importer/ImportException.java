package org.reasoningexplorer.engine.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be imported: it is not in the expected format, or a record of it is damaged.
 * The message names the file, the place (record, line) and what was expected there, e.g.
 * {@code file raw.jsonl, record 3 (line 3): a PRM800K record needs "label"."steps"}.
 */
public final class ImportException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;
    private final String format;
    private final String detail;

    /**
     * @param file the file being imported
     * @param location where in it, e.g. "record 3 (line 3)" or "line 1"; null when the whole file is meant
     * @param format the format that was expected, e.g. "a Tree-of-Thoughts BFS log"
     * @param detail what was expected and what was found
     */
    public ImportException(Path file, String location, String format, String detail) {
        this(file, location, format, detail, null);
    }

    public ImportException(Path file, String location, String format, String detail, Throwable cause) {
        super(compose(file, location, detail), cause);
        this.file = file;
        this.location = location;
        this.format = format;
        this.detail = detail;
    }

    private static String compose(Path file, String location, String detail) {
        StringBuilder sb = new StringBuilder("file ").append(file);
        if (location != null && !location.isEmpty()) {
            sb.append(", ").append(location);
        }
        return sb.append(": ").append(detail).toString();
    }

    /** The file being imported. */
    public Path file() {
        return file;
    }

    /** Where in the file, e.g. "record 3 (line 3)", or null for the whole file. */
    public String location() {
        return location;
    }

    /** The format that was expected. */
    public String format() {
        return format;
    }

    /** What was expected and found, without the file and location. */
    public String detail() {
        return detail;
    }
}
