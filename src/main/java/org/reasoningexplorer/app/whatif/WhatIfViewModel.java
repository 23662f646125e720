package org.reasoningexplorer.app.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.GenerationCache;
import org.reasoningexplorer.engine.search.ScoreOverrides;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;
import org.reasoningexplorer.engine.verify.NoiseModel;
import org.reasoningexplorer.engine.verify.PrmAggregation;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.Counterfactual;
import org.reasoningexplorer.engine.whatif.EditHistory;
import org.reasoningexplorer.engine.whatif.Overlay;
import org.reasoningexplorer.engine.whatif.Reselection;
import org.reasoningexplorer.engine.whatif.Rescoring;
import org.reasoningexplorer.engine.whatif.ScoreEdit;

/**
 * What-if state for the open trace: the selected node's scores and their edits (with undo and redo,
 * saved to the overlay beside the trace), the recomputed choice for selection-only strategies and the
 * counterfactual re-run for search strategies. Wires the engine exactly as the {@code whatif} command does.
 */
public final class WhatIfViewModel {
    /** One score of the selected node: its value in the trace and the value in force. */
    public record ScoreRow(ScoreKind kind, double original, double value, boolean edited) {
        /** The slider's upper end: ToT values run to 60 ("sure"), every other score is a probability. */
        public double max() {
            return kind == ScoreKind.VALUE ? 60.0 : 1.0;
        }
    }

    /** The verifier-noise choice for whole-trace rescoring; TRACE keeps the trace's own scores. */
    public enum Noise {
        TRACE, PERFECT, GOOD, MEDIOCRE, MISLEADING;

