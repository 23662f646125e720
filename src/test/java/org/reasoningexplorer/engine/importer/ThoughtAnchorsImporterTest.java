package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.shared.SharedData;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;

/** The R1-distill long chains of thought from the Thought Anchors data, one chain of chunks each. */
class ThoughtAnchorsImporterTest {
    static final String ROOT = "thought-anchors-r1distill";

    @TempDir
    Path dir;

    @Test
    void everyProblemFolderBecomesOneChainOfChunksWithAccuracyScoresAndTags() throws IOException {
        Path root = SharedData.require(ROOT);
        List<Path> folders;
        try (Stream<Path> s = Files.walk(root)) {
            folders = s.filter(p -> Files.exists(p.resolve("chunks_labeled.json"))).sorted().toList();
        }
        List<ImportedTrace> traces = Importers.read(root);
        assertEquals(20, folders.size());
        assertEquals(20, traces.size());
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            JsonNode chunks = ImportChecks.JSON.readTree(folder.resolve("chunks_labeled.json").toFile());
            JsonNode base = ImportChecks.JSON.readTree(folder.resolve("base_solution.json").toFile());
            ImportedTrace trace = traces.get(i);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            int resampled = 0;
            if (Files.exists(folder.resolve("chunks_resampled.json"))) {
                for (Iterator<Map.Entry<String, JsonNode>> it = ImportChecks.JSON.readTree(folder.resolve("chunks_resampled.json").toFile())
                        .fields(); it.hasNext(); ) {
                    resampled += it.next().getValue().size();
                }
            }
            assertEquals(1 + chunks.size() + resampled, tree.size(), folder.toString());
            int node = 0;
            for (int c = 0; c < chunks.size(); c++) {
                node = firstChildWithText(tree, node, chunks.get(c).get("chunk").asText());
                assertEquals(chunks.get(c).get("accuracy").asDouble(), tree.latestScore(node, ScoreKind.PRM));
                List<String> tags = new ArrayList<>();
                chunks.get(c).get("function_tags").forEach(t -> tags.add(t.asText()));
                assertEquals(tags, tree.scores(node).get(0).judgements());
                assertEquals("resampling-accuracy", tree.scores(node).get(0).verifier());
            }
            assertEquals(node, tree.selection().node());
            assertEquals(Boolean.parseBoolean(base.get("is_correct").asText()), tree.selection().correct(), folder.toString());
            assertEquals(base.get("answer").asText(), tree.answer(node).raw());
        }
    }

    @Test
    void aSingleProblemFolderOrItsBaseSolutionFileImportsThatProblem() throws IOException {
        Path folder = SharedData.require(ROOT + "/deepseek-r1-distill-qwen-14b/incorrect_base_solution/problem_2238");
        assertEquals(1, Importers.read(folder).size());
        List<ImportedTrace> viaFile = Importers.read(folder.resolve("base_solution.json"));
        assertEquals(1, viaFile.size());
        assertEquals("math-2238-incorrect_base_solution", viaFile.get(0).problemId());
        assertEquals("384", viaFile.get(0).fold().selection().answer());
    }

    private static int firstChildWithText(TraceTree tree, int parent, String text) {
        for (int c : tree.children(parent)) {
            if (tree.text(c).equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no child of " + parent + " reads " + text);
    }
}
