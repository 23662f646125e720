package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeTraceTest {
    private static final int EVENTS = 1_000_000;
    private static final String SMALL_HEAP = "-Xmx24m";

    @TempDir
    Path dir;

    @Test
    void millionEventTraceStreamsThroughAHeapFarSmallerThanTheFile() throws IOException, InterruptedException {
        Path file = dir.resolve("big.trace.jsonl");
        try (TraceWriter w = new TraceWriter(file, TraceSamples.header(), TraceWriter.FLUSH_ON_CLOSE)) {
            TraceSamples.mctsLike(EVENTS, w);
        }
        assertTrue(Files.size(file) > 50L * 1024 * 1024, "the file should dwarf the heap: " + Files.size(file));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), SMALL_HEAP, "-cp", System.getProperty("java.class.path"),
                EventCounter.class.getName(), file.toString()).redirectErrorStream(true).start();
        // The JVM may announce environment options ("Picked up JAVA_TOOL_OPTIONS: …") before the program's own output.
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("Picked up ")).collect(Collectors.joining("\n")).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the counting JVM did not finish");
        assertEquals(0, p.exitValue(), output);
        assertEquals(EVENTS + " events, 0 warnings", output);
    }

    /** Counts a trace's events with {@link TraceReader#forEachEvent}; run in a JVM with a small heap. */
    static final class EventCounter {
        public static void main(String[] args) throws IOException {
            long[] count = {0};
            try (TraceReader r = TraceReader.open(Path.of(args[0]))) {
                r.forEachEvent(e -> count[0]++);
                System.out.println(count[0] + " events, " + r.warnings().size() + " warnings");
            }
        }
    }
}
