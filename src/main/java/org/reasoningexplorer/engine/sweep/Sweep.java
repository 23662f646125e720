package org.reasoningexplorer.engine.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.reasoningexplorer.engine.metrics.Bootstrap;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Runs strategies × budgets × problems on the embedded reasoner, in parallel over problems, and
 * reduces the runs to a table of accuracy against compute with bootstrap confidence intervals.
 */
public final class Sweep {
    /** Receives progress: runs done and runs in all. */
    public interface Progress {
        void update(int done, int total);
    }

    /** What to sweep. {@code template} supplies knobs, verifier noise and the seed; its puzzle and strategy are ignored. */
    public record Plan(List<Puzzle> puzzles, List<String> strategies, List<Integer> budgets,
                       Map<String, Map<String, String>> extraOptions, PuzzleSearch template, int threads) {
        public Plan {
            if (puzzles.isEmpty() || strategies.isEmpty() || budgets.isEmpty()) {
                throw new IllegalArgumentException("a sweep needs at least one puzzle, one strategy and one budget");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads is " + threads + "; expected at least 1");
            }
        }
    }

    private record Cell(String strategy, int budget) {
    }

    private record Outcome(boolean correct, long steps, long tokens, long calls, int answers, int correctAnswers) {
    }

    /**
     * One problem's outcome in one cell: whether the final answer was correct and the compute spent.
     *
     * @param problem the problem's index in {@link Plan#puzzles()}
     */
    public record ProblemOutcome(String strategy, int budget, int problem, boolean correct, long steps, long tokens,
                                 long verifierCalls) {
    }

    /** The table rows together with every per-problem outcome behind them (cells cancelled before running are absent). */
    public record Detailed(List<SweepResult> rows, List<ProblemOutcome> outcomes) {
    }

    private Sweep() {
    }

    /** Runs the plan and reduces it to one row per strategy and budget. */
    public static List<SweepResult> run(Plan plan, Progress progress, BooleanSupplier cancel) {
        return runDetailed(plan, progress, cancel).rows();
    }

    /**
     * As {@link #run}, also returning each problem's outcome, e.g. to group problems by difficulty.
     * Problems are independent although they share the seed: a search's randomness is keyed to its
     * root, which is the problem itself.
     */
    public static Detailed runDetailed(Plan plan, Progress progress, BooleanSupplier cancel) {
        List<Cell> cells = new ArrayList<>();
        for (String s : plan.strategies()) {
            PuzzleSearch.of(plan.puzzles().get(0), s, Budgets.options(s, plan.budgets().get(0),
                    plan.extraOptions().get(s)), 0).strategy();
            for (int b : plan.budgets()) {
                cells.add(new Cell(s, b));
                if (Budgets.isFixed(s)) {
                    break;
                }
            }
        }
        int total = cells.size() * plan.puzzles().size();
        Outcome[][] outcomes = new Outcome[cells.size()][plan.puzzles().size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int p = 0; p < plan.puzzles().size(); p++) {
                final int pi = p;
                futures.add(pool.submit(() -> {
                    for (int c = 0; c < cells.size(); c++) {
                        if (cancel != null && cancel.getAsBoolean()) {
                            return;
                        }
                        Puzzle puzzle = plan.puzzles().get(pi);
                        long seed = plan.template().seed();
                        outcomes[c][pi] = runOne(plan, cells.get(c), puzzle, seed);
                        int d = done.incrementAndGet();
                        if (progress != null) {
                            progress.update(d, total);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<SweepResult> rows = new ArrayList<>();
        List<ProblemOutcome> perProblem = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            rows.add(reduce(cells.get(c), outcomes[c]));
            for (int p = 0; p < outcomes[c].length; p++) {
                Outcome o = outcomes[c][p];
                if (o != null) {
                    perProblem.add(new ProblemOutcome(cells.get(c).strategy(), cells.get(c).budget(), p, o.correct(),
                            o.steps(), o.tokens(), o.calls()));
                }
            }
        }
        return new Detailed(rows, List.copyOf(perProblem));
    }

    private static Outcome runOne(Plan plan, Cell cell, Puzzle puzzle, long seed) {
        PuzzleSearch t = plan.template();
        PuzzleSearch s = new PuzzleSearch(puzzle, cell.strategy(), Budgets.options(cell.strategy(), cell.budget(),
                plan.extraOptions().get(cell.strategy())), t.knobs(), t.ormNoise(), t.prmNoise(), t.judgeNoise(), seed);
        TraceTree tree = s.run(null, null);
        int answers = 0;
        int right = 0;
        for (TraceTree.Answer a : tree.answers().values()) {
            answers++;
            right += a.correct() ? 1 : 0;
        }
        boolean ok = tree.selection() != null && tree.selection().correct();
        return new Outcome(ok, tree.compute().steps(), tree.compute().tokens(), tree.compute().verifierCalls(), answers, right);
    }

    private static SweepResult reduce(Cell cell, Outcome[] outs) {
        List<Double> acc = new ArrayList<>();
        double steps = 0;
        double tokens = 0;
        double calls = 0;
        double pass1 = 0;
        double passN = 0;
        boolean samples = cell.strategy().equals("majority") || cell.strategy().equals("weighted-vote")
                || cell.strategy().equals("best-of-n") || cell.strategy().equals("cot");
        for (Outcome o : outs) {
            if (o == null) {
                continue;
            }
            acc.add(o.correct() ? 1.0 : 0.0);
            steps += o.steps();
            tokens += o.tokens();
            calls += o.calls();
            if (o.answers() > 0) {
                pass1 += o.correctAnswers() / (double) o.answers();
                passN += o.correctAnswers() > 0 ? 1 : 0;
            }
        }
        int n = acc.size();
        if (n == 0) {
            throw new IllegalStateException("the sweep was cancelled before " + cell.strategy() + " ran");
        }
        double[] values = acc.stream().mapToDouble(Double::doubleValue).toArray();
        return new SweepResult(cell.strategy(), cell.budget(), n, Bootstrap.meanInterval(values, 0.95, 2000, 17),
                samples ? pass1 / n : Double.NaN, samples ? passN / n : Double.NaN, steps / n, tokens / n, calls / n);
    }
}
