package org.reasoningexplorer.cli;

import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.lab.LabTables;
import org.reasoningexplorer.engine.lab.ResampledCurves;
import org.reasoningexplorer.engine.lab.SkillBudgetGrid;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Train-time against test-time compute: accuracy over skill x budget with iso-accuracy contours. */
@Command(name = "heatmap", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train-time vs test-time compute: accuracy over skill x budget.",
            "Skill stands in for training compute. For each skill, max(N) chains per",
            "problem are drawn once and accuracy at every N is resampled from them.",
            "Iso-accuracy contours come from marching squares in (log2 N, skill), and a",
            "caption says how much budget one unit of skill saves at an accuracy, as",
            "Jones (2021) did for Hex. The caption goes to stderr (and the JSON summary).",
            "Columns: kind,level,line,skill,budget,log2_budget,accuracy,ci_low,ci_high",
            "  kind 'cell': one grid cell with its 95%% bootstrap band;",
            "  kind 'contour': one point of contour line 'line' at accuracy 'level'."},
        footer = {"", "Example:", "  lab heatmap --puzzles game24:100 --method majority --out heatmap.csv"})
final class LabHeatmapCommand implements Runnable {
    @CommandLine.Mixin
    LabOptions lab = new LabOptions();

    @Option(names = "--skills", split = ",", defaultValue = "0,0.5,1,1.5,2,3,4", description = "skills, increasing (default ${DEFAULT-VALUE})")
    List<Double> skills;

    @Option(names = "--budgets", split = ",", defaultValue = "1,2,4,8,16,32,64", description = "budgets N, increasing (default ${DEFAULT-VALUE})")
    List<Integer> budgets;

    @Option(names = "--method", defaultValue = "majority", description = "majority, best-of-n, weighted-vote or pass@k (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--levels", split = ",", defaultValue = "0.3,0.4,0.5,0.6,0.7,0.8,0.9", description = "contour levels in (0, 1) (default ${DEFAULT-VALUE})")
    List<Double> levels;

    @Option(names = "--caption-level", defaultValue = "0.6", description = "the accuracy the caption speaks about (default ${DEFAULT-VALUE})")
    double captionLevel;

    @CommandLine.Mixin
    SearchOptions search = new SearchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        lab.validate();
        ResampledCurves.Method m;
        try {
            m = ResampledCurves.Method.parse(method);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--method: " + e.getMessage(), e);
        }
        LabSupport.requireBudgets("--budgets", budgets);
        double[] s = skills.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] >= 0 && s[i] <= PolicyKnobs.MAX_SKILL)) {
                throw new IllegalArgumentException("--skills contains " + s[i] + "; skills must be in [0, " + PolicyKnobs.MAX_SKILL + "]");
            }
            if (i > 0 && s[i] <= s[i - 1]) {
                throw new IllegalArgumentException("--skills must increase, but " + s[i] + " follows " + s[i - 1]);
            }
        }
        for (double level : levels) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("--levels contains " + level + "; levels must be in (0, 1)");
            }
        }
        if (!(captionLevel > 0 && captionLevel < 1)) {
            throw new IllegalArgumentException("--caption-level is " + captionLevel + "; expected a value in (0, 1)");
        }
        List<Puzzle> puzzles = PuzzleSets.parse(lab.puzzles);
        PuzzleSearch template = search.search(puzzles.get(0), "best-of-n", Map.of());
        int[] b = budgets.stream().mapToInt(Integer::intValue).toArray();
        double[] lv = levels.stream().mapToDouble(Double::doubleValue).toArray();
        SkillBudgetGrid.Plan plan = new SkillBudgetGrid.Plan(puzzles, s, b, m, template, lv, captionLevel, lab.threads);
        spec.commandLine().getErr().printf("[lab] drawing %d chains for each of %d problems at %d skills%n", b[b.length - 1],
                puzzles.size(), s.length);
        SkillBudgetGrid.Result r = LabSupport.cancellable(cancel -> SkillBudgetGrid.run(plan,
                LabSupport.progress(spec.commandLine().getErr(), "heatmap", "problem draws"), cancel));
        spec.commandLine().getErr().println("[lab] " + r.method() + ": " + r.tradeoff().caption());
        LabSupport.writeTable(spec, lab, LabTables.heatmap(r));
    }
}
