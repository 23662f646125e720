package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, List<TraceEvent> events) throws IOException {
        Path file = dir.resolve(name);
        try (TraceWriter w = new TraceWriter(file, TraceSamples.header())) {
            events.forEach(w);
        }
        return file;
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String headerLine() {
        return TraceCodec.encodeHeader(TraceSamples.header()) + "\n";
    }

    private static String lines(String... lines) {
        return headerLine() + String.join("\n", lines) + "\n";
    }

    @Test
    void everyEventTypeRoundTripsThroughAFile() throws IOException {
        Path file = write("all.trace.jsonl", TraceSamples.oneOfEach());
        TraceReader.ReadResult r = TraceReader.readAll(file);
        assertEquals(TraceSamples.header(), r.header());
        assertEquals(TraceSamples.oneOfEach(), r.events());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void crashLeavesAReadablePrefix() throws IOException {
        Path live = dir.resolve("live.trace.jsonl");
        List<TraceEvent> events = TraceSamples.mctsLike(200);
        TraceWriter w = new TraceWriter(live, TraceSamples.header());
        events.forEach(w);
        // Not closed, as after a crash: each event was flushed, so the file holds all of them.
        byte[] bytes = Files.readAllBytes(live);
        assertEquals(events, TraceReader.readAll(file("copy.trace.jsonl", new String(bytes, StandardCharsets.UTF_8))).events());

        int lastBreak = lastIndexOf(bytes, (byte) '\n', bytes.length - 2);
        int cut = lastBreak + 1 + (bytes.length - lastBreak) / 2;
        Path crashed = dir.resolve("crashed.trace.jsonl");
        Files.write(crashed, Arrays.copyOf(bytes, cut));
        TraceReader.ReadResult r = TraceReader.readAll(crashed);
        assertEquals(events.subList(0, events.size() - 1), r.events());
        long lastLine = events.size() + 1;
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("line " + lastLine + " is truncated (written while the search was still running?); read "
                + (events.size() - 1) + " events"), r.warnings().get(0));
        w.close();
    }

    @Test
    void lineCutInsideAMultiByteCharacterIsAlsoTruncation() throws IOException {
        byte[] bytes = (headerLine() + TraceCodec.encode(new TraceEvent.Pruned(0, "ok")) + "\n"
                + TraceCodec.encode(new TraceEvent.Pruned(0, "二十四"))).getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("cut.trace.jsonl");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
        TraceReader.ReadResult r = TraceReader.readAll(file);
        assertEquals(List.of(new TraceEvent.Pruned(0, "ok")), r.events());
        assertTrue(r.warnings().get(0).contains("line 3 is truncated"), r.warnings().toString());
    }

    @Test
    void lastLineWithoutBreakIsAnEventWhenComplete() throws IOException {
        Path file = file("nobreak.trace.jsonl", headerLine() + "{\"ev\":\"backtrack\",\"from\":2,\"to\":0}");
        TraceReader.ReadResult r = TraceReader.readAll(file);
        assertEquals(List.of(new TraceEvent.Backtracked(2, 0)), r.events());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void malformedJsonInTheMiddleNamesFileLineAndProblem() throws IOException {
        Path file = file("bad.trace.jsonl", lines("{\"ev\":\"backtrack\",\"from\":2,\"to\":0}", "{\"ev\":\"backtrack\",\"from\":2,,\"to\":0}",
                "{\"ev\":\"backtrack\",\"from\":2,\"to\":0}"));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file));
        assertEquals(file, ex.file());
        assertEquals(3, ex.line());
        assertTrue(ex.getMessage().startsWith("file " + file + ", line 3: not valid JSON: "), ex.getMessage());
    }

    @Test
    void truncatedLineFollowedByMoreLinesIsAnError() throws IOException {
        Path file = file("mid.trace.jsonl", lines("{\"ev\":\"backtrack\",\"from\":2,", "{\"ev\":\"backtrack\",\"from\":2,\"to\":0}"));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file));
        assertEquals(2, ex.line());
    }

    @Test
    void missingFieldNamesEventFieldAndLine() throws IOException {
        Path file = file("missing.trace.jsonl", lines("{\"ev\":\"select\",\"path\":[0]}", "{\"ev\":\"backprop\",\"value\":1.0,\"visits\":[1],\"means\":[1.0]}"));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file));
        assertTrue(ex.getMessage().endsWith("line 3: event \"backprop\" lacks field \"path\""), ex.getMessage());
    }

    @Test
    void wrongTypeNamesFieldAndLine() throws IOException {
        Path file = file("type.trace.jsonl", lines("{\"ev\":\"answer\",\"node\":1,\"answer\":\"24\",\"normalized\":\"24\",\"correct\":\"yes\"}"));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file));
        assertEquals("file " + file + ", line 2: event \"answer\" field \"correct\" must be true or false, found a string \"yes\"",
                ex.getMessage());
    }

    @Test
    void csvFileIsNotATrace() throws IOException {
        Path file = file("scores.csv", "id,answer,score\n1,24,0.9\n");
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
        assertEquals("file " + file + ", line 1: expected a reasoning-explorer-trace header with \"format\" and \"version\", "
                + "found \"id,answer,score\"", ex.getMessage());
        assertTrue(!TraceFormat.isTrace(file));
    }

    @Test
    void emptyFileIsNotATrace() throws IOException {
        Path file = file("empty.trace.jsonl", "");
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
        assertTrue(ex.getMessage().endsWith("line 1: expected a reasoning-explorer-trace header with \"format\" and \"version\", "
                + "found an empty file"), ex.getMessage());
    }

    @Test
    void binaryFileIsNotATrace() throws IOException {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
        assertTrue(ex.getMessage().contains("line 1: expected a reasoning-explorer-trace header")
                && ex.getMessage().contains("found binary data"), ex.getMessage());
    }

    @Test
    void otherJsonFileIsNotATrace() throws IOException {
        Path file = file("package.json", "{\"name\":\"x\",\"version\":\"1.0\"}\n");
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
        assertTrue(ex.getMessage().endsWith("found a JSON object without \"format\""), ex.getMessage());
    }

    @Test
    void unknownMajorVersionIsRejectedNamingFoundAndSupported() throws IOException {
        Path file = file("v2.trace.jsonl", headerLine().replace("\"version\":\"" + TraceHeader.VERSION + "\"", "\"version\":\"2.0\""));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
        assertTrue(ex.getMessage().contains("line 1: trace format version 2.0 is not supported: this reader supports version 1.x"),
                ex.getMessage());
        assertTrue(TraceFormat.isTrace(file), "still recognisably a trace");
    }

    @Test
    void newerMinorVersionIsRead() throws IOException {
        Path file = file("v17.trace.jsonl", headerLine().replace("\"version\":\"" + TraceHeader.VERSION + "\"", "\"version\":\"1.7\"")
                .replace("\"seed\"", "\"newHeaderField\":[1,2],\"seed\"") + "{\"ev\":\"backtrack\",\"from\":2,\"to\":0}\n");
        TraceReader.ReadResult r = TraceReader.readAll(file);
        assertEquals("1.7", r.header().version());
        assertEquals(1, r.events().size());
    }

    @Test
    void malformedVersionIsRejected() throws IOException {
        Path file = file("v.trace.jsonl", headerLine().replace("\"version\":\"" + TraceHeader.VERSION + "\"", "\"version\":\"one\""));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
        assertTrue(ex.getMessage().contains("version \"one\" is not of the form major.minor"), ex.getMessage());
    }

    @Test
    void unknownEventTypeIsReadAsUnknownWithAWarning() throws IOException {
        Path file = file("hint.trace.jsonl", lines("{\"ev\":\"backtrack\",\"from\":2,\"to\":0}", "{\"ev\":\"hint\",\"node\":0,\"text\":\"try ÷\"}",
                "{\"ev\":\"hint\",\"node\":1}"));
        TraceReader.ReadResult r = TraceReader.readAll(file);
        assertEquals(3, r.events().size());
        var u = assertInstanceOf(TraceEvent.Unknown.class, r.events().get(1));
        assertEquals("hint", u.type());
        assertEquals("try ÷", u.fields().get("text"));
        assertTrue(r.warnings().get(0).contains("line 3: unknown event type \"hint\""), r.warnings().toString());
        assertTrue(r.warnings().get(1).contains("2 events of unknown type \"hint\""), r.warnings().toString());
    }

    @Test
    void blankLinesWindowsLineBreaksAndByteOrderMarkAreAccepted() throws IOException {
        String text = "\uFEFF" + headerLine().replace("\n", "\r\n") + "{\"ev\":\"backtrack\",\"from\":2,\"to\":0}\r\n\r\n  \n"
                + "{\"ev\":\"backtrack\",\"from\":1,\"to\":0}\r\n\n";
        TraceReader.ReadResult r = TraceReader.readAll(file("crlf.trace.jsonl", text));
        assertEquals(List.of(new TraceEvent.Backtracked(2, 0), new TraceEvent.Backtracked(1, 0)), r.events());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void lineNumbersCountBlankLines() throws IOException {
        Path file = file("gaps.trace.jsonl", lines("", "{\"ev\":\"backtrack\",\"from\":2,\"to\":0}", "", "{\"ev\":\"nope\"", ""));
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file));
        assertEquals(5, ex.line());
    }

    @Test
    void overlongLineIsAnErrorNotAnOutOfMemory() throws IOException {
        String big = "{\"ev\":\"prune\",\"node\":0,\"reason\":\"" + "x".repeat(5000) + "\"}";
        Path file = file("long.trace.jsonl", lines("{\"ev\":\"backtrack\",\"from\":2,\"to\":0}", big));
        var options = TraceReader.Options.DEFAULT.withMaxLineBytes(4096);
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file, options));
        assertEquals("file " + file + ", line 3: the line is longer than 4096 bytes, the most a trace line may hold "
                + "(is this a trace file?)", ex.getMessage());
        assertEquals(2, TraceReader.readAll(file).events().size());
    }

    @Test
    void lineOverSixtyFourMegabytesIsRejected() throws IOException {
        Path file = dir.resolve("huge.trace.jsonl");
        Files.write(file, headerLine().getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (var out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 65; i++) {
                out.write(chunk);
            }
        }
        var ex = assertThrows(TraceFormatException.class, () -> TraceReader.readAll(file));
        assertTrue(ex.getMessage().endsWith("line 2: the line is longer than 64 MB, the most a trace line may hold "
                + "(is this a trace file?)"), ex.getMessage());
    }

    @Test
    void progressReportsBytesUpToTheFileSize() throws IOException {
        Path file = write("progress.trace.jsonl", TraceSamples.mctsLike(30_000));
        long size = Files.size(file);
        List<long[]> reports = new ArrayList<>();
        var options = TraceReader.Options.DEFAULT.withProgress((read, total) -> reports.add(new long[] {read, total}));
        try (TraceReader r = TraceReader.open(file, options)) {
            r.forEachEvent(e -> { });
        }
        assertTrue(reports.size() >= 2, "reports: " + reports.size());
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i)[0] > reports.get(i - 1)[0]);
        }
        assertArrayEquals(new long[] {size, size}, reports.get(reports.size() - 1));
    }

    @Test
    void cancellationStopsReadingWithinTheCheckInterval() throws IOException {
        Path file = write("cancel.trace.jsonl", TraceSamples.mctsLike(10_000));
        AtomicInteger seen = new AtomicInteger();
        var options = TraceReader.Options.DEFAULT.withCancellation(() -> seen.get() >= 1000, 100);
        try (TraceReader r = TraceReader.open(file, options)) {
            var ex = assertThrows(CancellationException.class, () -> r.forEachEvent(e -> seen.incrementAndGet()));
            assertTrue(ex.getMessage().contains("cancelled at line 1100"), ex.getMessage());
        }
        assertEquals(1098, seen.get());
    }

    @Test
    void iteratorStreamsEventsOnce() throws IOException {
        Path file = write("iter.trace.jsonl", TraceSamples.oneOfEach());
        try (TraceReader r = TraceReader.open(file)) {
            List<TraceEvent> got = new ArrayList<>();
            Iterator<TraceEvent> it = r.iterator();
            while (it.hasNext()) {
                got.add(it.next());
                assertEquals(got.size() + 1, r.line());
            }
            assertEquals(TraceSamples.oneOfEach(), got);
            assertThrows(IllegalStateException.class, r::iterator);
        }
    }

    private static int lastIndexOf(byte[] b, byte value, int from) {
        for (int i = from; i >= 0; i--) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
