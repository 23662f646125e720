package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** search-and-learn rows, OpenR records and the generic format, on small hand-made fixtures (see the fixtures' README). */
class SampleSetImportersTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(SampleSetImportersTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void searchAndLearnRowsBecomeScoredChainsWithPredAsTheChoice() throws IOException {
        Path file = fixture("search-and-learn-synthetic.jsonl");
        assertEquals("search-and-learn", Importers.detect(file).id());
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(2, traces.size());
        ImportedTrace first = traces.get(0);
        TraceTree tree = ImportChecks.foldAndRoundTrip(first, dir);
        assertEquals("synthetic/prealgebra/1.json", first.problemId());
        assertEquals(1 + 3 + 2 + 3, tree.size(), "steps are the \\n\\n-separated pieces");
        assertEquals(8, ImportChecks.events(first, TraceEvent.Scored.class).stream().filter(s -> s.kind() == ScoreKind.PRM).count());
        assertEquals(0.97, tree.latestScore(tree.selection().node(), ScoreKind.PRM));
        assertEquals(0.97, tree.latestScore(tree.selection().node(), ScoreKind.AGGREGATE));
        assertTrue(tree.selection().correct());
        assertEquals(2, tree.tally().get("3/4").count(), "3/4 and 0.75 vote together");
        assertEquals(52 + 27 + 49, tree.compute().tokens(), "chain tokens are shared out over the steps exactly");
        assertEquals("\\boxed{\\frac{3}{4}}", ((java.util.Map<?, ?>) first.header().strategy().get("options")).get("pred_maj@2"));
        assertNull(ImportChecks.events(first, TraceEvent.Ended.class).get(0).message());
    }

    @Test
    void searchAndLearnDuplicatesAndMisalignedScoresAreKeptAndReported() throws IOException {
        ImportedTrace second = Importers.read(fixture("search-and-learn-synthetic.jsonl")).get(1);
        TraceTree tree = ImportChecks.foldAndRoundTrip(second, dir);
        assertEquals(1 + 3 + 3 + 2, tree.size(), "a trailing \\n\\n adds no step; duplicated completions are separate chains");
        assertEquals(3, tree.children(0).size());
        assertEquals(tree.text(tree.children(0).get(0)), tree.text(tree.children(0).get(1)));
        assertFalse(tree.key(tree.children(0).get(0)).equals(tree.key(tree.children(0).get(1))), "samples are keyed apart");
        assertEquals(2, tree.tally().get("6").count());
        assertEquals(tree.children(0).get(0) + 2, tree.selection().node(), "pred is the first matching completion");
        String note = ImportChecks.events(second, TraceEvent.Ended.class).get(0).message();
        assertTrue(note.startsWith("1 of 3 samples had a different number of step scores"), note);
    }

    @Test
    void openRRecordsScoreStepsWhenValuesLineUpAndTheChainOtherwise() throws IOException {
        Path file = fixture("openr-synthetic.jsonl");
        assertEquals("openr", Importers.detect(file).id());
        ImportedTrace t = Importers.read(file).get(0);
        TraceTree tree = ImportChecks.foldAndRoundTrip(t, dir);
        assertEquals("72", t.header().problem().get("gold"));
        assertEquals(1 + 3 + 2 + 3, tree.size());
        assertEquals(5, ImportChecks.events(t, TraceEvent.Scored.class).stream().filter(s -> s.kind() == ScoreKind.PRM).count());
        List<TraceEvent.Scored> orm = ImportChecks.events(t, TraceEvent.Scored.class).stream().filter(s -> s.kind() == ScoreKind.ORM).toList();
        assertEquals(1, orm.size());
        assertEquals(0.3, orm.get(0).value());
        List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(t, TraceEvent.AnswerExtracted.class);
        assertEquals(List.of(true, true, false), answers.stream().map(TraceEvent.AnswerExtracted::correct).toList());
        assertEquals(2, tree.tally().get("72").count());
        assertNull(tree.selection(), "OpenR records say which aggregation was right, not which sample it chose");
        assertEquals(31 + 19 + 22, tree.compute().tokens());
    }

    @Test
    void genericSamplesTakeTextOrObjectsAndAGoldWhenThereIsOne() throws IOException {
        Path file = fixture("samples-generic.jsonl");
        assertEquals("samples", Importers.detect(file).id());
        List<ImportedTrace> traces = Importers.read(file);
        ImportedTrace withGold = traces.get(0);
        TraceTree a = ImportChecks.foldAndRoundTrip(withGold, dir);
        assertEquals("demo-1", withGold.problemId());
        assertEquals(List.of(true, true, false),
                ImportChecks.events(withGold, TraceEvent.AnswerExtracted.class).stream().map(TraceEvent.AnswerExtracted::correct).toList());
        assertEquals(2, a.tally().get("12").count());
        assertEquals(1 + 2 + 2 + 2, a.size(), "one step per line");
        ImportedTrace labelled = traces.get(1);
        TraceTree b = ImportChecks.foldAndRoundTrip(labelled, dir);
        assertEquals(1 + 3 + 1, b.size(), "explicit steps are kept as given");
        List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(labelled, TraceEvent.AnswerExtracted.class);
        assertEquals("2^{10}", answers.get(0).answer());
        assertTrue(answers.get(0).correct(), "without a gold, the sample's own label decides");
        assertFalse(answers.get(1).correct());
        assertEquals(0.9, b.latestScore(answers.get(0).node(), ScoreKind.ORM));
        assertEquals("1024", answers.get(0).normalized());
    }
}
