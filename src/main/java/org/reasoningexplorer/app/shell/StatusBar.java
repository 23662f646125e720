package org.reasoningexplorer.app.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.importing.ImportViewModel;
import org.reasoningexplorer.app.replay.PhaseView;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.trace.Compute;

/** The status bar: current event, phase, selection, compute so far, the latest message, and the task in progress with Cancel. */
final class StatusBar extends HBox {
    StatusBar(ShellViewModel vm, ImportViewModel imports) {
        super(10);
        Messages m = vm.messages();
        ReplayViewModel replay = vm.replay();
        setId("status-bar");
        getStyleClass().add("rx-statusbar");
        setAlignment(Pos.CENTER_LEFT);
        Label event = label("status-event", Bindings.createStringBinding(() -> m.get("statusbar.event",
                replay.positionProperty().get(), replay.totalProperty().get()), replay.positionProperty(), replay.totalProperty(),
                m.languageProperty()));
        Label phase = label("status-phase", Bindings.createStringBinding(() -> {
            PhaseView p = replay.phaseProperty().get();
            return m.get("statusbar.phase", p == null ? "—" : m.get(p.nameKey()));
        }, replay.phaseProperty(), m.languageProperty()));
        Label selection = label("status-selection", Bindings.createStringBinding(() -> vm.selectionProperty().get() < 0
                ? m.get("statusbar.noSelection") : m.get("statusbar.selection", vm.selectionProperty().get()),
                vm.selectionProperty(), m.languageProperty()));
        Label compute = label("status-compute", Bindings.createStringBinding(() -> {
            Compute c = replay.tree().compute();
            return m.get("statusbar.compute", c.steps(), c.tokens(), c.verifierCalls());
        }, replay.revisionProperty(), m.languageProperty()));
        Label message = label("status-message", m.text(vm.statusProperty()));
        message.getStyleClass().add("rx-status-message");
        message.setMaxWidth(Double.MAX_VALUE);
        // A long message (a full path) is cut with an ellipsis, never widening the window; the tooltip has it all.
        message.setMinWidth(0);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(message.textProperty());
        message.setTooltip(whole);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label task = label("status-task", m.text(vm.taskLabelBinding()));
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.taskProgressBinding());
        Button cancel = new Button();
        cancel.setId("status-cancel");
        cancel.textProperty().bind(m.text("statusbar.cancel"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> vm.cancelTask());
        HBox busy = new HBox(8, task, progress, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.busyBinding());
        busy.managedProperty().bind(busy.visibleProperty());
        getChildren().addAll(event, sep(), phase, sep(), selection, sep(), compute, sep(), message, busy);
        if (imports != null) {
            getChildren().add(importing(imports, m));
        }
    }

    /** The import in progress: the file, problems read so far, the share of the file read, and Cancel. */
    private static HBox importing(ImportViewModel imports, Messages m) {
        Label task = label("status-import", Bindings.createStringBinding(() -> {
            var f = imports.fileProperty().get();
            return m.get("task.importing", f == null ? "" : String.valueOf(f.getFileName()), imports.recordsProperty().get());
        }, imports.fileProperty(), imports.recordsProperty(), m.languageProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("status-import-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(imports.progressProperty());
        Button cancel = new Button();
        cancel.setId("status-import-cancel");
        cancel.textProperty().bind(m.text("statusbar.cancel"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> imports.cancel());
        HBox box = new HBox(8, task, progress, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(imports.readingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Separator sep() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
