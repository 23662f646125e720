package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWriterTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void atomicWriteReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("saved.trace.jsonl");
        Files.writeString(file, "old content that is not a trace\n");
        TraceWriter.writeAtomically(file, TraceSamples.header(), TraceSamples.oneOfEach());
        assertEquals(List.of(file), filesIn(dir));
        assertEquals(TraceSamples.oneOfEach(), TraceReader.readAll(file).events());
    }

    @Test
    void failedAtomicWriteKeepsTheOldFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("saved.trace.jsonl");
        TraceWriter.writeAtomically(file, TraceSamples.header(), TraceSamples.oneOfEach());
        byte[] before = Files.readAllBytes(file);
        List<TraceEvent> bad = List.of(new TraceEvent.Backtracked(1, 0), new TraceEvent.Selected(java.util.Arrays.asList(1, null)));
        assertThrows(NullPointerException.class, () -> TraceWriter.writeAtomically(file, TraceSamples.header(), bad));
        assertEquals(List.of(file), filesIn(dir));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void writerFlushesEveryEventByDefault() throws IOException {
        Path file = dir.resolve("live.trace.jsonl");
        try (TraceWriter w = new TraceWriter(file, TraceSamples.header())) {
            w.accept(new TraceEvent.Backtracked(2, 0));
            assertEquals(List.of(new TraceEvent.Backtracked(2, 0)), TraceReader.readAll(file).events());
            w.accept(new TraceEvent.Backtracked(1, 0));
            assertEquals(2, TraceReader.readAll(file).events().size());
        }
    }

    @Test
    void bulkWriterFlushesOnlyWhenAsked() throws IOException {
        Path file = dir.resolve("bulk.trace.jsonl");
        try (TraceWriter w = new TraceWriter(file, TraceSamples.header(), TraceWriter.FLUSH_ON_CLOSE)) {
            w.write(new TraceEvent.Backtracked(2, 0));
            assertEquals(0, TraceReader.readAll(file).events().size());
            w.flush();
            assertEquals(1, TraceReader.readAll(file).events().size());
        }
    }

    @Test
    void writesOneUtf8LinePerEventAfterTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceWriter w = new TraceWriter(out, TraceSamples.header(), TraceWriter.FLUSH_EVERY_EVENT)) {
            TraceSamples.oneOfEach().forEach(w);
            assertEquals(TraceSamples.oneOfEach().size(), w.eventsWritten());
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(TraceSamples.oneOfEach().size() + 2, lines.length);
        assertEquals("", lines[lines.length - 1]);
        assertEquals(TraceCodec.encodeHeader(TraceSamples.header()), lines[0]);
        assertTrue(lines[2].contains("8 × 3 = 24"), lines[2]);
    }

    @Test
    void eventThatCannotBeWrittenStopsTheWriterAndStaysTheCutOffLastLine() throws IOException {
        Path file = dir.resolve("broken.trace.jsonl");
        try (TraceWriter w = new TraceWriter(file, TraceSamples.header())) {
            w.accept(new TraceEvent.Backtracked(2, 0));
            assertThrows(NullPointerException.class, () -> w.accept(new TraceEvent.Selected(java.util.Arrays.asList(0, null))));
            var ex = assertThrows(IllegalStateException.class, () -> w.accept(new TraceEvent.Backtracked(1, 0)));
            assertTrue(ex.getMessage().contains("stopped after an event it could not write"), ex.getMessage());
        }
        TraceReader.ReadResult r = TraceReader.readAll(file);
        assertEquals(List.of(new TraceEvent.Backtracked(2, 0)), r.events());
        assertTrue(r.warnings().get(0).contains("line 3 is truncated"), r.warnings().toString());
    }

    @Test
    void unknownEventWhoseFieldsCannotBeWrittenAlsoStopsTheWriter() throws IOException {
        Path file = dir.resolve("unknown.trace.jsonl");
        try (TraceWriter w = new TraceWriter(file, TraceSamples.header())) {
            w.accept(new TraceEvent.Backtracked(2, 0));
            TraceEvent odd = new TraceEvent.Unknown("hint", java.util.Map.of("stream", new Object()));
            assertThrows(java.io.UncheckedIOException.class, () -> w.accept(odd));
            assertThrows(IllegalStateException.class, () -> w.accept(new TraceEvent.Backtracked(1, 0)));
        }
        assertEquals(List.of(new TraceEvent.Backtracked(2, 0)), TraceReader.readAll(file).events());
    }

    @Test
    void writingAfterCloseIsRefused() throws IOException {
        TraceWriter w = new TraceWriter(dir.resolve("c.trace.jsonl"), TraceSamples.header());
        w.close();
        var ex = assertThrows(IllegalStateException.class, () -> w.write(new TraceEvent.Backtracked(1, 0)));
        assertTrue(ex.getMessage().endsWith("is closed"), ex.getMessage());
    }

    @Test
    void headerOfAnotherFormatIsRefusedBeforeTheFileIsTouched() throws IOException {
        Path file = dir.resolve("keep.trace.jsonl");
        Files.writeString(file, "precious");
        TraceHeader h = TraceSamples.header();
        var other = new TraceHeader("something-else", "1.0", h.problem(), h.strategy(), h.backend(), h.verifiers(), 0, null);
        assertThrows(IllegalArgumentException.class, () -> new TraceWriter(file, other));
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void overlayLivesBesideTheTrace() {
        assertEquals(Path.of("runs/a.overlay.json"), TraceFormat.overlayFor(Path.of("runs/a.trace.jsonl")));
    }
}
