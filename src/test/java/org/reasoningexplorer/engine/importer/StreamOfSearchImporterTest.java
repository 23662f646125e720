package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.shared.SharedData;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** Stream-of-Search Countdown traces: the linear search text replayed into a tree with its backtracking. */
class StreamOfSearchImporterTest {
    static final String FILE = "stream-of-search-countdown/generated_train_seed4_n50_b4_t100_random.json";

    @TempDir
    Path dir;

    @Test
    void searchTextBecomesATreeWithOneNodePerExploredOperation() throws IOException {
        Path file = SharedData.require(FILE);
        JsonNode raw = ImportChecks.JSON.readTree(file.toFile());
        List<ImportedTrace> traces = Importers.read(file);
        assertEquals(50, traces.size());
        int solved = 0;
        for (int r = 0; r < raw.size(); r++) {
            JsonNode row = raw.get(r);
            ImportedTrace trace = traces.get(r);
            TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
            String[] lines = row.get("search_path").asText().split("\n");
            int exploring = 0;
            int unequal = 0;
            int unequalThenMove = 0;
            List<Integer> generatedDepths = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                exploring += l.startsWith("Exploring Operation") ? 1 : 0;
                if (l.startsWith("Generated Node #")) {
                    generatedDepths.add(l.substring(0, l.indexOf(':')).split(",").length - 1);
                }
                if (l.contains("unequal: No Solution")) {
                    unequal++;
                    unequalThenMove += i + 1 < lines.length && lines[i + 1].startsWith("Moving to Node") ? 1 : 0;
                }
            }
            String where = "row " + (r + 1) + " (" + row.get("search_type").asText() + ")";
            assertEquals(1 + exploring, tree.size(), where);
            List<Integer> innerDepths = new ArrayList<>();
            for (int id = 1; id < tree.size(); id++) {
                if (!tree.isTerminal(id)) {
                    innerDepths.add(tree.depth(id));
                }
            }
            Collections.sort(generatedDepths);
            Collections.sort(innerDepths);
            assertEquals(generatedDepths, innerDepths, where + ": one inner node per Generated Node line, at its depth");
            assertEquals(exploring - generatedDepths.size(), ImportChecks.count(tree, tree::isTerminal), where);
            assertEquals(unequal, ImportChecks.events(trace, TraceEvent.Pruned.class).size(), where);
            boolean goal = tree.selection() != null && tree.selection().node() >= 0 && tree.selection().correct();
            assertEquals(row.get("rating").asDouble() > 0, goal, where);
            if (goal) {
                solved++;
                assertEquals(1 - (exploring + 1) / 1152.0, row.get("rating").asDouble(), 1e-12, where);
                assertTrue(tree.isTerminal(tree.selection().node()));
            }
            List<TraceEvent.Backtracked> backtracks = ImportChecks.events(trace, TraceEvent.Backtracked.class);
            int fromDeadEnds = 0;
            for (TraceEvent.Backtracked b : backtracks) {
                assertTrue(tree.pathTo(b.from()).contains(b.to()), where + ": a backtrack returns to an ancestor");
                fromDeadEnds += tree.status(b.from()) == TraceTree.Status.PRUNED ? 1 : 0;
            }
            long moves = java.util.Arrays.stream(lines).filter(l -> l.startsWith("Moving to Node")).count();
            assertTrue(backtracks.size() <= moves, where + ": backtracks come only from moves");
            if (row.get("search_type").asText().equals("dfs")) {
                assertEquals(unequalThenMove, fromDeadEnds, where + ": every move after a dead end backtracks from it");
            }
        }
        assertEquals(30, solved, "PROVENANCE: 30 of 50 rows reach the goal");
    }

    @Test
    void nodeTextsKeepTheOperationAndTheNumbersLeft() throws IOException {
        ImportedTrace first = Importers.read(SharedData.require(FILE)).get(0);
        TraceTree tree = first.fold();
        assertEquals("95-90=5 (left: 11 37 5)", tree.text(1));
        assertEquals("countdown", first.header().problem().get("rules"));
        assertEquals("imported:sos-dfs", first.header().strategyName());
        assertEquals(-1, tree.selection().node(), "row 1 (rating 0) finds no solution");
    }

    @Test
    void breadthFirstMovesBacktrackOnlyFromVisitedNodesToTheCommonAncestor() throws IOException {
        String search = String.join("\\n",
                "Current State: 10:[1, 2, 3, 4], Operations: []",
                "Exploring Operation: 1+2=3, Resulting Numbers: [3, 3, 4]",
                "Generated Node #0,0: 10:[3, 3, 4] Operation: 1+2=3",
                "Exploring Operation: 3+4=7, Resulting Numbers: [1, 2, 7]",
                "Generated Node #0,1: 10:[1, 2, 7] Operation: 3+4=7",
                "Moving to Node #0,0",
                "Current State: 10:[3, 3, 4], Operations: ['1+2=3']",
                "Exploring Operation: 3*3=9, Resulting Numbers: [4, 9]",
                "Generated Node #0,0,0: 10:[4, 9] Operation: 3*3=9",
                "Moving to Node #0,1",
                "Current State: 10:[1, 2, 7], Operations: ['3+4=7']",
                "Exploring Operation: 1+2=3, Resulting Numbers: [7, 3]",
                "Generated Node #0,1,0: 10:[7, 3] Operation: 1+2=3",
                "Moving to Node #0,1,0",
                "Current State: 10:[7, 3], Operations: ['3+4=7', '1+2=3']",
                "Exploring Operation: 7+3=10, Resulting Numbers: [10]",
                "10,10 equal: Goal Reached");
        Path file = dir.resolve("bfs.json");
        java.nio.file.Files.writeString(file, "[{\"nums\":[1,2,3,4],\"target\":10,\"search_type\":\"bfs_2\",\"rating\":0.99,"
                + "\"search_path\":\"" + search + "\"}]");
        ImportedTrace trace = Importers.read(file).get(0);
        TraceTree tree = ImportChecks.foldAndRoundTrip(trace, dir);
        assertEquals(6, tree.size());
        assertEquals(List.of(new TraceEvent.Backtracked(1, 0)), ImportChecks.events(trace, TraceEvent.Backtracked.class));
        assertEquals(List.of(0, 2, 4, 5), tree.pathTo(5));
        assertEquals("3+4=7, 1+2=3, 7+3=10", tree.selection().answer());
        assertTrue(tree.selection().correct());
    }
}