        NoiseModel model() {
            return NoiseModel.parse(name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The PRM aggregation choice; TRACE keeps the strategy's own scorer. */
    public enum Aggregation { TRACE, LAST, MIN, PRODUCT, MEAN }

    /** A finished re-run: the engine's result, the original tree and where the counterfactual was written. */
    public record Rerun(Counterfactual.Result result, TraceTree original, Path file) {
    }

    private final ObservableValue<TraceDocument> document;
    private final IntegerProperty selection;
    private final Executor background;
    private final Executor ui;
    private final EditHistory history = new EditHistory();
    private final ObservableList<ScoreRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Reselection.Choice> before = new ReadOnlyObjectWrapper<>(this, "before");
    private final ReadOnlyObjectWrapper<Reselection.Choice> after = new ReadOnlyObjectWrapper<>(this, "after");
    private final ObjectProperty<Noise> noise = new SimpleObjectProperty<>(this, "noise", Noise.TRACE);
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(this, "aggregation", Aggregation.TRACE);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper selectionOnly = new ReadOnlyBooleanWrapper(this, "selectionOnly");
    private final ReadOnlyBooleanWrapper canRerun = new ReadOnlyBooleanWrapper(this, "canRerun");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<Overlay.Loaded> pendingOverlay = new ReadOnlyObjectWrapper<>(this, "pendingOverlay");
    private final ReadOnlyObjectWrapper<Rerun> rerun = new ReadOnlyObjectWrapper<>(this, "rerun");
    private final ReadOnlyObjectWrapper<Phrase> message = new ReadOnlyObjectWrapper<>(this, "message", Phrase.NONE);
    private TraceDocument doc;
    private TraceTree tree;
    private PuzzleSearch search;
    private boolean modelTrace;
    private java.util.function.Supplier<String> apiKey = LlmSettings::keyFromEnvironment;
    private Reselection reselection;
    private AtomicBoolean cancel = new AtomicBoolean();
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(this, "active", true);
    /** A big trace waiting to be prepared until the tab is shown. */
    private TraceDocument unprepared;
    private boolean rerunWhenReady;
    /** The whole trace rescored at each noise level asked for (scores only, edits applied on top). */
    private final java.util.Map<Noise, ChainTable.Edits> rescored = new java.util.EnumMap<>(Noise.class);
    private final java.util.Set<Noise> rescoring = java.util.EnumSet.noneOf(Noise.class);

    public WhatIfViewModel(ObservableValue<TraceDocument> document, IntegerProperty selection, Executor background, Executor ui) {
        this.document = document;
        this.selection = selection;
        this.background = background;
        this.ui = ui;
        document.addListener((o, a, d) -> load(d));
        selection.addListener((o, a, b) -> refreshRows());
        noise.addListener((o, a, b) -> recompute());
        aggregation.addListener((o, a, b) -> recompute());
        active.addListener((o, was, now) -> {
            if (now && unprepared != null && unprepared == doc) {
                prepareInBackground(unprepared);
            }
        });
        load(document.getValue());
    }

    /**
     * Whether the what-if tab is in use. A big trace (one whose events stay in its file) is prepared
     * only once it is: preparing folds the whole trace again, which would otherwise compete with
     * opening it for memory and cores. Small traces are prepared at once.
     */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    /** What opening a trace prepares off the FX thread: the folded tree, the search and the re-selection. */
    private record Prepared(TraceTree tree, PuzzleSearch search, boolean modelTrace, Reselection reselection, Overlay.Loaded overlay,
                            Phrase problem) {
    }

    /**
     * Where a model run's re-run gets its API key (read on the FX thread when the re-run starts):
     * by default the environment; the app passes its in-memory model-server setting. Never from the trace.
     */
    public void setApiKeySource(java.util.function.Supplier<String> source) {
        apiKey = source == null ? LlmSettings::keyFromEnvironment : source;
    }

    private void load(TraceDocument d) {
        cancel.set(true);
        doc = d;
        rescored.clear();
        rescoring.clear();
        tree = null;
        search = null;
        modelTrace = false;
        reselection = null;
        history.reset(List.of());
        pendingOverlay.set(null);
        rerun.set(null);
        message.set(Phrase.NONE);
        noise.set(Noise.TRACE);
        aggregation.set(Aggregation.TRACE);
        selectionOnly.set(false);
        canRerun.set(false);
        refreshRows();
        recompute();
        unprepared = null;
        rerunWhenReady = false;
        if (d == null) {
            return;
        }
        if (d.keepsEventsInFile() && !active.get()) {
            unprepared = d;
            return;
        }
        prepareInBackground(d);
    }

    private void prepareInBackground(TraceDocument d) {
        unprepared = null;
        background.execute(() -> {
            Prepared p = prepare(d);
            ui.execute(() -> {
                if (doc == d) {
                    apply(p);
                }
            });
        });
    }

    private static Prepared prepare(TraceDocument d) {
        TraceTree t = org.reasoningexplorer.engine.trace.EventFile.newTreeFor(d.events());
        d.events().forEach(t::apply);
        PuzzleSearch s;
        try {
            s = PuzzleSearch.fromHeader(d.header());
        } catch (RuntimeException e) {
            s = null; // not an embedded-reasoner trace: edits re-select but cannot rescore
        }
        boolean model = false;
        if (s == null) {
            try {
                LlmSearch.fromHeader(d.header(), null); // a model run's trace re-runs from its response journal
                model = true;
            } catch (RuntimeException e) {
                model = false;
            }
        }
        Reselection r = Reselection.isSelectionOnly(d.header().strategyName()) ? new Reselection(d.header(), new ChainTable(t)) : null;
        Overlay.Loaded overlay = null;
        Phrase problem = Phrase.NONE;
        if (d.file() != null) {
            try {
                Overlay.Loaded l = Overlay.load(d.file());
                overlay = l != null && !l.edits().isEmpty() ? l : null;
            } catch (IOException | RuntimeException e) {
                problem = Phrase.of("whatif.overlay.unreadable", String.valueOf(e.getMessage()));
            }
        }
        return new Prepared(t, s, model, r, overlay, problem);
    }

    private void apply(Prepared p) {
        tree = p.tree();
        search = p.search();
        modelTrace = p.modelTrace();
        reselection = p.reselection();
        pendingOverlay.set(p.overlay());
        message.set(p.problem());
        selectionOnly.set(reselection != null);
        canRerun.set(search != null || modelTrace);
        refreshRows();
        recompute();
        if (rerunWhenReady) {
            rerunWhenReady = false;
            rerun();
        }
    }

    /** Re-applies the edits of the overlay found beside the trace. */
    public void applyOverlay() {
        Overlay.Loaded l = pendingOverlay.get();
        if (l == null) {
            return;
        }
        List<ScoreEdit> fitting = new ArrayList<>();
        for (ScoreEdit e : l.edits()) {
            if (e.node() > 0 && e.node() < tree.size() && tree.key(e.node()).equals(e.key())) {
                fitting.add(e);
            }
        }
        history.reset(fitting);
        pendingOverlay.set(null);
        message.set(fitting.size() == l.edits().size() ? Phrase.of("whatif.overlay.applied", fitting.size())
                : Phrase.of("whatif.overlay.partial", fitting.size(), l.edits().size()));
        changed(false);
    }

    /** Ignores the overlay found beside the trace (it stays on disk until the next edit). */
    public void dismissOverlay() {
        pendingOverlay.set(null);
    }

    /** Sets one score of the selected node; a value equal to the one in force changes nothing. */
    public void setScore(ScoreKind kind, double value) {
        int node = selection.get();
        if (tree == null || node <= 0 || node >= tree.size() || Double.isNaN(value)) {
            return;
        }
        double current = history.byNode().value(node, kind, tree.latestScore(node, kind));
        if (Math.abs(current - value) < 1e-12) {
            return;
        }
        history.apply(new ScoreEdit(node, tree.key(node), kind, tree.latestScore(node, kind), value));
        pendingOverlay.set(null);
        changed(true);
    }

    /** Gives the selected node's score the value a perfect verifier gives a correct step. */
    public void markCorrect(ScoreKind kind) {
        setScore(kind, kind == ScoreKind.VALUE ? 60.0 : 1.0);
    }

    /** Gives the selected node's score the value a perfect verifier gives a wrong step. */
    public void markWrong(ScoreKind kind) {
        setScore(kind, kind == ScoreKind.VALUE ? 0.003 : 0.0);
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            changed(true);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            changed(true);
        }
    }

    private void changed(boolean save) {
        if (save && doc != null && doc.file() != null) {
            try {
                Overlay.save(doc.file(), history.edits());
            } catch (IOException | RuntimeException e) {
                message.set(Phrase.of("whatif.overlay.failed", e.getMessage()));
            }
        }
        refreshRows();
        recompute();
    }

    private void refreshRows() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        List<ScoreRow> list = new ArrayList<>();
        int node = selection.get();
        if (tree != null && node > 0 && node < tree.size()) {
            Set<ScoreKind> kinds = new LinkedHashSet<>();
            for (TraceTree.ScoreEntry s : tree.scores(node)) {
                if (s.kind() != ScoreKind.AGGREGATE) {
                    kinds.add(s.kind());
                }
            }
            ChainTable.Edits edits = history.byNode();
            for (ScoreKind k : kinds) {
                double original = tree.latestScore(node, k);
                double value = edits.value(node, k, original);
                list.add(new ScoreRow(k, original, value, value != original));
            }
        }
        rows.setAll(list);
    }

