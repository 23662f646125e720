package org.reasoningexplorer.engine.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceFormat;

/**
 * Edited scores kept beside a trace in {@code <name>.overlay.json}; the trace itself is never
 * modified. The overlay records the trace's size so a reopened trace can tell whether it still fits.
 */
public final class Overlay {
    public static final String FORMAT = "reasoning-explorer-overlay";
    public static final String VERSION = "1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A loaded overlay: its edits and whether the trace has changed size since they were made. */
    public record Loaded(List<ScoreEdit> edits, boolean traceChanged) {
    }

    private Overlay() {
    }

    public static Path pathFor(Path trace) {
        return TraceFormat.overlayFor(trace);
    }

    /** Writes the edits atomically beside the trace; an empty list removes the overlay. */
    public static void save(Path trace, List<ScoreEdit> edits) throws IOException {
        Path file = pathFor(trace);
        if (edits.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("trace", trace.getFileName().toString());
        root.put("traceBytes", Files.size(trace));
        ArrayNode list = root.putArray("edits");
        for (ScoreEdit e : edits) {
            ObjectNode n = list.addObject();
            n.put("node", e.node());
            n.put("key", e.key());
            n.put("kind", e.kind().tag());
            n.put("original", e.original());
            n.put("value", e.value());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads the overlay beside a trace, or null when there is none. */
    public static Loaded load(Path trace) throws IOException {
        Path file = pathFor(trace);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not a readable overlay (" + e.getMessage() + "); the trace opens without it", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a " + FORMAT + " file; expected \"format\": \"" + FORMAT + "\"");
        }
        if (!root.path("version").asText().startsWith("1.")) {
            throw new IOException(file + " has version " + root.path("version").asText() + "; this reader knows 1.x");
        }
        List<ScoreEdit> edits = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("edits")) {
            try {
                edits.add(new ScoreEdit(n.get("node").asInt(), n.get("key").asText(), ScoreKind.parse(n.get("kind").asText()),
                        n.path("original").asDouble(Double.NaN), n.get("value").asDouble()));
            } catch (RuntimeException e) {
                throw new IOException(file + ", edit " + i + ": expected node, key, kind and value (" + e.getMessage() + ")", e);
            }
            i++;
        }
        return new Loaded(edits, root.path("traceBytes").asLong(-1) != Files.size(trace));
    }
}
