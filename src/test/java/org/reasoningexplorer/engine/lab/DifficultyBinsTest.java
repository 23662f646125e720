package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Budgets;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.sweep.SweepResult;
import org.reasoningexplorer.engine.verify.NoiseModel;

class DifficultyBinsTest {
    @Test
    void binsPartitionTheProblemsIntoOrderedQuantiles() {
        SplittableRandom random = new SplittableRandom(5);
        for (int problems : new int[] {5, 23, 100}) {
            double[] pass = new double[problems];
            for (int p = 0; p < problems; p++) {
                pass[p] = Math.floor(random.nextDouble() * 9) / 8;  // many ties, as with few samples
            }
            int[] bin = DifficultyBins.assign(pass, 5);
            int[] size = new int[6];
            double[] min = {0, 2, 2, 2, 2, 2};
            double[] max = {0, -1, -1, -1, -1, -1};
            for (int p = 0; p < problems; p++) {
                assertTrue(bin[p] >= 1 && bin[p] <= 5, "bin " + bin[p]);
                size[bin[p]]++;
                min[bin[p]] = Math.min(min[bin[p]], pass[p]);
                max[bin[p]] = Math.max(max[bin[p]], pass[p]);
            }
            for (int b = 1; b <= 5; b++) {
                assertTrue(Math.abs(size[b] - problems / 5.0) < 1, "equal sizes: " + java.util.Arrays.toString(size));
                if (b > 1) {
                    assertTrue(min[b - 1] >= max[b], "bin " + (b - 1) + " is easier than bin " + b);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> DifficultyBins.assign(new double[3], 5));
    }

    @Test
    void runDetailedKeepsTheSweepRowsAndAddsOneOutcomePerProblemAndCell() {
        List<Puzzle> puzzles = LabFixtures.puzzles(10);
        Sweep.Plan plan = plan(puzzles, List.of("best-of-n", "beam", "cot"), List.of(1, 4));
        List<SweepResult> rows = Sweep.run(plan, null, null);
        Sweep.Detailed detailed = Sweep.runDetailed(plan, null, null);
        assertEquals(rows, detailed.rows());
        assertEquals(5 * puzzles.size(), detailed.outcomes().size(), "cot runs at one budget only");
        for (SweepResult r : rows) {
            double right = detailed.outcomes().stream()
                    .filter(o -> o.strategy().equals(r.strategy()) && o.budget() == r.budget())
                    .mapToDouble(o -> o.correct() ? 1 : 0).sum();
            assertEquals(r.accuracy().mean(), right / puzzles.size(), 1e-12, r.strategy() + " at " + r.budget());
        }
    }

    @Test
    void eachBinAndBudgetHasOneBestStrategyAndTheBinsCoverEveryProblem() {
        List<Puzzle> puzzles = LabFixtures.puzzles(20);
        SampleSet set = SampleDrawer.draw(puzzles, 16, LabFixtures.template(NoiseModel.MEDIOCRE), 2, null, null);
        DifficultyBins.Result r = DifficultyBins.run(set, plan(puzzles, List.of("best-of-n", "beam"), List.of(1, 4)), 4,
                null, null);
        assertEquals(4 * 2 * 2, r.rows().size());
        Map<String, Integer> best = new HashMap<>();
        int covered = 0;
        for (DifficultyBins.Row row : r.rows()) {
            best.merge(row.bin() + "@" + row.budget(), row.best() ? 1 : 0, Integer::sum);
            covered += row.strategy().equals("beam") && row.budget() == 1 ? row.problems() : 0;
            assertTrue(row.low() <= row.accuracy() && row.accuracy() <= row.high(), row.toString());
        }
        assertEquals(20, covered);
        best.values().forEach(count -> assertEquals(1, count));
        for (int i = 1; i < r.rows().size(); i++) {
            DifficultyBins.Row a = r.rows().get(i - 1);
            DifficultyBins.Row b = r.rows().get(i);
            assertTrue(a.bin() <= b.bin(), "rows by bin");
            if (a.bin() < b.bin()) {
                assertTrue(a.passAt1Min() >= b.passAt1Max(), "bin 1 is the easiest");
            }
        }
    }

    @Test
    void aSweepOverOtherPuzzlesIsRejected() {
        SampleSet set = SampleDrawer.draw(LabFixtures.puzzles(3), 2, LabFixtures.template(NoiseModel.MEDIOCRE), 1, null, null);
        List<Puzzle> other = List.of(Puzzle.parse("1 2 3 4"), Puzzle.parse("4 9 10 13"), Puzzle.parse("3 3 8 8"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DifficultyBins.run(set, plan(other, List.of("cot"), List.of(1)), 2, null, null));
        assertTrue(e.getMessage().contains("sample set"), e.getMessage());
    }

    private static Sweep.Plan plan(List<Puzzle> puzzles, List<String> strategies, List<Integer> budgets) {
        PuzzleSearch template = PuzzleSearch.of(puzzles.get(0), strategies.get(0),
                Budgets.options(strategies.get(0), budgets.get(0), null), 1);
        return new Sweep.Plan(puzzles, strategies, budgets, Map.of(), template, 2);
    }
}
