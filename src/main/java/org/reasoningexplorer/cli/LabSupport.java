package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.reasoningexplorer.engine.lab.LabTable;
import org.reasoningexplorer.engine.lab.SampleDrawer;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.lab.SampleSetCodec;
import org.reasoningexplorer.engine.lab.SampleSetCsv;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.verify.NoiseModel;
import picocli.CommandLine;

/** What the lab commands share: drawing or loading samples, progress on stderr, cancelling, atomic output. */
final class LabSupport {
    /** Writes a body to a writer. */
    interface Body {
        void write(Writer w) throws IOException;
    }

    private LabSupport() {
    }

    /** A progress printer for stderr, at most once a second and at the end. */
    static Sweep.Progress progress(PrintWriter err, String label, String unit) {
        long start = System.nanoTime();
        long[] last = {0};
        return (done, total) -> {
            long now = System.nanoTime();
            synchronized (last) {
                if (done == total || now - last[0] > 1_000_000_000L) {
                    last[0] = now;
                    double secs = (now - start) / 1e9;
                    err.printf("[%s] %d/%d %s (%.0f%%), %.1f s elapsed, ~%.0f s left%n", label, done, total, unit,
                            100.0 * done / total, secs, secs / Math.max(1, done) * (total - done));
                    err.flush();
                }
            }
        };
    }

    /** Runs work that stops when the process is interrupted (Ctrl-C). */
    static <T> T cancellable(Function<BooleanSupplier, T> work) {
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> interrupted.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.apply(interrupted::get);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting; nothing to remove
            }
        }
    }

    /** Writes to stdout, or to {@code out} through a temporary file renamed at the end. */
    static void write(CommandLine.Model.CommandSpec spec, Path out, String what, Body body) {
        try {
            if (out == null) {
                body.write(spec.commandLine().getOut());
                return;
            }
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().printf("[lab] wrote %s to %s%n", what, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + (out == null ? "the output" : out) + ": " + e.getMessage(), e);
        }
    }

    /** Writes a lab table as the --format option says, to stdout or --out. */
    static void writeTable(CommandLine.Model.CommandSpec spec, LabOptions lab, LabTable table) {
        write(spec, lab.out, table.rows().size() + " rows", w -> {
            if (lab.format.equals("json")) {
                table.writeJson(w);
            } else {
                table.writeCsv(w);
            }
        });
    }

    /** Reads a sample set saved as JSON or CSV (told apart by the first character); bad files exit with 3. */
    static SampleSet readSamples(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1);
            int first = r.read();
            r.reset();
            return first == '{' ? SampleSetCodec.readJson(r, file.toString()) : SampleSetCsv.read(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new Cli.BadInputException("no such sample file: " + file, e);
        } catch (IOException e) {
            throw new Cli.BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new Cli.BadInputException(e.getMessage(), e);
        }
    }

    /** The options that a saved sample set fixes, so they may not be given beside --samples. */
    private static final List<String> FIXED_BY_SAMPLES = List.of("--puzzles", "--n", "--skill", "--temperature", "--slip",
            "--unfaithful", "--seed");

    /**
     * The sample set from --samples, or drawn for --puzzles with n chains each under the search
     * options (the ORM noise replaced by {@code orm} when not null).
     */
    static SampleSet samples(CommandLine.Model.CommandSpec spec, Path file, LabOptions lab, SearchOptions search, int n,
            NoiseModel orm, List<String> alsoFixed) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (file != null) {
            List<String> fixed = new ArrayList<>(FIXED_BY_SAMPLES);
            fixed.addAll(alsoFixed);
            for (String option : fixed) {
                if (parsed.hasMatchedOption(option)) {
                    throw new IllegalArgumentException(option + " cannot be combined with --samples: the sample file fixes it");
                }
            }
            return readSamples(file);
        }
        requireSampleCount(n);
        List<Puzzle> puzzles = PuzzleSets.parse(lab.puzzles);
        PuzzleSearch t = search.search(puzzles.get(0), "best-of-n", Map.of());
        if (orm != null) {
            t = new PuzzleSearch(t.puzzle(), t.strategyName(), t.options(), t.knobs(), orm,
                    t.prmNoise(), t.judgeNoise(), t.seed());
        }
        PuzzleSearch template = t;
        PrintWriter err = spec.commandLine().getErr();
        err.printf("[lab] drawing %d chains for each of %d problems%n", n, puzzles.size());
        return cancellable(cancel -> SampleDrawer.draw(puzzles, n, template, lab.threads,
                progress(err, "samples", "problems"), cancel));
    }

    /** The puzzles a sample set was drawn for, in order. */
    static List<Puzzle> puzzles(SampleSet set) {
        List<Puzzle> out = new ArrayList<>();
        set.problems().forEach(p -> out.add(Puzzle.parse(p.puzzle())));
        return out;
    }

    /** Validates --n. */
    static void requireSampleCount(int n) {
        if (n < 1 || n > SampleDrawer.MAX_SAMPLES) {
            throw new IllegalArgumentException("--n is " + n + "; expected 1 to " + SampleDrawer.MAX_SAMPLES);
        }
    }

    /** Validates a list of budgets, naming the option. */
    static void requireBudgets(String option, List<Integer> budgets) {
        for (int i = 0; i < budgets.size(); i++) {
            if (budgets.get(i) < 1) {
                throw new IllegalArgumentException(option + " contains " + budgets.get(i) + "; budgets must be at least 1");
            }
            if (i > 0 && budgets.get(i) <= budgets.get(i - 1)) {
                throw new IllegalArgumentException(option + " must increase, but " + budgets.get(i) + " follows "
                        + budgets.get(i - 1));
            }
        }
    }
}
