package org.reasoningexplorer.app.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.importing.ImportChooser;
import org.reasoningexplorer.app.importing.ImportViewModel;
import org.reasoningexplorer.app.llm.ModelRunDialog;
import org.reasoningexplorer.app.llm.ModelRunViewModel;
import org.reasoningexplorer.app.llm.ModelServerDialog;
import org.reasoningexplorer.app.llm.ModelServerStore;
import org.reasoningexplorer.app.llm.ModelServerViewModel;
import org.reasoningexplorer.app.longcot.LongCotView;
import org.reasoningexplorer.app.longcot.LongCotViewModel;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.settings.AppHome;
import org.reasoningexplorer.engine.llm.LlmSettings;

/**
 * The main window's model server, import and long chain-of-thought commands, kept in one place so the
 * window only forwards to them.
 */
public final class ModelImportCommands {
    private final ShellViewModel vm;
    private final Stage stage;
    private final Messages m;
    private final ModelServerViewModel server;
    private final ModelRunViewModel modelRun;
    private final ImportViewModel imports;
    private final LongCotViewModel longCot;

    ModelImportCommands(ShellViewModel vm, Stage stage, Executor background) {
        this.vm = vm;
        this.stage = stage;
        this.m = vm.messages();
        server = new ModelServerViewModel(new ModelServerStore(AppHome.directory().resolve("model-server.json")),
                LlmSettings.keyFromEnvironment(), background, Platform::runLater);
        modelRun = new ModelRunViewModel(server, AppHome::runsDirectory);
        imports = new ImportViewModel(vm.replay(), background, Platform::runLater, new ImportViewModel.Listener() {
            @Override
            public void openTrace(Path file) {
                vm.open(file);
            }

            @Override
            public void notice(Notice n) {
                NoticeDialog.show(stage, n, m);
            }

            @Override
            public void status(Phrase p) {
                vm.report(p);
            }
        });
        imports.choiceProperty().addListener((o, a, c) -> {
            if (c != null) {
                Platform.runLater(() -> choose(c));
            }
        });
        longCot = new LongCotViewModel(vm.replay(), vm.selectionProperty());
    }

    /** Opens a trace, or imports any other file (drag and drop, File ▸ Open). */
    public void open(Path file) {
        imports.open(file, false);
    }

    /** File ▸ Import…: a file or, with Shift, a folder (thought-anchors). */
    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("import.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("import.files"), "*.json", "*.jsonl"),
                new FileChooser.ExtensionFilter(m.get("file.all"), "*"));
        Path dir = vm.lastDirectory();
        if (dir != null && dir.toFile().isDirectory()) {
            chooser.setInitialDirectory(dir.toFile());
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            vm.rememberDirectory(f.toPath().toAbsolutePath().getParent());
            imports.open(f.toPath(), true);
        }
    }

    /** File ▸ Import folder…: a folder of thought-anchors problems. */
    void chooseAndImportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("import.title"));
        File f = chooser.showDialog(stage);
        if (f != null) {
            imports.open(f.toPath(), true);
        }
    }

    private void choose(ImportViewModel.Choice c) {
        new ImportChooser(stage, c, m).showAndWait().ifPresent(p -> {
            imports.choose(p.problem().trace());
            if (p.save()) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(m.get("import.saveTitle"));
                chooser.setInitialFileName(p.problem().problemId().replaceAll("[^A-Za-z0-9_.-]+", "-") + ".trace.jsonl");
                File out = chooser.showSaveDialog(stage);
                if (out != null) {
                    try {
                        imports.save(p.problem().trace(), out.toPath());
                    } catch (IOException e) {
                        NoticeDialog.show(stage, new Notice(Notice.Severity.ERROR, Phrase.of("import.saveFailed.title"),
                                Phrase.of("import.saveFailed", out.getName()), String.valueOf(e.getMessage()), null), m);
                    }
                }
            }
        });
    }

    void showModelServer() {
        new ModelServerDialog(stage, server, m).showAndWait();
    }

    void showModelRun() {
        new ModelRunDialog(stage, modelRun, m).showAndWait().ifPresent(vm::startRun);
    }

    LongCotView longCotView(javafx.beans.value.ObservableBooleanValue shown) {
        return new LongCotView(longCot, m, vm.selectionProperty(), shown);
    }

    public ModelServerViewModel server() {
        return server;
    }

    public ModelRunViewModel modelRun() {
        return modelRun;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public LongCotViewModel longCot() {
        return longCot;
    }
}
