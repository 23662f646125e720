package org.reasoningexplorer.app.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.trace.TraceReader;

class TraceLoaderTest {
    static final Path SAMPLE = Path.of("samples/mcts-overturned.trace.jsonl");

    @TempDir
    Path dir;

    private final TraceLoader loader = new TraceLoader();

    private LoadOutcome load(Path p) {
        return loader.load(p, f -> { }, () -> false);
    }

    @Test
    void aSampleLoadsFoldedToItsEndWithProgressUpToOne() throws Exception {
        List<Double> progress = new ArrayList<>();
        LoadOutcome o = loader.load(SAMPLE, progress::add, () -> false);
        LoadOutcome.Loaded l = assertInstanceOf(LoadOutcome.Loaded.class, o);
        TraceReader.FoldResult reference = TraceReader.fold(SAMPLE);
        assertEquals(reference.tree().digest(), l.folded().digest());
        assertEquals(reference.tree().eventCount(), l.document().events().size());
        assertTrue(l.folded().canUndo(), "the folded tree can step backwards");
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(l.document().isComplete());
    }

    @Test
    void aBrokenLineInTheMiddleNamesTheLineAndOffersTheEventsBefore() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.set(41, "{\"ev\":\"node\",\"id\":\"three\"}");
        Path bad = write("bad.trace.jsonl", String.join("\n", lines) + "\n");
        LoadOutcome.Failed f = assertInstanceOf(LoadOutcome.Failed.class, load(bad));
        assertEquals(LoadOutcome.Problem.MALFORMED, f.problem());
        assertEquals(42, f.line());
        assertTrue(f.detail().contains("id"), f.detail());
        assertNotNull(f.prefix());
        assertEquals(40, f.prefix().document().events().size(), "the 40 events on lines 2..41 are offered");
        assertEquals(40, f.prefix().folded().eventCount());
    }

    @Test
    void anEventThatDoesNotFitIsReportedLikeABrokenLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.add(10, "{\"ev\":\"select\",\"path\":[0,999]}");
        Path bad = write("misfit.trace.jsonl", String.join("\n", lines) + "\n");
        LoadOutcome.Failed f = assertInstanceOf(LoadOutcome.Failed.class, load(bad));
        assertEquals(LoadOutcome.Problem.MALFORMED, f.problem());
        assertEquals(11, f.line());
        assertTrue(f.detail().contains("999"), f.detail());
    }

    @Test
    void aCutOffLastLineOpensWhatIsReadableAndSaysSo() throws Exception {
        String text = Files.readString(SAMPLE);
        Path cut = write("cut.trace.jsonl", text.substring(0, text.length() - 40));
        LoadOutcome.Loaded l = assertInstanceOf(LoadOutcome.Loaded.class, load(cut));
        assertTrue(l.document().truncated());
        assertTrue(l.document().warnings().get(0).contains("truncated"));
        assertEquals(TraceReader.fold(SAMPLE).tree().eventCount() - 1, l.document().events().size());
    }

    @Test
    void aFileThatIsNotATraceSaysWhatWasExpected() throws Exception {
        Path csv = write("scores.csv", "id,answer,score\n1,24,0.9\n");
        LoadOutcome.Failed f = assertInstanceOf(LoadOutcome.Failed.class, load(csv));
        assertEquals(LoadOutcome.Problem.NOT_A_TRACE, f.problem());
        assertEquals(1, f.line());
        assertTrue(f.detail().contains("header"), f.detail());
        assertNull(f.prefix());
    }

    @Test
    void aMissingFileIsUnreadable() {
        LoadOutcome.Failed f = assertInstanceOf(LoadOutcome.Failed.class, load(dir.resolve("nope.trace.jsonl")));
        assertEquals(LoadOutcome.Problem.UNREADABLE, f.problem());
        assertEquals("no such file", f.detail());
    }

    @Test
    void aFileTooBigForTheHeapIsRefusedBeforeReading() {
        LoadOutcome.Failed f = assertInstanceOf(LoadOutcome.Failed.class, new TraceLoader(1000).load(SAMPLE, x -> { }, () -> false));
        assertEquals(LoadOutcome.Problem.TOO_LARGE, f.problem());
    }

    @Test
    void cancellingStopsTheLoad() throws Exception {
        StringBuilder big = new StringBuilder(Files.readString(SAMPLE));
        for (int i = 0; i < 2000; i++) {
            big.append("{\"ev\":\"select\",\"path\":[0]}\n");
        }
        Path p = write("long.trace.jsonl", big.toString());
        assertInstanceOf(LoadOutcome.Cancelled.class, loader.load(p, x -> { }, () -> true));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }
}
