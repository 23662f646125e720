package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.shared.SharedData;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** rStar-Math pairs (shared data) and llm-reasoners tree logs (a hand-made fixture). */
class OtherToolsImportersTest {
    static final String RSTAR = "rstar-math-examples/rm_data_examples.json";

    @TempDir
    Path dir;

    @Test
    void rStarPairsBecomeACorrectAndAnIncorrectChainCutAtStepEnds() throws IOException {
        Path file = SharedData.require(RSTAR);
        assertEquals("rstar-pairs", Importers.detect(file).id());
        JsonNode raw = ImportChecks.JSON.readTree(file.toFile());
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(5, traces.size());
        for (int r = 0; r < raw.size(); r++) {
            ImportedTrace t = traces.get(r);
            TraceTree tree = ImportChecks.foldAndRoundTrip(t, dir);
            assertEquals(2, tree.children(0).size());
            int expected = 1;
            for (String side : List.of("pos", "neg")) {
                String text = raw.get(r).get(side).asText();
                expected += RStarPairsImporter.steps(text).size();
                int ends = text.split("<end_of_step>", -1).length - 1;
                assertTrue(RStarPairsImporter.steps(text).size() >= ends, "at least one step per <end_of_step>");
            }
            assertEquals(expected, tree.size());
            List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(t, TraceEvent.AnswerExtracted.class);
            assertEquals(List.of(true, false), answers.stream().map(TraceEvent.AnswerExtracted::correct).toList());
            assertTrue(!tree.text(0).startsWith("<|user|>"), tree.text(0));
        }
        assertEquals("8.9443", ImportChecks.events(traces.get(0), TraceEvent.AnswerExtracted.class).get(0).answer());
    }

    @Test
    void llmReasonersSnapshotsReplayAsNodesQValuesAndSelectedPaths() throws IOException {
        Path file = SampleSetImportersTest.fixture("llm-reasoners-treelog-synthetic.json");
        assertEquals("llm-reasoners", Importers.detect(file).id());
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(1, traces.size());
        ImportedTrace t = traces.get(0);
        TraceTree tree = ImportChecks.foldAndRoundTrip(t, dir);
        assertEquals(5, tree.size());
        assertEquals(6, ImportChecks.events(t, TraceEvent.Scored.class).size(), "2 new Q in each snapshot, changes included");
        List<TraceEvent.Selected> selected = ImportChecks.events(t, TraceEvent.Selected.class);
        assertEquals(List.of(List.of(0, 1), List.of(0, 1, 3), List.of(0, 1, 3)), selected.stream().map(TraceEvent.Selected::path).toList());
        assertEquals(0.7, tree.latestScore(1, ScoreKind.VALUE));
        assertEquals(0.25, tree.latestScore(2, ScoreKind.VALUE));
        assertTrue(tree.text(1).startsWith("sub_question: How many clips did Natalia sell in May?\nsub_answer:"), tree.text(1));
        assertEquals(List.of("r_useful=0.7", "r_conf=0.9"), tree.scores(1).get(0).judgements());
        assertEquals(2, tree.depth(4));
        assertNull(tree.selection());
    }
}
