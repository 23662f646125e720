package org.reasoningexplorer.app.shell;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.reasoningexplorer.app.forensics.ForensicsBatchWindow;
import org.reasoningexplorer.app.forensics.ForensicsView;
import org.reasoningexplorer.app.forensics.ForensicsViewModel;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.lab.LabWindow;
import org.reasoningexplorer.app.whatif.DiffWindow;
import org.reasoningexplorer.app.whatif.WhatIfView;
import org.reasoningexplorer.app.whatif.WhatIfViewModel;

/** Wires the what-if and forensics side tabs, the diff and lab windows and the Analysis menu's actions into the main window. */
public final class AnalysisTabs {
    private final ShellViewModel vm;
    private final Stage stage;
    private final Messages m;
    private final Executor background;
    private final WhatIfViewModel whatIf;
    private final ForensicsViewModel forensics;
    private final Tab whatIfTab;
    private final Tab forensicsTab;
    private Stage diff;
    private Stage lab;

    AnalysisTabs(ShellViewModel vm, Stage stage, Executor background, Map<Action, Runnable> actions) {
        this.vm = vm;
        this.stage = stage;
        this.m = vm.messages();
        this.background = background;
        whatIf = new WhatIfViewModel(vm.replay().documentProperty(), vm.selectionProperty(), background, Platform::runLater);
        forensics = new ForensicsViewModel(vm.replay().documentProperty(), vm.selectionProperty(), background, Platform::runLater);
        whatIfTab = tab("tab-whatif", "tab.whatif", new WhatIfView(whatIf, m, this::showDiff));
        forensicsTab = tab("tab-forensics", "tab.forensics", new ForensicsView(forensics, m));
        whatIf.activeProperty().bind(whatIfTab.selectedProperty());
        forensics.activeProperty().bind(forensicsTab.selectedProperty());
        actions.put(Action.UNDO_EDIT, whatIf::undo);
        actions.put(Action.REDO_EDIT, whatIf::redo);
        actions.put(Action.WHATIF_RERUN, () -> {
            whatIfTab.getTabPane().getSelectionModel().select(whatIfTab);
            whatIf.rerun();
        });
        actions.put(Action.FORENSICS_FOLDER, this::showBatch);
        actions.put(Action.LAB, this::showLab);
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(m.text(key));
        t.setClosable(false);
        t.setContent(content);
        return t;
    }

    List<Tab> tabs() {
        return List.of(whatIfTab, forensicsTab);
    }

    private void showDiff(WhatIfViewModel.Rerun r) {
        if (r == null) {
            return;
        }
        if (diff != null) {
            diff.close();
        }
        diff = DiffWindow.show(stage, r, m, stage.getScene().getStylesheets(), vm::open);
    }

    /** Asks for a folder and lists the failed votes in it. */
    public void showBatch() {
        ForensicsBatchWindow.show(stage, m, background, Platform::runLater, stage.getScene().getStylesheets(), vm::open,
                vm.lastDirectory());
    }

    /** Opens (or brings forward) the test-time compute lab. */
    public Stage showLab() {
        if (lab == null || !lab.isShowing()) {
            lab = LabWindow.show(stage, m, background, Platform::runLater, stage.getScene().getStylesheets());
        } else {
            lab.toFront();
        }
        return lab;
    }

    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    public ForensicsViewModel forensics() {
        return forensics;
    }

    /** The latest diff window, or null. */
    public Stage diffWindow() {
        return diff;
    }
}
