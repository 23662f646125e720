package org.reasoningexplorer.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.reasoningexplorer.app.answers.AnswersView;
import org.reasoningexplorer.app.export.ExportCommands;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.inspector.InspectorView;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.run.RunDialog;
import org.reasoningexplorer.app.settings.AppHome;
import org.reasoningexplorer.app.theme.Theme;
import org.reasoningexplorer.app.timeline.TimelineView;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.treeview.TreeViewPane;

/**
 * The main window: menus and toolbar on top, the tree in the centre, inspector and answers on the
 * right, the timeline and status bar below. It binds to the shell view-model and forwards commands.
 */
public final class MainWindow extends BorderPane {
    private final ShellViewModel vm;
    private final Stage stage;
    private final Messages m;
    private final TreeViewPane tree;
    private final TimelineView timeline;
    private final TabPane side = new TabPane();
    private final Map<Action, Runnable> actions = new EnumMap<>(Action.class);
    private final ExportCommands exports;
    private AnalysisTabs analysis;
    private final ModelImportCommands modelImport;

    public MainWindow(ShellViewModel vm, Stage stage, Executor background) {
        this.vm = vm;
        this.stage = stage;
        this.m = vm.messages();
        setId("main-window");
        getStyleClass().add("rx-main");
        tree = new TreeViewPane(vm);
        timeline = new TimelineView(vm.replay(), m);
        exports = new ExportCommands(new ExportSource(), m, background, Platform::runLater, vm::report,
                vm::lastDirectory, vm::rememberDirectory);
        modelImport = new ModelImportCommands(vm, stage, background);
        defineActions();
        Tab inspector = tab("tab-inspector", "tab.inspector", null);
        inspector.setContent(new InspectorView(vm.inspector(), m, inspector.selectedProperty()));
        Tab answers = tab("tab-answers", "tab.answers", null);
        answers.setContent(new AnswersView(vm.answers(), m, answers.selectedProperty()));
        side.setId("side-tabs");
        Tab longCot = tab("tab-long-cot", "tab.longCot", null);
        longCot.setContent(modelImport.longCotView(longCot.selectedProperty()));
        side.getTabs().addAll(inspector, answers, longCot);
        analysis = new AnalysisTabs(vm, stage, background, actions);
        analysis.whatIf().setApiKeySource(() -> {
            String k = modelImport.server().apiKeyProperty().get();
            return k == null || k.isBlank() ? org.reasoningexplorer.engine.llm.LlmSettings.keyFromEnvironment() : k.trim();
        });
        side.getTabs().addAll(analysis.tabs());
        side.setMinWidth(340);
        SplitPane split = new SplitPane(tree, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(side, false);
        setTop(new VBox(new MainMenu(vm, actions), new MainToolBar(vm, actions)));
        setCenter(split);
        setBottom(new VBox(timeline, new StatusBar(vm, modelImport.imports())));
        vm.noticeProperty().addListener((o, a, n) -> {
            if (n != null) {
                Platform.runLater(() -> NoticeDialog.show(stage, n, m));
            }
        });
        vm.selectionProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && side.getSelectionModel().getSelectedItem() == answers && vm.answers().chosenProperty().get() == null) {
                side.getSelectionModel().select(inspector);
            }
        });
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(m.text(key));
        t.setClosable(false);
        t.setContent(content);
        return t;
    }

    private void defineActions() {
        ReplayViewModel r = vm.replay();
        actions.put(Action.OPEN, this::chooseAndOpen);
        actions.put(Action.RUN, this::showRunDialog);
        actions.put(Action.DEMO, vm::startDemo);
        actions.put(Action.IMPORT, modelImport::chooseAndImport);
        actions.put(Action.IMPORT_FOLDER, modelImport::chooseAndImportFolder);
        actions.put(Action.MODEL_SERVER, modelImport::showModelServer);
        actions.put(Action.RUN_MODEL, modelImport::showModelRun);
        actions.put(Action.CANCEL, vm::cancelTask);
        actions.put(Action.EXPORT_PNG, exports::png);
        actions.put(Action.EXPORT_SVG, exports::svg);
        actions.put(Action.EXPORT_NODES, exports::nodeTable);
        actions.put(Action.EXPORT_TALLY, exports::tally);
        actions.put(Action.QUIT, stage::close);
        actions.put(Action.PLAY, r::togglePlay);
        actions.put(Action.STEP_BACK, r::stepBack);
        actions.put(Action.STEP_FORWARD, r::stepForward);
        actions.put(Action.TO_START, r::jumpToStart);
        actions.put(Action.TO_END, r::jumpToEnd);
        actions.put(Action.SLOWER, () -> changeSpeed(-1));
        actions.put(Action.FASTER, () -> changeSpeed(+1));
        actions.put(Action.JUMP, timeline::focusEventNumber);
        actions.put(Action.FIT, tree::fitAndFollow);
        actions.put(Action.ZOOM_IN, tree::zoomIn);
        actions.put(Action.ZOOM_OUT, tree::zoomOut);
        actions.put(Action.COLOR_SCORE, () -> vm.treeView().colorModeProperty().set(ColorMode.SCORE));
        actions.put(Action.COLOR_VISITS, () -> vm.treeView().colorModeProperty().set(ColorMode.VISITS));
        actions.put(Action.COLOR_CORRECTNESS, () -> vm.treeView().colorModeProperty().set(ColorMode.CORRECTNESS));
        actions.put(Action.COLOR_CLUSTER, () -> vm.treeView().colorModeProperty().set(ColorMode.CLUSTER));
        actions.put(Action.FOLLOW, () -> vm.treeView().followSelectionProperty().set(!vm.treeView().followSelectionProperty().get()));
        actions.put(Action.CENTER, tree::centerOnSelection);
        actions.put(Action.COLLAPSE, tree::toggleSelected);
        actions.put(Action.COLLAPSE_ALL, tree::collapseAll);
        actions.put(Action.EXPAND_ALL, tree::expandAll);
        actions.put(Action.FIND, () -> {
            vm.findShownProperty().set(false);
            vm.findShownProperty().set(true);
        });
        actions.put(Action.FIND_NEXT, vm.find()::next);
        actions.put(Action.FIND_PREVIOUS, vm.find()::previous);
        actions.put(Action.THEME, vm::toggleTheme);
        actions.put(Action.LANGUAGE, vm::cycleLanguage);
        actions.put(Action.HELP, () -> HelpDialog.show(stage, m));
        actions.put(Action.ABOUT, () -> AboutDialog.show(stage, m));
    }

    private void changeSpeed(int step) {
        var speeds = ReplayViewModel.SPEEDS;
        int i = speeds.indexOf(vm.replay().speedProperty().get());
        int next = Math.max(0, Math.min(speeds.size() - 1, (i < 0 ? 3 : i) + step));
        vm.replay().speedProperty().set(speeds.get(next));
    }

    /** Installs the keyboard shortcuts, drag and drop, the theme and the title on the window's scene. */
    public void attach(Scene scene) {
        new ShortcutFilter(actions).install(scene);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles() && openDropped(e.getDragboard().getFiles()));
            e.consume();
        });
        applyTheme(scene, vm.themeProperty().get());
        vm.themeProperty().addListener((o, a, t) -> applyTheme(scene, t));
        FontChoice.apply(this, m.language());
        m.languageProperty().addListener((o, a, l) -> FontChoice.apply(this, l));
        stage.titleProperty().bind(m.text(vm.titleBinding()));
    }

    /**
     * Opens files dropped on the window: the first of them, as a trace or any format the importers read;
     * false when none was dropped. A file that cannot be read is reported as when opened from the menu.
     */
    public boolean openDropped(java.util.List<java.io.File> files) {
        if (files == null || files.isEmpty()) {
            return false;
        }
        modelImport.open(files.get(0).toPath());
        return true;
    }

    private void applyTheme(Scene scene, Theme t) {
        scene.getStylesheets().setAll(t.stylesheets());
        getStyleClass().remove("dark");
        if (t == Theme.DARK) {
            getStyleClass().add("dark");
        }
    }

    /** Asks for a trace file and opens it. */
    public void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("file.traces"), "*.jsonl"),
                new FileChooser.ExtensionFilter(m.get("file.all"), "*"));
        Path dir = vm.lastDirectory();
        if (dir == null) {
            dir = org.reasoningexplorer.app.open.SampleShelf.folder();
        }
        if (dir != null) {
            chooser.setInitialDirectory(dir.toFile());
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            vm.rememberDirectory(f.toPath().toAbsolutePath().getParent());
            modelImport.open(f.toPath());
        }
    }

    /** Shows the run dialog and starts the search it describes. */
    public void showRunDialog() {
        RunDialog dialog = new RunDialog(stage, vm.newRunDialog(), m, AppHome.runsDirectory());
        dialog.showAndWait().ifPresent(vm::startRun);
    }

    public Map<Action, Runnable> actions() {
        return actions;
    }

    public TreeViewPane treeView() {
        return tree;
    }

    /** The model server, import and long chain-of-thought commands. */
    public ModelImportCommands modelImport() {
        return modelImport;
    }

    public TabPane sideTabs() {
        return side;
    }

    /** The what-if, forensics and lab side of the window. */
    public AnalysisTabs analysis() {
        return analysis;
    }

    public ExportCommands exports() {
        return exports;
    }

    /** What the exports read from this window. */
    private final class ExportSource implements ExportCommands.Source {
        @Override
        public javafx.stage.Window window() {
            return stage;
        }

        @Override
        public javafx.scene.Node view() {
            return tree;
        }

        @Override
        public org.reasoningexplorer.app.tree.TreeCanvas canvas() {
            return tree.canvas();
        }

        @Override
        public org.reasoningexplorer.engine.trace.TraceTree tree() {
            return vm.replay().tree();
        }

        @Override
        public org.reasoningexplorer.app.answers.AnswerTally tally() {
            return vm.answers().tallyProperty().get();
        }

        @Override
        public ColorMode colorMode() {
            return vm.treeView().colorModeProperty().get();
        }

        @Override
        public int[] highlighted() {
            return vm.treeView().highlightBinding().get();
        }

        @Override
        public java.util.List<org.reasoningexplorer.engine.trace.TraceEvent> events() {
            var d = vm.replay().documentProperty().get();
            return d == null ? java.util.List.of() : d.events();
        }

        @Override
        public int position() {
            return vm.replay().positionProperty().get();
        }

        @Override
        public String baseName() {
            var d = vm.replay().documentProperty().get();
            if (d == null || d.file() == null) {
                return "reasoning-explorer";
            }
            String n = d.file().getFileName().toString();
            return n.endsWith(".trace.jsonl") ? n.substring(0, n.length() - ".trace.jsonl".length()) : n;
        }
    }
}
