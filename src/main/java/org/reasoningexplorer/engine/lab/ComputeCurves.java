package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.sweep.SweepResult;

/**
 * Accuracy against compute for several strategies on one problem set, one series per strategy,
 * from {@link Sweep} rows. Each point carries every compute measure, so a chart picks its x axis
 * (see {@link Axis}) and its scale; a log scale suits budgets that double.
 */
public final class ComputeCurves {
    /** A compute measure to put on the x axis. */
    public enum Axis {
        STEPS, TOKENS, VERIFIER_CALLS;

        /** Parses "steps", "tokens" or "verifier-calls" (also "calls"). */
        public static Axis parse(String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "steps":
                    return STEPS;
                case "tokens":
                    return TOKENS;
                case "verifier-calls":
                case "verifier_calls":
                case "calls":
                    return VERIFIER_CALLS;
                default:
                    throw new IllegalArgumentException("unknown compute axis '" + text
                            + "'; expected steps, tokens or verifier-calls");
            }
        }
    }

    /** One strategy at one budget: mean compute per problem and accuracy with its 95% bootstrap band. */
    public record Point(int budget, double steps, double tokens, double verifierCalls, double accuracy, double low,
                        double high) {
        /** This point's compute on the given axis. */
        public double x(Axis axis) {
            switch (axis) {
                case STEPS:
                    return steps;
                case TOKENS:
                    return tokens;
                default:
                    return verifierCalls;
            }
        }
    }

    /** One strategy's points, in increasing budget. */
    public record Series(String strategy, List<Point> points) {
    }

    private ComputeCurves() {
    }

    /**
     * Runs the sweep and groups its rows into series.
     */
    public static List<Series> run(Sweep.Plan plan, Sweep.Progress progress, BooleanSupplier cancel) {
        return of(Sweep.runDetailed(plan, progress, cancel).rows());
    }

    /** Groups sweep rows into one series per strategy, in the order strategies first appear. */
    public static List<Series> of(List<SweepResult> rows) {
        Map<String, List<Point>> byStrategy = new LinkedHashMap<>();
        for (SweepResult r : rows) {
            byStrategy.computeIfAbsent(r.strategy(), k -> new ArrayList<>()).add(new Point(r.budget(), r.meanSteps(),
                    r.meanTokens(), r.meanVerifierCalls(), r.accuracy().mean(), r.accuracy().low(), r.accuracy().high()));
        }
        List<Series> out = new ArrayList<>();
        byStrategy.forEach((s, points) -> {
            points.sort(Comparator.comparingInt(Point::budget));
            out.add(new Series(s, List.copyOf(points)));
        });
        return out;
    }
}
