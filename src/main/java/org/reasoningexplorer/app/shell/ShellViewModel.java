package org.reasoningexplorer.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.answers.AnswersViewModel;
import org.reasoningexplorer.app.find.FindViewModel;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.inspector.InspectorViewModel;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.open.LoadOutcome;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.open.TraceOpener;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.app.run.LiveRunViewModel;
import org.reasoningexplorer.app.run.RunDialogViewModel;
import org.reasoningexplorer.app.run.RunRequest;
import org.reasoningexplorer.app.settings.Settings;
import org.reasoningexplorer.app.settings.SettingsStore;
import org.reasoningexplorer.app.settings.SettingsViewModel;
import org.reasoningexplorer.app.theme.Theme;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.verify.NoiseModel;

/**
 * The main window's state: the trace shown and how it is replayed, the selection, what the tree view
 * colours and highlights, the task in progress (opening a file or running a search), the status
 * line, notices for dialogs, and the settings that persist (theme, language, recent files).
 */
public final class ShellViewModel {
    /** The puzzle the start-up demo searches. */
    public static final String DEMO_PUZZLE = "4 9 10 13";
    /** The start-up demo's MCTS iterations. */
    public static final int DEMO_ITERATIONS = 150;

    private final Messages messages;
    private final SettingsViewModel settings;
    private final Supplier<Path> runsDirectory;
    private final Executor background;
    private final Executor ui;
    private final ReplayViewModel replay;
    private final IntegerProperty selection = new SimpleIntegerProperty(this, "selection", -1);
    private final TraceLoader loader;
    private final ObjectProperty<int[]> answerChains = new SimpleObjectProperty<>(this, "answerChains", new int[0]);
    private final InspectorViewModel inspector;
    private final AnswersViewModel answers;
    private final FindViewModel find;
    private final TraceOpener opener;
    private final LiveRunViewModel runs;
    private final TreeViewState treeView;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty findShown = new SimpleBooleanProperty(this, "findShown");
    private final ReadOnlyObjectWrapper<Phrase> status = new ReadOnlyObjectWrapper<>(this, "status", Phrase.NONE);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /**
     * @param io writes the settings file, one write at a time
     * @param background reads traces and folds long jumps
     * @param ui runs results on the UI thread
     * @param runsDirectory where searches started here are saved
     */
    public ShellViewModel(Messages messages, SettingsStore store, Settings initial, TraceLoader loader, Executor io,
                          Executor background, Executor ui, Supplier<Path> runsDirectory) {
        this.messages = messages;
        this.settings = new SettingsViewModel(store, initial, io, ui, p -> status.set(p));
        this.background = background;
        this.ui = ui;
        this.runsDirectory = runsDirectory;
        replay = new ReplayViewModel(background, ui);
        inspector = new InspectorViewModel(replay, selection);
        answers = new AnswersViewModel(replay, answerChains);
        find = new FindViewModel(replay, selection);
        find.searchTextsOn(background, ui);
        treeView = new TreeViewState(replay, answerChains, find.matchesProperty(), findShown);
        this.loader = loader;
        opener = new TraceOpener(loader, background, ui, new OpenerEvents());
        runs = new LiveRunViewModel(replay, ui, new RunEvents());
        theme.set(Theme.fromTag(initial.theme()));
        theme.addListener((o, a, b) -> settings.update(s -> s.withTheme(b.tag())));
        messages.languageProperty().addListener((o, a, b) -> settings.update(s -> s.withLanguage(b.tag())));
        replay.documentProperty().addListener((o, a, b) -> selection.set(-1));
    }

    /** Opens a trace file in the background; the trace shown stays until the new one is read. */
    public void open(Path file) {
        runs.cancel();
        opener.open(file);
    }

    /** Runs a search from the run dialog. */
    public void startRun(RunRequest request) {
        opener.cancel();
        runs.start(request);
    }

    /** The start-up demo: a live, paced MCTS (PUCT) on a Game-of-24 puzzle, saved under the runs folder. */
    public void startDemo() {
        PuzzleSearch search = new PuzzleSearch(Puzzle.parse(DEMO_PUZZLE), "mcts",
                Map.of("iterations", Integer.toString(DEMO_ITERATIONS), "policy", "puct"),
                PolicyKnobs.DEFAULTS, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, NoiseModel.MEDIOCRE, 1);
        Path out = runsDirectory.get().resolve("demo-mcts-" + search.puzzle().id().replaceAll("[^A-Za-z0-9_-]+", "-")
                + "-" + System.currentTimeMillis() + ".trace.jsonl");
        startRun(new RunRequest(search, out, true));
    }

    /** A fresh form for the run dialog. */
    public RunDialogViewModel newRunDialog() {
        return new RunDialogViewModel(background, ui, runsDirectory);
    }

