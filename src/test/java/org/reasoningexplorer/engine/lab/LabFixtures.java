package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.puzzle.Game24Catalog;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.verify.NoiseModel;

/** Small real problem sets, spread over difficulty like the CLI's game24:N. */
final class LabFixtures {
    private LabFixtures() {
    }

    static List<Puzzle> puzzles(int n) {
        List<Game24Catalog.Entry> all = Game24Catalog.solvable();
        List<Puzzle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(all.get((int) ((long) i * all.size() / n)).puzzle());
        }
        return out;
    }

    static PuzzleSearch template(NoiseModel orm) {
        return new PuzzleSearch(puzzles(1).get(0), "best-of-n", Map.of(), PolicyKnobs.DEFAULTS, orm, NoiseModel.MEDIOCRE,
                NoiseModel.MEDIOCRE, 1);
    }
}
