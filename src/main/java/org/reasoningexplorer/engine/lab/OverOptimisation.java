package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.reasoningexplorer.engine.metrics.BestOfNClosedForm;
import org.reasoningexplorer.engine.metrics.Interval;
import org.reasoningexplorer.engine.verify.NoiseModel;

/**
 * Best-of-N against an imperfect verifier (Gao et al. 2022): accuracy first rises with N, then
 * falls once a wrong sample that the verifier overrates is likely to be among the N.
 *
 * <p>The measured curve is resampled from a {@link SampleSet} whose ORM had the given noise. Beside
 * it are two closed forms (REFERENCE.md, "Best-of-N with a continuous score"), which apply when
 * the noise has no label flips: the ORM's score is logistic(raw) and logistic is monotone, so
 * Best-of-N picks the same sample as by raw score, and raw scores are Gaussian per class. The
 * pooled form uses one p, the measured pass@1 averaged over problems; the per-problem form
 * averages the closed form at each problem's own pass@1, which is what the measured curve
 * estimates when problems differ in difficulty.
 */
public final class OverOptimisation {
    /**
     * One N.
     *
     * @param measured             resampled best-of-N accuracy, mean over problems
     * @param low                  lower end of its 95% bootstrap band over problems
     * @param high                 upper end
     * @param closedForm           the closed form at the pooled pass@1 (NaN when the noise has flips)
     * @param closedFormPerProblem the closed form at each problem's pass@1, averaged (NaN likewise)
     */
    public record Point(int n, double measured, double low, double high, double closedForm,
                        double closedFormPerProblem) {
    }

    /**
     * The demo's outcome.
     *
     * @param passAt1                the measured pass@1, averaged over problems (the closed form's p)
     * @param measuredPeak           the N where the measured curve is highest
     * @param closedFormPeak         the N where the pooled closed form is highest (0 when it does not apply)
     * @param closedFormPerProblemPeak the N where the per-problem closed form is highest (0 likewise)
     */
    public record Result(String verifier, double passAt1, int measuredPeak, int closedFormPeak,
                         int closedFormPerProblemPeak, List<Point> points) {
    }

    private OverOptimisation() {
    }

    /** The curves at N = 1, 2, 4, … up to the sample count, for samples drawn with the given ORM noise. */
    public static Result of(SampleSet set, NoiseModel orm) {
        List<Integer> ns = new ArrayList<>();
        for (int n = 1; n <= set.n(); n *= 2) {
            ns.add(n);
        }
        return of(set, orm, ns);
    }

    /** The curves at the given N (each in [1, sample count]). */
    public static Result of(SampleSet set, NoiseModel orm, List<Integer> ns) {
        if (ns.isEmpty()) {
            throw new IllegalArgumentException("need at least one N");
        }
        for (int n : ns) {
            if (n < 1 || n > set.n()) {
                throw new IllegalArgumentException("N = " + n + " is outside [1, " + set.n()
                        + "], the samples per problem");
            }
        }
        double[][] rows = ResampledCurves.perProblem(set, ResampledCurves.Method.BEST_OF_K);
        Interval[] band = new ProblemBootstrap(set.size(), ResampledCurves.DEFAULT_RESAMPLES,
                ResampledCurves.DEFAULT_SEED).bands(rows, set.n() + 1, ResampledCurves.CONFIDENCE);
        double p = set.meanPassAt1();
        boolean closed = applies(orm);
        BestOfNClosedForm pooled = closed ? closedForm(orm, p) : null;
        Map<Double, BestOfNClosedForm> byP = new HashMap<>();
        List<Point> points = new ArrayList<>();
        for (int n : ns) {
            double perProblem = Double.NaN;
            if (closed) {
                perProblem = 0.0;
                for (ProblemSamples s : set.problems()) {
                    perProblem += byP.computeIfAbsent(s.passAt1(), q -> closedForm(orm, q)).accuracy(n);
                }
                perProblem /= set.size();
            }
            points.add(new Point(n, band[n].mean(), band[n].low(), band[n].high(),
                    closed ? pooled.accuracy(n) : Double.NaN, perProblem));
        }
        return new Result(orm.describe(), p, peak(points, Point::measured), closed ? peak(points, Point::closedForm) : 0,
                closed ? peak(points, Point::closedFormPerProblem) : 0, List.copyOf(points));
    }

    /** Whether the closed form describes this noise: Gaussian raw scores per class, finite, no flips. */
    public static boolean applies(NoiseModel orm) {
        return orm.falsePositiveRate() == 0.0 && orm.falseNegativeRate() == 0.0
                && Double.isFinite(orm.meanPositive()) && Double.isFinite(orm.meanNegative())
                && orm.sigmaPositive() > 0.0 && orm.sigmaNegative() > 0.0;
    }

    private static BestOfNClosedForm closedForm(NoiseModel orm, double p) {
        return new BestOfNClosedForm(orm.meanPositive(), orm.sigmaPositive(), orm.meanNegative(), orm.sigmaNegative(), p);
    }

    /** The N of the highest value; the smallest such N on ties. */
    private static int peak(List<Point> points, ToDoubleFunction<Point> value) {
        int best = points.get(0).n();
        double top = value.applyAsDouble(points.get(0));
        for (Point pt : points) {
            if (value.applyAsDouble(pt) > top) {
                top = value.applyAsDouble(pt);
                best = pt.n();
            }
        }
        return best;
    }
}