    /** Stops the file being read or the search running. */
    public void cancelTask() {
        opener.cancel();
        runs.cancel();
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** Switches to the next language: English → 简体中文 → 繁體中文 → English. */
    public void cycleLanguage() {
        Language[] all = Language.values();
        messages.languageProperty().set(all[(messages.language().ordinal() + 1) % all.length]);
    }

    public void setLanguage(Language l) {
        messages.languageProperty().set(l);
    }

    /** Remembers the window's size for the next session. */
    public void rememberWindow(double width, double height, boolean maximized) {
        settings.update(s -> s.withWindow(width, height, maximized));
    }

    /** The folder file dialogs start in (the last one used), or null. */
    public Path lastDirectory() {
        return settings.lastDirectory();
    }

    public void rememberDirectory(Path dir) {
        if (dir != null) {
            settings.update(s -> s.withLastDirectory(dir.toAbsolutePath().toString()));
        }
    }

    /** The settings in force and the recent files. */
    public SettingsViewModel settings() {
        return settings;
    }

    /** Shows a message in the status line (e.g. an export's outcome). */
    public void report(Phrase p) {
        status.set(p);
    }

    private void publishNotice(Notice n) {
        notice.set(null);
        notice.set(n);
    }

    /** Receives what happens while opening files. */
    private final class OpenerEvents implements TraceOpener.Listener {
        @Override
        public void opened(LoadOutcome.Loaded loaded) {
            show(loaded);
            Path f = loaded.document().file();
            settings.update(s -> s.withRecent(f.toAbsolutePath().toString()));
            status.set(Phrase.of("status.opened", f.getFileName(), loaded.document().events().size()));
        }

        @Override
        public void notice(Notice n) {
            publishNotice(n);
        }

        @Override
        public void status(Phrase p) {
            status.set(p);
        }

        @Override
        public void missing(Path file) {
            settings.update(s -> s.withoutRecent(file.toAbsolutePath().toString()));
        }
    }

    /** Receives what happens while a search runs. */
    private final class RunEvents implements LiveRunViewModel.Listener {
        @Override
        public void status(Phrase p) {
            status.set(p);
        }

        @Override
        public void notice(Notice n) {
            publishNotice(n);
        }

        @Override
        public void saved(Path file) {
            settings.update(s -> s.withRecent(file.toAbsolutePath().toString()));
            moveRunToFile(file);
        }
    }

    /** Shows a trace the loader read: its answer tally first, so the view swaps once. */
    private void show(LoadOutcome.Loaded loaded) {
        answers.adopt(loaded.answers());
        replay.open(loaded.document(), loaded.folded(), loaded.snapshot());
    }

    /**
     * A search run here keeps its events in memory while it runs. Once a big one is saved, its trace is
     * read from the file as an opened one would be (events and step texts left in the file), in the
     * background, and takes the place of the one in memory, keeping the event shown and the selection.
     * Nothing is lost if it does not: the trace in memory stays. What-if edits are kept beside the file
     * and offered again, as when the file is opened.
     */
    private void moveRunToFile(Path file) {
        TraceDocument shown = replay.documentProperty().get();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            return;
        }
        if (shown == null || shown.keepsEventsInFile() || !file.equals(shown.file()) || !loader.keepsInFile(size)) {
            return;
        }
        background.execute(() -> {
            LoadOutcome o = loader.load(file, done -> { }, () -> false);
            ui.execute(() -> {
                if (!(o instanceof LoadOutcome.Loaded l) || replay.documentProperty().get() != shown || replay.liveProperty().get()
                        || l.document().truncated() || l.document().events().size() != shown.events().size()) {
                    return;
                }
                // Quietly: the status line keeps the run's outcome.
                int position = replay.positionProperty().get();
                int selected = selection.get();
                show(l);
                if (position != replay.totalProperty().get()) {
                    replay.jumpTo(position);
                }
                selection.set(selected);
            });
        });
    }

    /** The tree of a trace being opened, read so far (null when none is being opened or nothing is read yet). */
    public javafx.beans.property.ReadOnlyObjectProperty<org.reasoningexplorer.app.tree.TreeModel> openingPreviewProperty() {
        return opener.previewProperty();
    }

    public Messages messages() {
        return messages;
    }

    public ReplayViewModel replay() {
        return replay;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public AnswersViewModel answers() {
        return answers;
    }

    public FindViewModel find() {
        return find;
    }

    /** What the tree view shows besides the tree: colours, highlights, the phase. */
    public TreeViewState treeView() {
        return treeView;
    }

    public LiveRunViewModel runs() {
        return runs;
    }

    /** The selected node, -1 for none; shared by the tree view, inspector and find bar. */
    public IntegerProperty selectionProperty() {
        return selection;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty findShownProperty() {
        return findShown;
    }

    /** The latest message for the status line. */
    public ReadOnlyObjectProperty<Phrase> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The latest notice to show in a dialog (set anew for each one). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Recent trace files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return settings.recentFiles();
    }

    /** Whether a file is being read or a search is running. */
    public BooleanBinding busyBinding() {
        return opener.loadingProperty().or(runs.runningProperty());
    }

    /** Progress of the task in progress, 0 to 1. */
    public DoubleBinding taskProgressBinding() {
        return Bindings.createDoubleBinding(() -> opener.loadingProperty().get() ? opener.progressProperty().get()
                : runs.budgetProperty().get(), opener.loadingProperty(), opener.progressProperty(), runs.budgetProperty());
    }

    /** What the task in progress is, for the status bar. */
    public javafx.beans.binding.ObjectBinding<Phrase> taskLabelBinding() {
        return Bindings.createObjectBinding(() -> opener.loadingProperty().get() ? Phrase.of("task.opening")
                : runs.runningProperty().get() ? Phrase.of("task.running") : Phrase.NONE,
                opener.loadingProperty(), runs.runningProperty());
    }

    /** The window title. */
    public javafx.beans.binding.ObjectBinding<Phrase> titleBinding() {
        return Bindings.createObjectBinding(() -> {
            var d = replay.documentProperty().get();
            if (d == null) {
                return Phrase.of("app.title");
            }
            return Phrase.of(replay.liveProperty().get() ? "app.title.live" : "app.title.file", d.displayName());
        }, replay.documentProperty(), replay.liveProperty());
    }

    /** Recent files that still exist (checked when the menu opens). */
    public List<Path> existingRecentFiles() {
        return settings.existingRecentFiles();
    }
}
