package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/TRACE_FORMAT.md is the format's reference: its examples must be what the code reads and writes. */
class TraceFormatDocTest {
    private static final Set<String> KNOWN = Set.of("node", "score", "select", "expand", "simulate", "backprop", "beam",
            "prune", "backtrack", "reasoning", "answer", "vote", "final", "end");

    /** The lines of the fenced blocks with the given info string ("json" or "jsonc"). */
    private static List<String> blockLines(String info) throws IOException {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("docs", "TRACE_FORMAT.md"))) {
            if (line.startsWith("```")) {
                inside = !inside && line.equals("```" + info);
            } else if (inside && !line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void everyEventTypeHasAnExampleThatIsExactlyWhatTheWriterWrites() throws IOException {
        Set<String> documented = new TreeSet<>();
        List<String> lines = blockLines("json");
        for (String line : lines.subList(1, lines.size())) {
            TraceEvent e = TraceCodec.decode(line);
            assertEquals(line, TraceCodec.encode(e));
            documented.add(e.type());
        }
        assertTrue(documented.containsAll(KNOWN), "documented: " + documented);
    }

    @Test
    void headerExampleIsExactlyWhatTheWriterWrites() throws IOException {
        String line = blockLines("json").get(0);
        assertEquals(line, TraceCodec.encodeHeader(TraceCodec.decodeHeader(line)));
    }

    @Test
    void unknownTypeExampleIsReadAsUnknown() throws IOException {
        long unknown = blockLines("json").stream().skip(1).map(TraceCodec::decode)
                .filter(e -> !KNOWN.contains(e.type())).peek(e -> assertInstanceOf(TraceEvent.Unknown.class, e)).count();
        assertEquals(1, unknown);
    }

    @Test
    void reservedNodeFieldsExampleReadsAsAPlainNode() throws IOException {
        List<String> lines = blockLines("jsonc");
        assertEquals(1, lines.size());
        var node = assertInstanceOf(TraceEvent.NodeCreated.class, TraceCodec.decode(lines.get(0)));
        assertEquals(5, node.id());
    }
}
