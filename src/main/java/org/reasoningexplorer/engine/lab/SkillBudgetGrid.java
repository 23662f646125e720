package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.reasoningexplorer.engine.metrics.Interval;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Sweep;

/**
 * Train-time against test-time compute: accuracy over the reasoner's skill (the stand-in for
 * training compute) × the search budget N for one way of choosing among N samples, with
 * iso-accuracy contours in (log₂ N, skill) coordinates and a caption stating how much budget a
 * unit of skill saves. Each skill's row is resampled from one sample set of max(N) chains per
 * problem, so the whole grid costs one drawing per skill.
 */
public final class SkillBudgetGrid {
    /** One cell: accuracy at a skill and a budget, with its 95% bootstrap band over problems. */
    public record Cell(double skill, int budget, double accuracy, double low, double high) {
    }

    /**
     * The grid.
     *
     * @param accuracy [skill index][budget index]
     * @param contours polylines with x = log₂ budget and y = skill, one or more per level
     */
    public record Result(String method, double[] skills, int[] budgets, double[][] accuracy, List<Cell> cells,
                         List<IsoLines.Line> contours, SkillTradeoff tradeoff) {
    }

    /**
     * What to compute. {@code template} supplies the knobs other than skill, the ORM's noise and the seed.
     *
     * @param captionLevel the accuracy the caption speaks about, if two skills reach it
     */
    public record Plan(List<Puzzle> puzzles, double[] skills, int[] budgets, ResampledCurves.Method method,
                       PuzzleSearch template, double[] levels, double captionLevel, int threads) {
        public Plan {
            requireAxes(skills, budgets);
            for (double level : levels) {
                if (!(level > 0.0 && level < 1.0)) {
                    throw new IllegalArgumentException("contour level " + level + " is not in (0, 1)");
                }
            }
            if (!(captionLevel > 0.0 && captionLevel < 1.0)) {
                throw new IllegalArgumentException("caption level " + captionLevel + " is not in (0, 1)");
            }
        }
    }

    private SkillBudgetGrid() {
    }

    /** Draws one sample set per skill (progress counts problems over all skills) and builds the grid. */
    public static Result run(Plan plan, Sweep.Progress progress, BooleanSupplier cancel) {
        int n = plan.budgets()[plan.budgets().length - 1];
        int total = plan.skills().length * plan.puzzles().size();
        List<SampleSet> sets = new ArrayList<>();
        for (double skill : plan.skills()) {
            PuzzleSearch t = plan.template();
            PuzzleSearch withSkill = new PuzzleSearch(t.puzzle(), t.strategyName(), t.options(), t.knobs().withSkill(skill),
                    t.ormNoise(), t.prmNoise(), t.judgeNoise(), t.seed());
            int before = sets.size() * plan.puzzles().size();
            sets.add(SampleDrawer.draw(plan.puzzles(), n, withSkill, plan.threads(),
                    progress == null ? null : (done, all) -> progress.update(before + done, total), cancel));
        }
        return of(sets, plan.skills(), plan.budgets(), plan.method(), plan.levels(), plan.captionLevel());
    }

    /** The grid from one sample set per skill, each with at least max(budgets) samples per problem. */
    public static Result of(List<SampleSet> perSkill, double[] skills, int[] budgets, ResampledCurves.Method method,
            double[] levels, double captionLevel) {
        requireAxes(skills, budgets);
        if (perSkill.size() != skills.length) {
            throw new IllegalArgumentException(perSkill.size() + " sample sets for " + skills.length + " skills");
        }
        double[][] accuracy = new double[skills.length][budgets.length];
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < skills.length; i++) {
            SampleSet set = perSkill.get(i);
            int kMax = budgets[budgets.length - 1];
            if (kMax > set.n()) {
                throw new IllegalArgumentException("budget " + kMax + " exceeds the " + set.n()
                        + " samples per problem drawn at skill " + skills[i]);
            }
            Interval[] band = new ProblemBootstrap(set.size(), ResampledCurves.DEFAULT_RESAMPLES, ResampledCurves.DEFAULT_SEED)
                    .bands(ResampledCurves.perProblem(set, method), set.n() + 1, ResampledCurves.CONFIDENCE);
            for (int j = 0; j < budgets.length; j++) {
                Interval b = band[budgets[j]];
                accuracy[i][j] = b.mean();
                cells.add(new Cell(skills[i], budgets[j], b.mean(), b.low(), b.high()));
            }
        }
        double[] logBudget = new double[budgets.length];
        for (int j = 0; j < budgets.length; j++) {
            logBudget[j] = Math.log(budgets[j]) / Math.log(2);
        }
        List<IsoLines.Line> contours = new ArrayList<>();
        List<Double> levelList = new ArrayList<>();
        if (skills.length >= 2 && budgets.length >= 2) {
            for (double level : levels) {
                contours.addAll(IsoLines.extract(logBudget, skills, accuracy, level));
                levelList.add(level);
            }
        }
        SkillTradeoff tradeoff = SkillTradeoff.choose(skills, budgets, accuracy, levelList, captionLevel);
        return new Result(method.label(), skills.clone(), budgets.clone(), accuracy, List.copyOf(cells),
                List.copyOf(contours), tradeoff);
    }

    /** Skills and budgets must increase strictly; budgets start at 1 or more. */
    private static void requireAxes(double[] skills, int[] budgets) {
        requireIncreasing("skills", skills);
        double[] b = new double[budgets.length];
        for (int j = 0; j < budgets.length; j++) {
            if (budgets[j] < 1) {
                throw new IllegalArgumentException("budgets contain " + budgets[j] + "; budgets must be at least 1");
            }
            b[j] = budgets[j];
        }
        requireIncreasing("budgets", b);
    }

    private static void requireIncreasing(String name, double[] v) {
        if (v.length < 1) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int k = 1; k < v.length; k++) {
            if (!(v[k] > v[k - 1])) {
                throw new IllegalArgumentException(name + " must increase strictly, but " + v[k] + " follows " + v[k - 1]);
            }
        }
    }
}
