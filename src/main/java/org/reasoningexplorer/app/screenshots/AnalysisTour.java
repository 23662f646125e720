package org.reasoningexplorer.app.screenshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.lab.LabViewModel;
import org.reasoningexplorer.app.open.SampleShelf;
import org.reasoningexplorer.app.shell.ShellViewModel;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.whatif.WhatIfViewModel;
import org.reasoningexplorer.engine.whatif.ChainTable;

/**
 * The tour's what-if, diff, forensics and lab views. Samples are copied to a temporary folder first,
 * because edits save an overlay beside the trace and a re-run writes its trace there.
 */
final class AnalysisTour {
    private final ExplorerApp.Session session;
    private final ShellViewModel vm;
    private final ScreenshotTour tour;
    private Path copies;
    private Stage lab;

    AnalysisTour(ExplorerApp.Session session, ScreenshotTour tour) {
        this.session = session;
        this.vm = session.vm();
        this.tour = tour;
    }

    void define() {
        Path samples = SampleShelf.folder();
        if (samples == null) {
            return;
        }
        try {
            copies = Files.createTempDirectory("rx-tour");
            for (String s : new String[] {"best-of-n-misleading", "mcts-overturned", "majority-wrong"}) {
                Files.copy(samples.resolve(s + ".trace.jsonl"), copies.resolve(s + ".trace.jsonl"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WhatIfViewModel w = session.window().analysis().whatIf();
        tour.add(null, () -> vm.open(copies.resolve("best-of-n-misleading.trace.jsonl")), () -> loaded("best-of-n-misleading"), 300);
        tour.add("13-whatif-before-after", () -> {
            vm.treeView().colorModeProperty().set(ColorMode.CORRECTNESS);
            overturn(w);
            showTab("tab-whatif");
        }, () -> true, 500);
        tour.add(null, () -> vm.open(copies.resolve("mcts-overturned.trace.jsonl")), () -> loaded("mcts-overturned"), 300);
        tour.add("14-whatif-diff", () -> {
            showTab("tab-whatif");
            var chosen = w.tree().selection();
            int node = chosen == null ? w.tree().firstChild(0) : chosen.node();
            vm.selectionProperty().set(node);
            w.rows().stream().map(WhatIfViewModel.ScoreRow::kind).toList().forEach(w::markWrong);
            w.rerun();
        }, () -> session.window().analysis().diffWindow() != null && session.window().analysis().diffWindow().isShowing(), 900);
        tour.add("15-whatif-search-tab", this::closeOwned, () -> true, 400);
        tour.add(null, () -> vm.open(copies.resolve("majority-wrong.trace.jsonl")), () -> loaded("majority-wrong"), 300);
        tour.add("16-forensics", () -> {
            vm.treeView().colorModeProperty().set(ColorMode.CORRECTNESS);
            showTab("tab-forensics");
        }, () -> session.window().analysis().forensics().resultProperty().get() != null, 500);
        tour.add(null, () -> {
            lab = session.window().analysis().showLab();
            LabViewModel l = (LabViewModel) lab.getProperties().get(LabViewModel.class);
            l.compute();
        }, () -> labDone(), 300);
        tour.add("17-lab-curves", () -> labTab(0), () -> true, 500);
        tour.add("18-lab-overopt", () -> labTab(1), () -> true, 500);
        tour.add("19-lab-heatmap", () -> labTab(2), () -> true, 500);
        tour.add("20-lab-bins", () -> labTab(3), () -> true, 500);
        tour.add(null, this::closeOwned, () -> true, 200);
        tour.add(null, () -> {
            vm.setLanguage(Language.SIMPLIFIED_CHINESE);
            vm.open(copies.resolve("best-of-n-misleading.trace.jsonl"));
        }, () -> loaded("best-of-n-misleading") && w.pendingOverlayProperty().get() != null, 300);
        tour.add("21-whatif-overlay-chinese", () -> showTab("tab-whatif"), () -> true, 500);
        tour.add("22-forensics-chinese", () -> {
            w.applyOverlay();
            showTab("tab-forensics");
        }, () -> session.window().analysis().forensics().resultProperty().get() != null, 500);
        tour.add(null, () -> vm.setLanguage(Language.ENGLISH), () -> true, 200);
    }

    private boolean labDone() {
        LabViewModel l = (LabViewModel) lab.getProperties().get(LabViewModel.class);
        return l.resultsProperty().get() != null && !l.runningProperty().get();
    }

    private void labTab(int i) {
        ((javafx.scene.control.TabPane) lab.getScene().lookup("#lab-tabs")).getSelectionModel().select(i);
    }

    private boolean loaded(String name) {
        var d = vm.replay().documentProperty().get();
        return d != null && d.file() != null && d.file().getFileName().toString().startsWith(name) && !vm.busyBinding().get()
                && session.window().analysis().whatIf().tree() != null;
    }

    private void showTab(String id) {
        for (Tab t : session.window().sideTabs().getTabs()) {
            if (id.equals(t.getId())) {
                session.window().sideTabs().getSelectionModel().select(t);
            }
        }
    }

    /** Gives a correct chain's leaf perfect scores and the chosen leaf wrong ones, and selects the correct leaf. */
    private void overturn(WhatIfViewModel w) {
        ChainTable table = new ChainTable(w.tree());
        int chosen = w.beforeProperty().get().node();
        int correct = -1;
        for (int c = 0; c < table.chains() && correct < 0; c++) {
            if (table.correct(c)) {
                correct = table.leaf(c);
            }
        }
        vm.selectionProperty().set(chosen);
        w.rows().stream().map(WhatIfViewModel.ScoreRow::kind).toList().forEach(w::markWrong);
        if (correct > 0) {
            vm.selectionProperty().set(correct);
            w.rows().stream().map(WhatIfViewModel.ScoreRow::kind).toList().forEach(w::markCorrect);
        }
    }

    private void closeOwned() {
        for (Window win : Window.getWindows().toArray(new Window[0])) {
            if (win instanceof Stage s && s.getOwner() != null) {
                s.close();
            }
        }
    }
}
