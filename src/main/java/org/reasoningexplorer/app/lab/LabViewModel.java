package org.reasoningexplorer.app.lab;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reasoningexplorer.app.i18n.Phrase;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reasoningexplorer.engine.lab.ComputeCurves;
import org.reasoningexplorer.engine.lab.DifficultyBins;
import org.reasoningexplorer.engine.lab.LabTable;
import org.reasoningexplorer.engine.lab.LabTables;
import org.reasoningexplorer.engine.lab.OverOptimisation;
import org.reasoningexplorer.engine.lab.ResampledCurves;
import org.reasoningexplorer.engine.lab.SampleDrawer;
import org.reasoningexplorer.engine.lab.SampleSet;
import org.reasoningexplorer.engine.lab.SkillBudgetGrid;
import org.reasoningexplorer.engine.puzzle.Game24Catalog;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.sweep.Sweep;
import org.reasoningexplorer.engine.verify.NoiseModel;

/**
 * The test-time compute lab: draws chains for a problem set on a background thread and computes the
 * accuracy/compute curves, the over-optimisation demo, the skill × budget grid and the difficulty bins
 * as the {@code lab} commands do, with small defaults so it finishes in seconds.
 */
public final class LabViewModel {
    /** Everything one computation produced, with the tables the CSV exports write. */
    public record Results(List<ResampledCurves.Point> curves, LabTable curvesTable, OverOptimisation.Result overopt,
                          LabTable overoptTable, SkillBudgetGrid.Result heatmap, LabTable heatmapTable,
                          DifficultyBins.Result bins, LabTable binsTable) {
    }

    /** A finished sweep: one series per strategy and the table the CSV export writes. */
    public record SweepResults(List<ComputeCurves.Series> series, LabTable table) {
    }

    /** The strategies the sweep tab offers, in display order; the first three are ticked by default. */
    public static final List<String> SWEEP_STRATEGIES = List.of("majority", "best-of-n", "beam", "mcts", "weighted-vote", "dvts");

