package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the lab's results into flat tables with documented columns (see README, "Test-time compute lab"). */
public final class LabTables {
    /** Columns of {@link #curves}. */
    public static final List<String> CURVE_COLUMNS = List.of("source", "series", "k", "steps", "tokens",
            "verifier_calls", "accuracy", "ci_low", "ci_high");
    /** Columns of {@link #overOptimisation}. */
    public static final List<String> OVEROPT_COLUMNS = List.of("n", "measured", "ci_low", "ci_high", "closed_form",
            "closed_form_per_problem");
    /** Columns of {@link #heatmap}: kind is "cell" or "contour"; a contour row is one point of line number {@code line}. */
    public static final List<String> HEATMAP_COLUMNS = List.of("kind", "level", "line", "skill", "budget", "log2_budget",
            "accuracy", "ci_low", "ci_high");
    /** Columns of {@link #bins}. */
    public static final List<String> BIN_COLUMNS = List.of("bin", "problems", "pass_at_1_min", "pass_at_1_max",
            "strategy", "budget", "accuracy", "ci_low", "ci_high", "mean_steps", "mean_tokens", "mean_verifier_calls", "best");

    private LabTables() {
    }

    /** Sweep series only (source "sweep", series = strategy, k = budget), as the lab window's sweep tab exports them. */
    public static LabTable sweep(List<ComputeCurves.Series> sweep, int problems) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComputeCurves.Series s : sweep) {
            for (ComputeCurves.Point p : s.points()) {
                rows.add(List.of("sweep", s.strategy(), p.budget(), p.steps(), p.tokens(), p.verifierCalls(),
                        p.accuracy(), p.low(), p.high()));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("problems", problems);
        summary.put("strategies", sweep.size());
        return new LabTable(CURVE_COLUMNS, rows, summary);
    }

    /**
     * Resampled curves (source "resampled", k = samples per problem) followed by sweep series
     * (source "sweep", series = strategy, k = budget).
     */
    public static LabTable curves(SampleSet set, List<ResampledCurves.Point> resampled, List<ComputeCurves.Series> sweep) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResampledCurves.Point p : resampled) {
            rows.add(List.of("resampled", p.series(), p.k(), p.steps(), p.tokens(), p.verifierCalls(), p.accuracy(),
                    p.low(), p.high()));
        }
        for (ComputeCurves.Series s : sweep) {
            for (ComputeCurves.Point p : s.points()) {
                rows.add(List.of("sweep", s.strategy(), p.budget(), p.steps(), p.tokens(), p.verifierCalls(),
                        p.accuracy(), p.low(), p.high()));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("problems", set.size());
        summary.put("samples_per_problem", set.n());
        summary.put("pass_at_1", set.meanPassAt1());
        summary.put("mean_steps_per_sample", set.meanSteps());
        summary.put("mean_tokens_per_sample", set.meanTokens());
        summary.put("orm", set.provenance().orm());
        return new LabTable(CURVE_COLUMNS, rows, summary);
    }

    public static LabTable overOptimisation(OverOptimisation.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverOptimisation.Point p : r.points()) {
            rows.add(List.of(p.n(), p.measured(), p.low(), p.high(), p.closedForm(), p.closedFormPerProblem()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("verifier", r.verifier());
        summary.put("pass_at_1", r.passAt1());
        summary.put("measured_peak_n", r.measuredPeak());
        summary.put("closed_form_peak_n", r.closedFormPeak() == 0 ? null : r.closedFormPeak());
        summary.put("closed_form_per_problem_peak_n", r.closedFormPerProblemPeak() == 0 ? null : r.closedFormPerProblemPeak());
        return new LabTable(OVEROPT_COLUMNS, rows, summary);
    }

    public static LabTable heatmap(SkillBudgetGrid.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (SkillBudgetGrid.Cell c : r.cells()) {
            rows.add(List.of("cell", Double.NaN, Double.NaN, c.skill(), c.budget(), Math.log(c.budget()) / Math.log(2),
                    c.accuracy(), c.low(), c.high()));
        }
        int line = 0;
        for (IsoLines.Line l : r.contours()) {
            line++;
            for (int i = 0; i < l.x().length; i++) {
                rows.add(List.of("contour", l.level(), line, l.y()[i], Math.pow(2, l.x()[i]), l.x()[i], l.level(),
                        Double.NaN, Double.NaN));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("method", r.method());
        summary.put("caption", r.tradeoff().caption());
        summary.put("caption_level", r.tradeoff().level());
        summary.put("budget_factor_per_skill", r.tradeoff().budgetFactorPerSkill());
        return new LabTable(HEATMAP_COLUMNS, rows, summary);
    }

    public static LabTable bins(DifficultyBins.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (DifficultyBins.Row b : r.rows()) {
            rows.add(List.of(b.bin(), b.problems(), b.passAt1Min(), b.passAt1Max(), b.strategy(), b.budget(), b.accuracy(),
                    b.low(), b.high(), b.meanSteps(), b.meanTokens(), b.meanVerifierCalls(), b.best()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("bins", r.rows().stream().mapToInt(DifficultyBins.Row::bin).max().orElse(0));
        summary.put("bin_order", "bin 1 = easiest (highest pass@1)");
        return new LabTable(BIN_COLUMNS, rows, summary);
    }
}
