package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An importer of JSON Lines whose every record becomes one trace; subclasses convert a record. */
abstract class PerLineImporter implements TraceImporter {
    private final String id;
    private final String format;
    private final String noun;

    /**
     * @param noun what one record is called in error messages, e.g. "a sample-set row"
     */
    PerLineImporter(String id, String format, String noun) {
        this.id = id;
        this.format = format;
        this.noun = noun;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final List<ImportedTrace> read(Path path) throws IOException {
        List<ImportedTrace> out = new ArrayList<>();
        JsonRecords.eachLine(path, format, noun, (record, at) -> out.add(convert(record, at, path)));
        return out;
    }

    /** The trace of one record; {@code at} locates it for error messages. */
    protected abstract ImportedTrace convert(JsonNode record, At at, Path path) throws IOException;
}
