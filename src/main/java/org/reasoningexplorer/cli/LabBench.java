package org.reasoningexplorer.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.lab.ResampledCurves;
import org.reasoningexplorer.engine.lab.SampleDrawer;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;

/** The 'bench lab' section: drawing a sample set once, then resampled curves from it, medians after warm-up. */
final class LabBench {
    private static final int WARMUPS = 3;
    private static final double TARGET_SECONDS = 1.0;

    private final PrintWriter out;
    private final int repeats;

    LabBench(PrintWriter out, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats is " + repeats + "; expected at least 1");
        }
        this.out = out;
        this.repeats = repeats;
    }

    void run(int problems, int samples) {
        if (problems < 1 || samples < 1) {
            throw new IllegalArgumentException("--lab-problems and --lab-samples must be at least 1");
        }
        List<Puzzle> puzzles = PuzzleSets.parse("game24:" + problems);
        long t0 = System.nanoTime();
        SampleSet set = SampleDrawer.draw(puzzles, samples, PuzzleSearch.of(puzzles.get(0), "best-of-n", Map.of(), 1), 2,
                null, null);
        double draw = (System.nanoTime() - t0) / 1e9;
        out.printf("lab:   drew %d problems x %d samples (%,d chains) on 2 threads in %.2f s%n", problems, samples,
                (long) problems * samples, draw);
        double[] all = new double[repeats];
        ResampledCurves.Method[] methods = ResampledCurves.Method.values();
        double[][] each = new double[methods.length][repeats];
        for (int r = -WARMUPS; r < repeats; r++) {
            for (int m = 0; m < methods.length; m++) {
                long s = System.nanoTime();
                ResampledCurves.compute(set, EnumSet.of(methods[m]), ResampledCurves.DEFAULT_RESAMPLES,
                        ResampledCurves.DEFAULT_SEED);
                if (r >= 0) {
                    each[m][r] = (System.nanoTime() - s) / 1e9;
                }
            }
            long s = System.nanoTime();
            ResampledCurves.compute(set);
            if (r >= 0) {
                all[r] = (System.nanoTime() - s) / 1e9;
            }
        }
        double med = BenchCommand.median(all);
        out.printf("lab:   resampled curves, 4 methods x k = 1..%d with %d-resample bootstrap bands: %.3f s (median of %d"
                + " after %d warm-ups); target %.0f s, ratio %.1fx%n", samples, ResampledCurves.DEFAULT_RESAMPLES, med,
                repeats, WARMUPS, TARGET_SECONDS, TARGET_SECONDS / med);
        StringBuilder parts = new StringBuilder("lab:   by method (median):");
        for (int m = 0; m < methods.length; m++) {
            parts.append(String.format(" %s %.3f s;", methods[m].label(), BenchCommand.median(each[m])));
        }
        out.println(parts.substring(0, parts.length() - 1));
    }
}