    private void recompute() {
        if (reselection == null) {
            before.set(null);
            after.set(null);
            return;
        }
        ChainTable.Edits scores = history.byNode();
        if (noise.get() != Noise.TRACE && search != null) {
            ChainTable.Edits base = rescored.get(noise.get());
            if (base == null) {
                rescoreInBackground(noise.get());
                return;
            }
            scores = base;
            for (ScoreEdit e : history.edits()) {
                scores = scores.with(e.node(), e.kind(), e.value());
            }
        }
        PrmAggregation agg = aggregation.get() == Aggregation.TRACE ? reselection.aggregation()
                : PrmAggregation.valueOf(aggregation.get().name());
        before.set(reselection.choose(ChainTable.Edits.NONE));
        after.set(reselection.choose(scores, agg));
    }

    /**
     * Rescores the whole trace at another noise level off the FX thread (every chain of a big sample
     * set is read again), then shows the choice; the result is kept for that level while the trace is open.
     */
    private void rescoreInBackground(Noise level) {
        if (rescoring.contains(level)) {
            return;
        }
        rescoring.add(level);
        message.set(Phrase.of("whatif.rescoring"));
        PuzzleSearch s = search;
        TraceTree t = tree;
        TraceDocument d = doc;
        background.execute(() -> {
            NoiseModel model = level.model();
            ChainTable.Edits done = Rescoring.rescore(s, t, model, model);
            ui.execute(() -> {
                if (doc != d) {
                    return;
                }
                rescoring.remove(level);
                rescored.put(level, done);
                message.set(Phrase.NONE);
                recompute();
            });
        });
    }

