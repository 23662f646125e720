package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.reasoningexplorer.engine.trace.TraceCodec;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;

/** Checks every imported trace must pass, and independent raw reads of the shared files for the tests to compare with. */
final class ImportChecks {
    static final ObjectMapper JSON = new ObjectMapper();

    private ImportChecks() {
    }

    /** Folds the trace, writes it, reads it back and folds the file: same events, same header, no warnings. */
    static TraceTree foldAndRoundTrip(ImportedTrace trace, Path dir) throws IOException {
        TraceTree tree = trace.fold();
        assertTrue(tree.size() >= 1, "a trace has at least its root");
        assertEquals(-1, tree.parent(0));
        assertTrue(trace.events().get(trace.events().size() - 1) instanceof TraceEvent.Ended, "the last event is the end");
        Path file = dir.resolve("t" + System.nanoTime() + ".trace.jsonl");
        TraceWriter.writeAtomically(file, trace.header(), trace.events());
        TraceReader.ReadResult back = TraceReader.readAll(file);
        assertEquals(trace.events(), back.events(), trace.problemId());
        assertEquals(TraceCodec.encodeHeader(trace.header()), TraceCodec.encodeHeader(back.header()), trace.problemId());
        TraceReader.FoldResult folded = TraceReader.fold(file);
        assertEquals(List.of(), folded.warnings(), trace.problemId());
        assertEquals(tree.size(), folded.tree().size());
        assertTrue(trace.header().strategyName().startsWith("imported:"), trace.header().strategyName());
        Files.delete(file);
        return tree;
    }

    /** Every JSON object of a JSON Lines file, read independently of the importers. */
    static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    /** The events of one type. */
    static <T extends TraceEvent> List<T> events(ImportedTrace trace, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** How many nodes of the tree satisfy the test. */
    static int count(TraceTree tree, Predicate<Integer> test) {
        int n = 0;
        for (int id = 0; id < tree.size(); id++) {
            n += test.test(id) ? 1 : 0;
        }
        return n;
    }

    /** The texts from the root's child down to the node, joined by "\n". */
    static String pathText(TraceTree tree, int node) {
        List<Integer> path = tree.pathTo(node);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < path.size(); i++) {
            sb.append(i == 1 ? "" : "\n").append(tree.text(path.get(i)));
        }
        return sb.toString();
    }
}
