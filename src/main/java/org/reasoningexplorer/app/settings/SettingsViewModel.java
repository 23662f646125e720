package org.reasoningexplorer.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.i18n.Phrase;

/**
 * The settings in force and the recent-file list people see; every change is saved at once, one
 * write at a time, off the UI thread.
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final Executor io;
    private final Executor ui;
    private final Consumer<Phrase> problems;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private Settings settings;

    /**
     * @param io writes the file (a single thread, so writes stay in order)
     * @param problems told, on the UI thread, when a write fails
     */
    public SettingsViewModel(SettingsStore store, Settings initial, Executor io, Executor ui, Consumer<Phrase> problems) {
        this.store = store;
        this.io = io;
        this.ui = ui;
        this.problems = problems;
        this.settings = initial;
        recent.setAll(initial.recentFiles().stream().map(Path::of).toList());
    }

    public Settings current() {
        return settings;
    }

    /** Applies a change and saves the result. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings);
        settings = next;
        recent.setAll(next.recentFiles().stream().map(Path::of).toList());
        io.execute(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                ui.execute(() -> problems.accept(Phrase.of("status.settingsNotSaved", store.file(), String.valueOf(e.getMessage()))));
            }
        });
    }

    /** Recent trace files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    /** Recent files that still exist (checked when the menu opens). */
    public List<Path> existingRecentFiles() {
        return recent.stream().filter(Files::exists).toList();
    }

    /** The folder the last file dialog was in, if it still exists. */
    public Path lastDirectory() {
        String d = settings.lastDirectory();
        return d != null && Files.isDirectory(Path.of(d)) ? Path.of(d) : null;
    }
}
