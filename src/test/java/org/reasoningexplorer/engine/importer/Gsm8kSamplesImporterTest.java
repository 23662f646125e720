package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** OpenAI's GSM8K example model solutions: four chains per problem, answers checked against the gold. */
class Gsm8kSamplesImporterTest {
    static final String FILE = "gsm8k/example_model_solutions.jsonl";
    private static final String[] SYSTEMS = {"6b_finetuning", "6b_verification", "175b_finetuning", "175b_verification"};

    @TempDir
    Path dir;

    @Test
    void eachProblemBecomesFourVotedChainsWhoseCheckedAnswersAgreeWithIsCorrect() throws IOException {
        Path file = SharedData.require(FILE);
        List<JsonNode> rows = ImportChecks.jsonl(file);
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(1319, traces.size());
        int agree = 0;
        int total = 0;
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            ImportedTrace trace = traces.get(r);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            assertEquals(row.get("question").asText(), tree.text(0));
            assertEquals(4, tree.children(0).size());
            int lines = 0;
            for (String s : SYSTEMS) {
                lines += (int) row.get(s).get("solution").asText().lines().filter(l -> !l.isBlank()).count();
            }
            assertEquals(1 + lines, tree.size(), "row " + (r + 1));
            List<TraceEvent.AnswerExtracted> answers = ImportChecks.events(trace, TraceEvent.AnswerExtracted.class);
            assertEquals(4, answers.size());
            assertEquals(4, ImportChecks.events(trace, TraceEvent.VoteCast.class).size());
            for (int i = 0; i < 4; i++) {
                boolean label = row.get(SYSTEMS[i]).get("is_correct").asBoolean();
                int node = answers.get(i).node();
                assertEquals(label ? 1.0 : 0.0, tree.latestScore(node, ScoreKind.OUTCOME));
                assertTrue(tree.scores(node).get(0).judgements().contains(SYSTEMS[i]));
                total++;
                agree += answers.get(i).correct() == label ? 1 : 0;
            }
        }
        double rate = agree / (double) total;
        System.out.printf("GSM8K import: checked answers agree with is_correct for %d of %d chains (%.4f)%n", agree, total, rate);
        assertTrue(rate >= 0.98, "agreement " + rate);
    }
}