    /**
     * Re-runs the search with the edits on a background thread, writing {@code <name>.whatif.trace.jsonl} beside the trace.
     * A model run's generations are replayed from a copy of its journal ({@code <trace>.responses.jsonl}, copied to
     * {@code <name>.whatif.trace.jsonl.responses.jsonl}; the original is not touched), so only new branches reach the server.
     */
    public void rerun() {
        if (tree == null && doc != null && !running.get()) {
            // Still being prepared (a big trace prepares once the tab is shown): re-run when ready.
            rerunWhenReady = true;
            return;
        }
        if ((search == null && !modelTrace) || running.get()) {
            return;
        }
        LlmSearch model = null;
        if (search == null) {
            try {
                model = LlmSearch.fromHeader(doc.header(), apiKey.get());
            } catch (RuntimeException e) {
                message.set(Phrase.of("whatif.rerun.failed", String.valueOf(e.getMessage())));
                return;
            }
        }
        LlmSearch llm = model;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        PuzzleSearch s = search;
        TraceTree original = tree;
        List<TraceEvent> events = doc.events();
        Path file = doc.file();
        ScoreOverrides edits = history.byKey();
        running.set(true);
        progress.set(0);
        message.set(Phrase.of("whatif.rerun.running"));
        background.execute(() -> {
            try {
                AtomicInteger seen = new AtomicInteger();
                double total = Math.max(1, events.size());
                String name = file == null ? "trace" : file.getFileName().toString();
                Path target = file == null ? null : file.resolveSibling(name.replace(".trace.jsonl", "") + ".whatif.trace.jsonl");
                java.util.function.Consumer<TraceEvent> tick = e -> {
                    int n = seen.incrementAndGet();
                    if (n % 25 == 0) {
                        ui.execute(() -> progress.set(Math.min(0.99, n / total)));
                    }
                };
                Counterfactual.Result r;
                if (llm != null) {
                    Path source = file == null ? null : file.resolveSibling(name + ".responses.jsonl");
                    try (ResponseJournal journal = target == null ? ResponseJournal.loadInMemory(source)
                            : ResponseJournal.openCopy(source, target.resolveSibling(target.getFileName() + ".responses.jsonl"))) {
                        r = Counterfactual.run(llm, events, original, edits, journal, name, tick, stop::get);
                    } catch (RuntimeException e) {
                        if (stop.get()) {
                            ui.execute(() -> finish(null, Phrase.of("whatif.rerun.cancelled")));
                            return;
                        }
                        throw e;
                    }
                } else {
                    GenerationCache cache = new GenerationCache();
                    s.run(e -> { }, stop::get, ScoreOverrides.NONE, cache);
                    r = Counterfactual.run(s, events, original, edits, cache, name, tick, stop::get);
                }
                if (stop.get()) {
                    ui.execute(() -> finish(null, Phrase.of("whatif.rerun.cancelled")));
                    return;
                }
                if (target != null) {
                    TraceWriter.writeAtomically(target, r.header(), r.events());
                }
                Rerun done = new Rerun(r, original, target);
                ui.execute(() -> {
                    if (!stop.get()) {
                        finish(done, Phrase.of("whatif.rerun.done", r.diff().summary()));
                    }
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> finish(null, Phrase.of("whatif.rerun.failed", String.valueOf(e.getMessage()))));
            }
        });
    }

    private void finish(Rerun r, Phrase p) {
        running.set(false);
        progress.set(r == null ? 0 : 1);
        if (r != null) {
            rerun.set(r);
        }
        message.set(p);
    }

    /** Stops a re-run in progress. */
    public void cancelRerun() {
        cancel.set(true);
    }

    public ObservableList<ScoreRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public List<ScoreEdit> edits() {
        return history.edits();
    }

    /** The trace's own choice. */
    public ReadOnlyObjectProperty<Reselection.Choice> beforeProperty() {
        return before.getReadOnlyProperty();
    }

    /** The choice with the edits and the rescoring in force. */
    public ReadOnlyObjectProperty<Reselection.Choice> afterProperty() {
        return after.getReadOnlyProperty();
    }

    public ObjectProperty<Noise> noiseProperty() {
        return noise;
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether the open trace's strategy only selects among finished chains (its choice is recomputed at once). */
    public ReadOnlyBooleanProperty selectionOnlyProperty() {
        return selectionOnly.getReadOnlyProperty();
    }

    /** Whether the trace can be re-run (made by the embedded reasoner). */
    public ReadOnlyBooleanProperty canRerunProperty() {
        return canRerun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** An overlay found beside the opened trace, waiting to be re-applied or dismissed. */
    public ReadOnlyObjectProperty<Overlay.Loaded> pendingOverlayProperty() {
        return pendingOverlay.getReadOnlyProperty();
    }

    /** The latest finished re-run. */
    public ReadOnlyObjectProperty<Rerun> rerunProperty() {
        return rerun.getReadOnlyProperty();
    }

    /** The latest message about the overlay or the re-run. */
    public ReadOnlyObjectProperty<Phrase> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public IntegerProperty selectionProperty() {
        return selection;
    }

    /** The full trace tree the edits refer to, or null. */
    public TraceTree tree() {
        return tree;
    }
}