    static final double[] SKILLS = {0, 1, 2, 3, 4};
    static final int[] BUDGETS = {1, 2, 4, 8, 16};
    static final double[] LEVELS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Executor background;
    private final Executor ui;
    private final StringProperty puzzles = new SimpleStringProperty(this, "puzzles", "game24:50");
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 32);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<Results> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyObjectWrapper<Phrase> status = new ReadOnlyObjectWrapper<>(this, "status", Phrase.NONE);
    private AtomicBoolean cancel = new AtomicBoolean();
    private final StringProperty sweepPuzzles = new SimpleStringProperty(this, "sweepPuzzles", "game24:30");
    private final StringProperty sweepBudgets = new SimpleStringProperty(this, "sweepBudgets", "1,4,16");
    private final Map<String, BooleanProperty> sweepChosen = new java.util.LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper sweepRunning = new ReadOnlyBooleanWrapper(this, "sweepRunning");
    private final ReadOnlyDoubleWrapper sweepProgress = new ReadOnlyDoubleWrapper(this, "sweepProgress");
    private final ReadOnlyObjectWrapper<SweepResults> sweepResults = new ReadOnlyObjectWrapper<>(this, "sweepResults");
    private final ReadOnlyObjectWrapper<Phrase> sweepStatus = new ReadOnlyObjectWrapper<>(this, "sweepStatus", Phrase.NONE);
    private AtomicBoolean sweepCancel = new AtomicBoolean();

    public LabViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        for (int i = 0; i < SWEEP_STRATEGIES.size(); i++) {
            sweepChosen.put(SWEEP_STRATEGIES.get(i), new SimpleBooleanProperty(this, SWEEP_STRATEGIES.get(i), i < 4));
        }
    }

    /** Parses budgets such as "1,4,16". */
    static List<Integer> parseBudgets(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int b;
            try {
                b = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a budget; expected whole numbers such as 1,4,16");
            }
            if (b < 1 || b > 1024) {
                throw new IllegalArgumentException("budget " + b + " is out of range; expected 1 to 1024");
            }
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no budgets; expected e.g. 1,4,16");
        }
        return out;
    }

    /**
     * Runs a sweep (every ticked strategy at every budget on the sweep's problem set) on a background
     * thread; a sweep in progress is cancelled first. The result is one accuracy-vs-compute series per strategy.
     */
    public void runSweep() {
        sweepCancel.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        sweepCancel = stop;
        String set = sweepPuzzles.get();
        String budgetText = sweepBudgets.get();
        List<String> strategies = new ArrayList<>();
        sweepChosen.forEach((k, v) -> {
            if (v.get()) {
                strategies.add(k);
            }
        });
        sweepRunning.set(true);
        sweepProgress.set(0);
        sweepStatus.set(Phrase.of("lab.sweep.running"));
        long start = System.nanoTime();
        background.execute(() -> {
            try {
                if (strategies.isEmpty()) {
                    throw new IllegalArgumentException("tick at least one strategy");
                }
                List<Puzzle> list = parsePuzzles(set);
                List<Integer> budgets = parseBudgets(budgetText);
                PuzzleSearch template = PuzzleSearch.of(list.get(0), strategies.get(0), Map.of(), 1);
                Sweep.Plan plan = new Sweep.Plan(list, strategies, budgets, Map.of(), template, THREADS);
                List<ComputeCurves.Series> series = ComputeCurves.run(plan, (done, total) -> {
                    double p = (double) done / Math.max(1, total);
                    ui.execute(() -> sweepProgress.set(p));
                }, stop::get);
                if (stop.get()) {
                    throw new CancellationException();
                }
                SweepResults r = new SweepResults(series, LabTables.sweep(series, list.size()));
                String seconds = String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
                ui.execute(() -> {
                    if (sweepCancel == stop) {
                        sweepResults.set(r);
                        finishSweep(Phrase.of("lab.sweep.done", seconds));
                    }
                });
            } catch (CancellationException e) {
                ui.execute(() -> finishSweep(Phrase.of("lab.cancelled")));
            } catch (RuntimeException e) {
                if (stop.get()) {
                    ui.execute(() -> finishSweep(Phrase.of("lab.cancelled")));
                } else {
                    ui.execute(() -> finishSweep(Phrase.of("lab.failed", String.valueOf(e.getMessage()))));
                }
            }
        });
    }

    private void finishSweep(Phrase p) {
        sweepRunning.set(false);
        sweepProgress.set(1);
        sweepStatus.set(p);
    }

    /** Stops a sweep in progress. */
    public void cancelSweep() {
        sweepCancel.set(true);
        if (sweepRunning.get()) {
            finishSweep(Phrase.of("lab.cancelled"));
        }
    }

    public StringProperty sweepPuzzlesProperty() {
        return sweepPuzzles;
    }

    public StringProperty sweepBudgetsProperty() {
        return sweepBudgets;
    }

    /** Whether a strategy of {@link #SWEEP_STRATEGIES} is in the sweep. */
    public BooleanProperty sweepStrategyProperty(String strategy) {
        BooleanProperty p = sweepChosen.get(strategy);
        if (p == null) {
            throw new IllegalArgumentException("the sweep offers no strategy '" + strategy + "'");
        }
        return p;
    }

    public ReadOnlyBooleanProperty sweepRunningProperty() {
        return sweepRunning.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sweepProgressProperty() {
        return sweepProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SweepResults> sweepResultsProperty() {
        return sweepResults.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> sweepStatusProperty() {
        return sweepStatus.getReadOnlyProperty();
    }

    /** Parses the problem set: game24:N (N spread over difficulty) or level:L (1..5). */
    static List<Puzzle> parsePuzzles(String text) {
        String t = text == null ? "" : text.trim();
        List<Game24Catalog.Entry> entries;
        if (t.startsWith("game24:")) {
            int n = Integer.parseInt(t.substring(7).trim());
            List<Game24Catalog.Entry> all = Game24Catalog.solvable();
            if (n < 2 || n > all.size()) {
                throw new IllegalArgumentException("game24:N needs N from 2 to " + all.size());
            }
            entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                entries.add(all.get((int) ((long) i * all.size() / n)));
            }
        } else if (t.startsWith("level:")) {
            entries = Game24Catalog.atLevel(Integer.parseInt(t.substring(6).trim()));
        } else {
            throw new IllegalArgumentException("'" + t + "': expected game24:N or level:L");
        }
        return entries.stream().map(Game24Catalog.Entry::puzzle).toList();
    }

    /** Starts drawing and computing; a computation in progress is cancelled first. */
    public void compute() {
        cancel.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        String set = puzzles.get();
        int n = samples.get();
        running.set(true);
        progress.set(0);
        status.set(Phrase.of("lab.running"));
        long start = System.nanoTime();
        background.execute(() -> {
            try {
                Results r = run(parsePuzzles(set), n, stop);
                String seconds = String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
                ui.execute(() -> {
                    if (cancel == stop) {
                        results.set(r);
                        finish(Phrase.of("lab.done", seconds));
                    }
                });
            } catch (CancellationException e) {
                ui.execute(() -> finish(Phrase.of("lab.cancelled")));
            } catch (RuntimeException e) {
                ui.execute(() -> finish(Phrase.of("lab.failed", String.valueOf(e.getMessage()))));
            }
        });
    }

    private Results run(List<Puzzle> list, int n, AtomicBoolean stop) {
        PuzzleSearch template = PuzzleSearch.of(list.get(0), "best-of-n", Map.of(), 1);
        SampleSet set = SampleDrawer.draw(list, n, template, THREADS, phase(0, 0.3), stop::get);
        List<ResampledCurves.Point> curves = ResampledCurves.compute(set, EnumSet.allOf(ResampledCurves.Method.class), 200,
                ResampledCurves.DEFAULT_SEED);
        PuzzleSearch misleading = new PuzzleSearch(template.puzzle(), template.strategyName(), template.options(),
                template.knobs(), NoiseModel.MISLEADING, template.prmNoise(), template.judgeNoise(), template.seed());
        SampleSet misled = SampleDrawer.draw(list, n, misleading, THREADS, phase(0.3, 0.2), stop::get);
        OverOptimisation.Result overopt = OverOptimisation.of(misled, NoiseModel.MISLEADING);
        List<Puzzle> few = list.subList(0, Math.min(list.size(), 24));
        SkillBudgetGrid.Plan plan = new SkillBudgetGrid.Plan(few, SKILLS, BUDGETS, ResampledCurves.Method.MAJORITY, template,
                LEVELS, 0.6, THREADS);
        SkillBudgetGrid.Result heatmap = SkillBudgetGrid.run(plan, phase(0.5, 0.3), stop::get);
        int bins = Math.min(3, set.size());
        Sweep.Plan sweep = new Sweep.Plan(list, new ArrayList<>(List.of("best-of-n", "beam", "majority")),
                new ArrayList<>(List.of(1, 4)), Map.of(), template, THREADS);
        DifficultyBins.Result binned = DifficultyBins.run(set, sweep, bins, phase(0.8, 0.2), stop::get);
        if (stop.get()) {
            throw new CancellationException();
        }
        return new Results(curves, LabTables.curves(set, curves, List.of()), overopt, LabTables.overOptimisation(overopt),
                heatmap, LabTables.heatmap(heatmap), binned, LabTables.bins(binned));
    }

    private Sweep.Progress phase(double from, double width) {
        return (done, total) -> {
            double p = from + width * done / Math.max(1, total);
            ui.execute(() -> progress.set(p));
        };
    }

    private void finish(Phrase p) {
        running.set(false);
        progress.set(1);
        status.set(p);
    }

    public void cancel() {
        cancel.set(true);
        if (running.get()) {
            finish(Phrase.of("lab.cancelled"));
        }
    }

    public StringProperty puzzlesProperty() {
        return puzzles;
    }

    public IntegerProperty samplesProperty() {
        return samples;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Results> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
