package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.reasoningexplorer.engine.metrics.Bootstrap;
import org.reasoningexplorer.engine.metrics.Interval;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.sweep.Sweep;

/**
 * Which strategy wins at which difficulty and budget (Snell et al. 2024): problems are split into
 * quantile bins of their pass@1, measured from a {@link SampleSet}, and a sweep's per-problem
 * outcomes are averaged within each bin.
 *
 * <p>Bin 1 is the easiest (highest pass@1) and the last bin the hardest, as Snell et al. number
 * their levels and as the Game-of-24 catalogue numbers its levels. Problems are ranked by pass@1,
 * highest first, equal values in problem order, and cut into bins of equal size (sizes differ by
 * at most one), so a value shared by many problems may straddle two bins: the bins' pass@1
 * ranges are ordered but may touch.
 */
public final class DifficultyBins {
    /** The default number of bins, as Snell et al. use. */
    public static final int DEFAULT_BINS = 5;

    /**
     * One strategy at one budget within one bin.
     *
     * @param passAt1Min the lowest pass@1 of the bin's problems
     * @param passAt1Max the highest
     * @param best       whether this strategy has the highest accuracy in its bin at this budget
     *                   (ties go to the lower mean tokens, then to the earlier strategy)
     */
    public record Row(int bin, int problems, double passAt1Min, double passAt1Max, String strategy, int budget,
                      double accuracy, double low, double high, double meanSteps, double meanTokens,
                      double meanVerifierCalls, boolean best) {
    }

    /** The bins: each problem's bin (1-based, in problem order) and the table. */
    public record Result(int[] binOfProblem, List<Row> rows) {
    }

    private DifficultyBins() {
    }

    /** Each problem's bin, 1 = easiest, for the given pass@1 values. */
    public static int[] assign(double[] passAt1, int bins) {
        if (bins < 1 || bins > passAt1.length) {
            throw new IllegalArgumentException("bins is " + bins + "; expected 1 to the number of problems ("
                    + passAt1.length + ")");
        }
        Integer[] order = IntStream.range(0, passAt1.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer p) -> -passAt1[p]).thenComparingInt(p -> p));
        int[] bin = new int[passAt1.length];
        for (int rank = 0; rank < order.length; rank++) {
            bin[order[rank]] = 1 + (int) ((long) rank * bins / order.length);
        }
        return bin;
    }

    /**
     * Sweeps the plan over the sample set's problems and bins the outcomes; the plan's puzzles must
     * be the sample set's, in the same order.
     */
    public static Result run(SampleSet set, Sweep.Plan plan, int bins, Sweep.Progress progress, BooleanSupplier cancel) {
        List<Puzzle> puzzles = plan.puzzles();
        if (puzzles.size() != set.size()) {
            throw new IllegalArgumentException("the sweep has " + puzzles.size() + " puzzles but the sample set has "
                    + set.size());
        }
        for (int p = 0; p < puzzles.size(); p++) {
            if (!SampleDrawer.label(puzzles.get(p)).equals(set.problems().get(p).puzzle())) {
                throw new IllegalArgumentException("puzzle " + p + " of the sweep is " + SampleDrawer.label(puzzles.get(p))
                        + " but the sample set has " + set.problems().get(p).puzzle());
            }
        }
        return of(set.passAt1(), Sweep.runDetailed(plan, progress, cancel).outcomes(), bins);
    }

    /** Bins per-problem outcomes (problem indices into {@code passAt1}). */
    public static Result of(double[] passAt1, List<Sweep.ProblemOutcome> outcomes, int bins) {
        int[] bin = assign(passAt1, bins);
        Map<String, List<Sweep.ProblemOutcome>> groups = new LinkedHashMap<>();
        for (Sweep.ProblemOutcome o : outcomes) {
            if (o.problem() < 0 || o.problem() >= passAt1.length) {
                throw new IllegalArgumentException("outcome for problem " + o.problem() + "; there are " + passAt1.length);
            }
            groups.computeIfAbsent(bin[o.problem()] + "|" + o.budget() + "|" + o.strategy(), k -> new ArrayList<>()).add(o);
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 1; b <= bins; b++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int size = 0;
            for (int p = 0; p < passAt1.length; p++) {
                if (bin[p] == b) {
                    lo = Math.min(lo, passAt1[p]);
                    hi = Math.max(hi, passAt1[p]);
                    size++;
                }
            }
            List<Row> inBin = new ArrayList<>();
            for (Map.Entry<String, List<Sweep.ProblemOutcome>> e : groups.entrySet()) {
                if (e.getKey().startsWith(b + "|")) {
                    inBin.add(row(b, size, lo, hi, e.getValue()));
                }
            }
            inBin.sort(Comparator.comparingInt(Row::budget));
            rows.addAll(markBest(inBin));
        }
        return new Result(bin, List.copyOf(rows));
    }

    private static Row row(int bin, int size, double lo, double hi, List<Sweep.ProblemOutcome> outs) {
        double[] acc = new double[outs.size()];
        double steps = 0;
        double tokens = 0;
        double calls = 0;
        for (int i = 0; i < acc.length; i++) {
            Sweep.ProblemOutcome o = outs.get(i);
            acc[i] = o.correct() ? 1 : 0;
            steps += o.steps();
            tokens += o.tokens();
            calls += o.verifierCalls();
        }
        Interval ci = Bootstrap.meanInterval(acc, 0.95, 2000, 17);
        int n = acc.length;
        return new Row(bin, size, lo, hi, outs.get(0).strategy(), outs.get(0).budget(), ci.mean(), ci.low(), ci.high(),
                steps / n, tokens / n, calls / n, false);
    }

    /** Marks the winner among the rows of each budget; rows are sorted by budget, strategies in sweep order. */
    private static List<Row> markBest(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        for (int start = 0, end; start < out.size(); start = end) {
            int budget = out.get(start).budget();
            int win = start;
            for (end = start; end < out.size() && out.get(end).budget() == budget; end++) {
                Row r = out.get(end);
                Row w = out.get(win);
                if (r.accuracy() > w.accuracy() || r.accuracy() == w.accuracy() && r.meanTokens() < w.meanTokens()) {
                    win = end;
                }
            }
            Row w = out.get(win);
            out.set(win, new Row(w.bin(), w.problems(), w.passAt1Min(), w.passAt1Max(), w.strategy(), w.budget(),
                    w.accuracy(), w.low(), w.high(), w.meanSteps(), w.meanTokens(), w.meanVerifierCalls(), true));
        }
        return out;
    }
}
