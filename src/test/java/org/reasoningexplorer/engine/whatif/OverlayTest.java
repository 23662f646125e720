package org.reasoningexplorer.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.trace.ScoreKind;

class OverlayTest {
    @TempDir
    Path dir;

    private final ScoreEdit a = new ScoreEdit(5, "00000000000000aa", ScoreKind.ORM, 0.2, 0.9);
    private final ScoreEdit b = new ScoreEdit(7, "00000000000000bb", ScoreKind.PRM, 0.8, 0.0);

    @Test
    void editsAreSavedBesideTheTraceWhichIsNeverModified() throws IOException {
        Path trace = dir.resolve("x.trace.jsonl");
        Files.writeString(trace, "{\"format\":\"reasoning-explorer-trace\"}\n");
        byte[] before = Files.readAllBytes(trace);
        Overlay.save(trace, List.of(a, b));
        assertArrayEquals(before, Files.readAllBytes(trace));
        assertTrue(Files.exists(dir.resolve("x.trace.overlay.json")) || Files.exists(Overlay.pathFor(trace)));
        Overlay.Loaded loaded = Overlay.load(trace);
        assertEquals(List.of(a, b), loaded.edits());
        assertFalse(loaded.traceChanged());
        Files.writeString(trace, "changed\n", java.nio.file.StandardOpenOption.APPEND);
        assertTrue(Overlay.load(trace).traceChanged());
        Overlay.save(trace, List.of());
        assertNull(Overlay.load(trace), "an empty overlay is removed");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files are left");
        }
    }

    @Test
    void aDamagedOverlayGivesAClearErrorNamingTheFile() throws IOException {
        Path trace = dir.resolve("y.trace.jsonl");
        Files.writeString(trace, "{}\n");
        Files.writeString(Overlay.pathFor(trace), "{\"format\":\"something-else\"}");
        IOException e = assertThrows(IOException.class, () -> Overlay.load(trace));
        assertTrue(e.getMessage().contains(Overlay.pathFor(trace).getFileName().toString()) && e.getMessage().contains("format"), e.getMessage());
        Files.writeString(Overlay.pathFor(trace), "{\"format\":\"reasoning-explorer-overlay\",\"version\":\"1.0\",\"edits\":[{\"node\":1}]}");
        e = assertThrows(IOException.class, () -> Overlay.load(trace));
        assertTrue(e.getMessage().contains("edit 0"), e.getMessage());
    }

    @Test
    void historyUndoesAndRedoesEditsInOrder() {
        EditHistory h = new EditHistory();
        h.apply(a);
        h.apply(b);
        assertEquals(0.0, h.byNode().value(7, ScoreKind.PRM, 0.8));
        assertEquals(b, h.undo());
        assertEquals(0.8, h.byNode().value(7, ScoreKind.PRM, 0.8));
        assertTrue(h.canRedo());
        assertEquals(b, h.redo());
        assertEquals(List.of(a, b), h.edits());
        h.undo();
        h.apply(new ScoreEdit(9, "00000000000000cc", ScoreKind.VALUE, 1, 20));
        assertFalse(h.canRedo(), "a new edit clears redo");
        assertEquals(0.9, h.byKey().apply(0xaaL, ScoreKind.ORM, 0.2));
    }
}
