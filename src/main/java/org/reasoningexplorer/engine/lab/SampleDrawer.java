package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Draws a {@link SampleSet} with the embedded reasoner: for each problem one best-of-n search with
 * n chains scored by the ORM, in parallel over problems.
 *
 * <p>Every problem is searched with the template's seed; problems are still independent, because
 * a search's randomness is keyed to its root, the problem itself. Chains are keyed to their index,
 * so the i-th sample is the i-th chain that majority, weighted-vote and best-of-n draw at any
 * n &gt; i in a sweep with the same seed and knobs.
 */
public final class SampleDrawer {
    /** The largest number of samples per problem. */
    public static final int MAX_SAMPLES = 4096;

    private SampleDrawer() {
    }

    /**
     * Draws n samples for each puzzle. {@code template} supplies the knobs, the ORM's noise and the
     * seed (its puzzle and strategy are ignored). Progress counts problems; when {@code cancel}
     * turns true the drawing stops and a {@link CancellationException} is thrown.
     */
    public static SampleSet draw(List<Puzzle> puzzles, int n, PuzzleSearch template, int threads,
            Sweep.Progress progress, BooleanSupplier cancel) {
        if (puzzles == null || puzzles.isEmpty()) {
            throw new IllegalArgumentException("need at least one puzzle to draw samples for");
        }
        if (n < 1 || n > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples per problem n is " + n + "; expected 1 to " + MAX_SAMPLES);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; expected at least 1");
        }
        ProblemSamples[] out = new ProblemSamples[puzzles.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "samples");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int p = 0; p < puzzles.size(); p++) {
                final int pi = p;
                futures.add(pool.submit(() -> {
                    if (cancel != null && cancel.getAsBoolean()) {
                        return;
                    }
                    out[pi] = drawOne(puzzles.get(pi), n, template, cancel);
                    int d = done.incrementAndGet();
                    if (progress != null) {
                        progress.update(d, puzzles.size());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sample drawing interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        for (ProblemSamples s : out) {
            if (s == null) {
                throw new CancellationException("sample drawing cancelled after " + done.get() + " of "
                        + puzzles.size() + " problems");
            }
        }
        return new SampleSet(new SampleSet.Provenance(template.knobs(), template.ormNoise().describe(), template.seed()),
                List.of(out));
    }

    /** The samples of one puzzle, or null when cancelled before all n chains finished. */
    static ProblemSamples drawOne(Puzzle puzzle, int n, PuzzleSearch template, BooleanSupplier cancel) {
        PuzzleSearch s = new PuzzleSearch(puzzle, "best-of-n", Map.of("n", Integer.toString(n), "scorer", "orm"),
                template.knobs(), template.ormNoise(), template.prmNoise(), template.judgeNoise(),
                template.seed());
        TraceTree tree = s.run(null, cancel);
        if (tree.answers().size() != n) {
            if (cancel != null && cancel.getAsBoolean()) {
                return null;
            }
            throw new IllegalStateException("drew " + tree.answers().size() + " finished chains for " + puzzle.text()
                    + "; expected " + n);
        }
        return ProblemSamples.fromTree(label(puzzle), tree);
    }

    /** A puzzle as "numbers -> target", which Puzzle.parse reads back with the same rules. */
    public static String label(Puzzle puzzle) {
        return puzzle.numbersText() + " -> " + puzzle.target();
    }
}
