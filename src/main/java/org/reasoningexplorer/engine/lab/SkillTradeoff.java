package org.reasoningexplorer.engine.lab;

import java.util.List;
import java.util.Locale;

/**
 * How much search budget one unit of skill is worth at a fixed accuracy, read off an iso-accuracy
 * contour of a skill × budget grid, in the spirit of Jones (2021): on Hex, 10× training compute
 * saved about 15× test-time search.
 *
 * <p>For each skill the budget needed to reach the level is where the contour crosses that skill's
 * row: the first budget at which accuracy reaches the level, interpolated linearly in log budget
 * between grid budgets. Skills already at the level with the smallest budget, or never reaching
 * it, have no crossing (NaN). A least-squares line of log₂(budget needed) against skill through
 * the crossings gives the factor per unit of skill, 2^(−slope).
 *
 * @param level                the accuracy level
 * @param budgetFactorPerSkill budget needed at skill s divided by that at s + 1; NaN with fewer than two crossings
 * @param budgetNeeded         per skill, the interpolated budget that reaches the level, or NaN
 * @param caption              one sentence that states the trade-off
 */
public record SkillTradeoff(double level, double budgetFactorPerSkill, double[] skills, double[] budgetNeeded,
                            String caption) {

    /** The trade-off at one level; accuracy[i][j] belongs to skills[i] and budgets[j] (both increasing). */
    public static SkillTradeoff at(double[] skills, int[] budgets, double[][] accuracy, double level) {
        double[] needed = new double[skills.length];
        int crossings = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < skills.length; i++) {
            needed[i] = crossing(budgets, accuracy[i], level);
            if (!Double.isNaN(needed[i])) {
                double y = Math.log(needed[i]) / Math.log(2);
                crossings++;
                sx += skills[i];
                sy += y;
                sxx += skills[i] * skills[i];
                sxy += skills[i] * y;
            }
        }
        double factor = Double.NaN;
        if (crossings >= 2) {
            double slope = (crossings * sxy - sx * sy) / (crossings * sxx - sx * sx);
            factor = Math.pow(2, -slope);
        }
        return new SkillTradeoff(level, factor, skills.clone(), needed, caption(level, factor, skills, needed, budgets));
    }

    /**
     * The trade-off at {@code preferred} when at least two skills cross it, else at the level of
     * {@code levels} closest to it that two skills cross; else {@code preferred} with a NaN factor.
     */
    public static SkillTradeoff choose(double[] skills, int[] budgets, double[][] accuracy, List<Double> levels,
            double preferred) {
        SkillTradeoff best = at(skills, budgets, accuracy, preferred);
        if (!Double.isNaN(best.budgetFactorPerSkill())) {
            return best;
        }
        double distance = Double.POSITIVE_INFINITY;
        for (double level : levels) {
            SkillTradeoff t = at(skills, budgets, accuracy, level);
            if (!Double.isNaN(t.budgetFactorPerSkill()) && Math.abs(level - preferred) < distance) {
                distance = Math.abs(level - preferred);
                best = t;
            }
        }
        return best;
    }

    /** The interpolated budget at which a row first reaches the level, or NaN. */
    static double crossing(int[] budgets, double[] row, double level) {
        if (row[0] >= level) {
            return Double.NaN;
        }
        for (int j = 1; j < budgets.length; j++) {
            if (row[j] >= level) {
                double x0 = Math.log(budgets[j - 1]);
                double x1 = Math.log(budgets[j]);
                double t = (level - row[j - 1]) / (row[j] - row[j - 1]);
                return Math.exp(x0 + t * (x1 - x0));
            }
        }
        return Double.NaN;
    }

    private static String caption(double level, double factor, double[] skills, double[] needed, int[] budgets) {
        String at = String.format(Locale.ROOT, "at %.0f%% accuracy", 100 * level);
        if (Double.isNaN(factor)) {
            return at + ", fewer than two skills reach the level within budgets " + budgets[0] + " to "
                    + budgets[budgets.length - 1] + ", so the grid shows no trade-off there; widen the skills or budgets";
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < skills.length; i++) {
            if (!Double.isNaN(needed[i])) {
                last = i;
                first = first < 0 ? i : first;
            }
        }
        String ends = String.format(Locale.ROOT, "skill %s needs N ≈ %.1f, skill %s needs N ≈ %.1f", num(skills[first]),
                needed[first], num(skills[last]), needed[last]);
        if (factor <= 1.0) {
            return String.format(Locale.ROOT, "%s, +1 skill saves no budget (factor %.2f×; %s)", at, factor, ends);
        }
        return String.format(Locale.ROOT, "%s, +1 skill saves about %s× budget (%s)", at,
                factor >= 10 ? String.format(Locale.ROOT, "%.0f", factor) : String.format(Locale.ROOT, "%.1f", factor), ends);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
