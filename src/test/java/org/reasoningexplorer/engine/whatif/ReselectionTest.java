package org.reasoningexplorer.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.PrmAggregation;

class ReselectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"majority;n=12", "majority;n=12,tie-break=score", "majority;n=12,tie-break=random",
        "weighted-vote;n=12", "weighted-vote;n=12,scorer=prm,aggregation=min", "best-of-n;n=12",
        "best-of-n;n=12,scorer=prm,aggregation=product", "best-of-n;n=12,scorer=prm,aggregation=mean", "cot;"})
    void withoutEditsTheRecomputedChoiceIsTheSearchsOwn(String strategy, String options) {
        Map<String, String> o = new LinkedHashMap<>();
        if (options != null) {
            for (String kv : options.split(",")) {
                o.put(kv.split("=")[0], kv.split("=")[1]);
            }
        }
        for (long seed = 1; seed <= 25; seed++) {
            PuzzleSearch s = PuzzleSearch.of(Puzzle.game24(1, 4, 8, 8), strategy, o, seed);
            TraceTree tree = s.run(e -> { }, null);
            Reselection r = new Reselection(s.header(), new ChainTable(tree));
            Reselection.Choice c = r.choose(ChainTable.Edits.NONE);
            assertEquals(tree.selection().node(), c.node(), strategy + " " + options + " seed " + seed);
            assertEquals(tree.selection().reason(), c.reason(), strategy + " " + options + " seed " + seed);
        }
    }

    /** Four hand-made chains: answers A, A, B, C; A wrong, B right, C wrong; ORM and PRM scores chosen by hand. */
    private static TraceTree handMade() {
        TraceTree t = new TraceTree();
        t.apply(new TraceEvent.NodeCreated(0, -1, "0000000000000000", "problem", Double.NaN, 0, false));
        String[][] chains = {{"A", "0.4", "0.9,0.5"}, {"A", "0.3", "0.8,0.6"}, {"B", "0.6", "0.7,0.7"}, {"C", "0.5", "0.95,0.2"}};
        int id = 1;
        for (String[] c : chains) {
            int step = id++;
            int leaf = id++;
            t.apply(new TraceEvent.NodeCreated(step, 0, String.format("%016x", step), "step", 0.5, 3, false));
            t.apply(new TraceEvent.NodeCreated(leaf, step, String.format("%016x", leaf), "Answer: " + c[0], 1, 3, true));
            String[] prm = c[2].split(",");
            t.apply(new TraceEvent.Scored(step, "prm", ScoreKind.PRM, Double.parseDouble(prm[0]), Double.NaN, 1, List.of()));
            t.apply(new TraceEvent.Scored(leaf, "prm", ScoreKind.PRM, Double.parseDouble(prm[1]), Double.NaN, 1, List.of()));
            t.apply(new TraceEvent.Scored(leaf, "orm", ScoreKind.ORM, Double.parseDouble(c[1]), Double.NaN, 1, List.of()));
            t.apply(new TraceEvent.AnswerExtracted(leaf, c[0], c[0], c[0].equals("B")));
        }
        return t;
    }

    private static TraceHeader header(String strategy, Map<String, Object> options) {
        return new TraceHeader(TraceHeader.FORMAT, TraceHeader.VERSION, Map.of("text", "hand-made"),
                Map.of("name", strategy, "options", options), Map.of("name", "hand"), List.of(), 1, null);
    }

    @Test
    void handMadeTraceEachRuleChoosesAsComputedByHand() {
        ChainTable table = new ChainTable(handMade());
        assertEquals(List.of("A", "B", "C"), table.clusters());
        assertEquals("A", new Reselection(header("majority", Map.of()), table).choose(ChainTable.Edits.NONE).answer());
        assertEquals("B", new Reselection(header("best-of-n", Map.of()), table).choose(ChainTable.Edits.NONE).answer());
        // weighted by ORM: A = 0.7, B = 0.6, C = 0.5
        assertEquals("A", new Reselection(header("weighted-vote", Map.of()), table).choose(ChainTable.Edits.NONE).answer());
        // PRM last: A 0.5/0.6, B 0.7, C 0.2 → best B; min: A 0.5/0.6, B 0.7 → B; mean: C (0.95+0.2)/2 = 0.575 < B 0.7
        Reselection prm = new Reselection(header("best-of-n", Map.of("scorer", "prm", "aggregation", "last")), table);
        assertEquals("B", prm.choose(ChainTable.Edits.NONE).answer());
        // product swaps: A1 0.45, A2 0.48, B 0.49, C 0.19 → B; swapping to the ORM gives B too; min on edited data below
        assertEquals("B", prm.choose(ChainTable.Edits.NONE, PrmAggregation.PRODUCT).answer());
        assertEquals(0.49, table.score(2, PrmAggregation.PRODUCT, ChainTable.Edits.NONE), 1e-12);
    }

    @Test
    void editingAScoreFlipsBestOfNAndWeightedVoteAndUndoRestoresThem() {
        TraceTree t = handMade();
        ChainTable table = new ChainTable(t);
        Reselection bon = new Reselection(header("best-of-n", Map.of()), table);
        Reselection weighted = new Reselection(header("weighted-vote", Map.of()), table);
        ChainTable.Edits raiseC = ChainTable.Edits.NONE.with(table.leaf(3), ScoreKind.ORM, 0.99);
        assertEquals("C", bon.choose(raiseC).answer());
        assertFalse(bon.choose(raiseC).correct());
        ChainTable.Edits lowerA = ChainTable.Edits.NONE.with(table.leaf(0), ScoreKind.ORM, 0.0);
        assertEquals("B", weighted.choose(lowerA).answer(), "A's weight falls to 0.3 < B's 0.6");
        assertTrue(weighted.choose(lowerA).correct());
        ChainTable.Edits wrongStep = ChainTable.Edits.NONE.with(2 * 2 + 1, ScoreKind.PRM, 0.1);
        Reselection min = new Reselection(header("best-of-n", Map.of("scorer", "prm", "aggregation", "min")), table);
        assertEquals("B", min.choose(ChainTable.Edits.NONE).answer());
        assertEquals("A", min.choose(wrongStep).answer(), "marking B's first step wrong hands the choice to A");
        assertEquals("B", min.choose(ChainTable.Edits.NONE).answer(), "dropping the edit restores the choice");
    }

    @Test
    void searchStrategiesAreSentToReRunInstead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Reselection(header("mcts", Map.of()), new ChainTable(handMade())));
        assertTrue(e.getMessage().contains("re-run"), e.getMessage());
    }
}
