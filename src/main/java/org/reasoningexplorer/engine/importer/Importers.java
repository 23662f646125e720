package org.reasoningexplorer.engine.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every importer, and {@link #detect}, which picks one by looking at a file's content (its JSON
 * shape and the fields of its first record), never by its name alone.
 */
public final class Importers {
    private static final List<TraceImporter> ALL = List.of(
            new TotBfsImporter(),
            new TotCotImporter(),
            new StreamOfSearchImporter(),
            new Prm800kImporter(),
            new Prm800kStepwiseImporter(),
            new Gsm8kSamplesImporter(),
            new SearchAndLearnImporter(),
            new OpenRImporter(),
            new ThoughtAnchorsImporter(),
            new RStarPairsImporter(),
            new LlmReasonersTreeLogImporter(),
            new GenericSamplesImporter());

    private Importers() {
    }

    /** All importers, most specific first (the order {@link #detect} tries them). */
    public static List<TraceImporter> all() {
        return ALL;
    }

    /** The importer with this id, e.g. "tot-bfs"; IllegalArgumentException names the ids there are. */
    public static TraceImporter byId(String id) {
        for (TraceImporter i : ALL) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown importer '" + id + "'; expected one of "
                + ALL.stream().map(TraceImporter::id).collect(Collectors.joining(", ")));
    }

    /** The importer for this file or folder; an {@link ImportException} lists the formats there are when none fits. */
    public static TraceImporter detect(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new ImportException(path, null, "any import format", "no such file or folder");
        }
        Sniff sniff = Sniff.of(path);
        for (TraceImporter i : ALL) {
            if (i.accepts(sniff)) {
                return i;
            }
        }
        throw new ImportException(path, null, "any import format", "not a format Reasoning Explorer can import ("
                + describe(sniff) + "); expected one of: " + ALL.stream().map(TraceImporter::format).collect(Collectors.joining("; ")));
    }

    /** Detects the format and reads the file. */
    public static List<ImportedTrace> read(Path path) throws IOException {
        return detect(path).read(path);
    }

    /**
     * Detects the format and reads the file, reporting progress after every record and stopping with a
     * {@link java.util.concurrent.CancellationException} soon after {@code cancelled} says so.
     *
     * @param progress hears bytes read and records converted (on this thread), or null
     * @param cancelled asked after every record, or null
     */
    public static List<ImportedTrace> read(Path path, ImportProgress progress, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        ImportProgress.Context ctx = new ImportProgress.Context(progress, cancelled);
        ImportProgress.Context.set(ctx);
        try {
            ctx.checkCancelled();
            List<ImportedTrace> out = detect(path).read(path);
            ctx.checkCancelled();
            long size = java.nio.file.Files.isRegularFile(path) ? java.nio.file.Files.size(path) : -1;
            ctx.progress.progress(size < 0 ? 1 : size, size < 0 ? 1 : size, Math.max(ctx.records, out.size()));
            return out;
        } finally {
            ImportProgress.Context.set(null);
        }
    }

    private static String describe(Sniff sniff) throws IOException {
        return switch (sniff.kind()) {
            case DIRECTORY -> "a folder without a recognised layout";
            case JSON_LIST -> sniff.first() == null ? "a JSON list whose first element is not a whole object"
                    : "a JSON list of objects with fields " + fields(sniff);
            case JSON_LINES -> "JSON lines with fields " + fields(sniff);
            case JSON_OBJECT -> sniff.first() == null ? "JSON that does not parse (damaged or truncated?)" : "a JSON object with fields " + fields(sniff);
            case OTHER -> {
                String first = Sniff.firstLineOf(sniff.path());
                yield first.isEmpty() ? "an empty or binary file" : "text that is not JSON: " + JsonRecords.clip(first);
            }
        };
    }

    private static String fields(Sniff sniff) {
        List<String> names = new java.util.ArrayList<>();
        sniff.first().fieldNames().forEachRemaining(names::add);
        return names.stream().limit(12).map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
