package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parallel reader must read exactly what the sequential one reads: events, lines, offsets, warnings and errors. */
class ParallelTraceReaderTest {
    @TempDir
    Path dir;

    /** What a reader saw: every event with its line and offset, then the warnings or the error. */
    private record Seen(List<String> events, List<String> warnings, String error) {
    }

    private static Seen sequential(Path f) throws IOException {
        List<String> events = new ArrayList<>();
        try (TraceReader r = TraceReader.open(f)) {
            try {
                for (TraceEvent e = r.nextEvent(); e != null; e = r.nextEvent()) {
                    events.add(r.line() + "@" + r.offset() + " " + e);
                }
            } catch (TraceFormatException ex) {
                return new Seen(events, r.warnings(), ex.getMessage());
            }
            return new Seen(events, r.warnings(), null);
        }
    }

    private static Seen parallel(Path f, int threads) throws IOException {
        List<String> events = new ArrayList<>();
        try (ParallelTraceReader r = ParallelTraceReader.open(f, TraceReader.Options.DEFAULT, threads)) {
            try {
                for (TraceEvent e = r.nextEvent(); e != null; e = r.nextEvent()) {
                    events.add(r.line() + "@" + r.offset() + " " + e);
                }
            } catch (TraceFormatException ex) {
                return new Seen(events, r.warnings(), ex.getMessage());
            }
            return new Seen(events, r.warnings(), null);
        }
    }

    private void assertSame(Path f) throws IOException {
        Seen expected = sequential(f);
        for (int threads : new int[] {0, 1, 2, 3}) {
            Seen got = parallel(f, threads);
            assertEquals(expected.events().size(), got.events().size(), "events with " + threads + " threads");
            assertEquals(expected, got, "with " + threads + " threads");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcts-uct-rollouts", "beam", "tot-dfs-backtracking", "majority-wrong"})
    void samplesReadTheSame(String sample) throws IOException {
        assertSame(Path.of("samples", sample + ".trace.jsonl"));
    }

    /** A trace of several megabytes, so it spans many chunks, with a line of 1.5 MB across chunk borders. */
    private Path big(String name, java.util.function.UnaryOperator<List<String>> edit) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/mcts-uct-rollouts.trace.jsonl"));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        int node = 0;
        out.add("{\"ev\":\"node\",\"id\":0,\"parent\":-1,\"key\":\"0000000000000000\",\"text\":\"root\",\"tokens\":0,\"terminal\":false}");
        for (int i = 1; i < 30_000; i++) {
            String text = i == 12_345 ? "x".repeat(1_500_000) : "step " + i;
            out.add("{\"ev\":\"node\",\"id\":" + i + ",\"parent\":" + (i - 1) / 3 + ",\"key\":\"" + String.format("%016x", i)
                    + "\",\"text\":\"" + text + "\",\"tokens\":" + (i % 7) + ",\"terminal\":false}");
            if (i % 5 == 0) {
                out.add("");
            }
            if (i % 11 == 0) {
                out.add("{\"ev\":\"score\",\"node\":" + i + ",\"verifier\":\"prm\",\"kind\":\"prm\",\"value\":0.5,\"calls\":1}");
            }
            node = i;
        }
        Path f = dir.resolve(name);
        Files.write(f, edit.apply(out), StandardCharsets.UTF_8);
        assertTrue(Files.size(f) > 3_000_000 && node > 0);
        return f;
    }

    @Test
    void aTraceOfManyChunksWithAVeryLongLineAndBlankLinesReadsTheSame() throws IOException {
        assertSame(big("many.trace.jsonl", l -> l));
    }

    @Test
    void windowsLineEndsReadTheSame() throws IOException {
        Path f = big("crlf.trace.jsonl", l -> l);
        Files.writeString(f, Files.readString(f).replace("\n", "\r\n"));
        assertSame(f);
    }

    @Test
    void aBrokenLineDeepInTheFileIsNamedByTheSameLineAfterTheSameEvents() throws IOException {
        Path f = big("broken.trace.jsonl", l -> {
            l.set(20_000, "{\"ev\":\"node\",\"id\":\"three\"}");
            return l;
        });
        Seen s = sequential(f);
        assertTrue(s.error() != null && s.error().contains("line 20001"), s.error());
        assertSame(f);
    }

    @Test
    void aCutOffLastLineIsAWarningAsWithTheSequentialReader() throws IOException {
        Path f = big("cut.trace.jsonl", l -> l);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 30));
        Seen s = sequential(f);
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("is truncated")), s.warnings().toString());
        assertSame(f);
    }

    @Test
    void unknownEventTypesAreCountedAsWithTheSequentialReader() throws IOException {
        Path f = big("unknown.trace.jsonl", l -> {
            for (int i = 100; i < 38_000; i += 997) {
                l.add(i, "{\"ev\":\"future-thing\",\"x\":" + i + "}");
            }
            return l;
        });
        assertSame(f);
    }

    @Test
    void cancellingStopsReading() throws IOException {
        Path f = big("cancel.trace.jsonl", l -> l);
        AtomicInteger polls = new AtomicInteger();
        TraceReader.Options o = TraceReader.Options.DEFAULT.withCancellation(() -> polls.incrementAndGet() > 3, 1);
        try (ParallelTraceReader r = ParallelTraceReader.open(f, o, 2)) {
            assertThrows(CancellationException.class, () -> {
                while (r.nextEvent() != null) {
                    // read on until cancelled
                }
            });
        }
    }
}
