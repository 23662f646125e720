package org.reasoningexplorer.app.screenshots;

import java.nio.file.Path;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.open.SampleShelf;
import org.reasoningexplorer.app.replay.PhaseView;
import org.reasoningexplorer.app.run.RunDialog;
import org.reasoningexplorer.app.settings.AppHome;
import org.reasoningexplorer.app.shell.ShellViewModel;
import org.reasoningexplorer.app.theme.Theme;
import org.reasoningexplorer.app.tree.ColorMode;

/** The views the screenshot tour visits, in order. */
final class TourScript {
    private final ExplorerApp.Session session;
    private final ShellViewModel vm;
    private final ScreenshotTour tour;
    private Dialog<?> dialog;

    TourScript(ExplorerApp.Session session, ScreenshotTour tour) {
        this.session = session;
        this.vm = session.vm();
        this.tour = tour;
    }

    void define() {
        tour.add(null, () -> session.stage().setMaximized(false), () -> true, 300);
        tour.add("01-live-mcts", vm::startDemo, () -> vm.replay().totalProperty().get() > 260, 150);
        tour.add("02-live-mcts-done", () -> { }, () -> !vm.busyBinding().get(), 400);
        Path samples = SampleShelf.folder();
        if (samples != null) {
            tour.add("03-inspector-mcts", () -> vm.open(samples.resolve("mcts-overturned.trace.jsonl")),
                    () -> loaded("mcts-overturned"), 300);
            tour.add(null, () -> selectBusiestChild(), () -> true, 300);
            tour.add("03-inspector-mcts", () -> { }, () -> true, 300);
            tour.add("04-replay-backprop", () -> jumpToPhase(PhaseView.Phase.BACKPROP, 0.35), () -> true, 400);
            tour.add("05-replay-select", () -> jumpToPhase(PhaseView.Phase.SELECT, 0.5), () -> true, 400);
            tour.add("06-answers-majority", () -> {
                vm.open(samples.resolve("majority-wrong.trace.jsonl"));
            }, () -> loaded("majority-wrong"), 200);
            tour.add("06-answers-majority", this::showAnswers, () -> true, 400);
            tour.add("07-beam", () -> vm.open(samples.resolve("beam.trace.jsonl")), () -> loaded("beam"), 200);
            tour.add("07-beam", () -> {
                vm.treeView().colorModeProperty().set(ColorMode.SCORE);
                jumpToPhase(PhaseView.Phase.BEAM, 0.5);
            }, () -> true, 400);
        }
        tour.add("08-run-dialog", this::showRunDialog, () -> dialog != null && dialog.isShowing(), 500);
        tour.add(null, this::closeDialog, () -> true, 200);
        tour.add("09-chinese-simplified", () -> {
            vm.setLanguage(Language.SIMPLIFIED_CHINESE);
            if (samples != null) {
                vm.open(samples.resolve("mcts-overturned.trace.jsonl"));
            }
        }, () -> samples == null || loaded("mcts-overturned"), 300);
        tour.add("09-chinese-simplified", this::selectBusiestChild, () -> true, 400);
        tour.add("10-chinese-traditional", () -> vm.setLanguage(Language.TRADITIONAL_CHINESE), () -> true, 400);
        tour.add("11-dark", () -> {
            vm.setLanguage(Language.ENGLISH);
            vm.themeProperty().set(Theme.DARK);
            vm.treeView().colorModeProperty().set(ColorMode.VISITS);
        }, () -> true, 500);
        tour.add("12-run-dialog-chinese", () -> {
            vm.setLanguage(Language.SIMPLIFIED_CHINESE);
            showRunDialog();
        }, () -> dialog != null && dialog.isShowing(), 500);
        tour.add(null, () -> {
            closeDialog();
            vm.setLanguage(Language.ENGLISH);
            vm.themeProperty().set(Theme.LIGHT);
            vm.treeView().colorModeProperty().set(ColorMode.SCORE);
        }, () -> true, 200);
        if (samples != null) {
            tour.add("13-find", () -> {
                vm.open(samples.resolve("tot-bfs.trace.jsonl"));
            }, () -> loaded("tot-bfs"), 200);
            tour.add("13-find", () -> {
                vm.findShownProperty().set(true);
                vm.find().queryProperty().set("8 / 3");
                vm.find().next();
                vm.find().next();
            }, () -> true, 500);
            tour.add("14-error-dialog", () -> {
                vm.findShownProperty().set(false);
                vm.open(brokenCopy(samples.resolve("mcts-overturned.trace.jsonl")));
            }, this::dialogShowing, 500);
            tour.add(null, this::closeDialog, () -> true, 200);
        }
        tour.add("15-shortcuts", () -> session.window().actions().get(org.reasoningexplorer.app.shell.Action.HELP).run(),
                this::dialogShowing, 500);
        tour.add(null, this::closeDialog, () -> true, 200);
        new AnalysisTour(session, tour).define();
        new ModelImportTour(session, tour).define();
    }

    private boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getOwner() != null && s.isShowing());
    }

    /** A copy of a sample with one broken line in the middle, to show the error dialog. */
    private static Path brokenCopy(Path sample) {
        try {
            java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(sample));
            lines.set(42, "{\"ev\":\"backprop\",\"path\":[0,2],\"value\":0.4,");
            Path broken = java.nio.file.Files.createTempDirectory("rx-tour").resolve("run-42.trace.jsonl");
            java.nio.file.Files.write(broken, lines);
            return broken;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean loaded(String name) {
        var d = vm.replay().documentProperty().get();
        return d != null && d.file() != null && d.file().getFileName().toString().startsWith(name) && !vm.busyBinding().get();
    }

    /** Selects the root's most visited child, the one MCTS trusts most. */
    private void selectBusiestChild() {
        var tree = vm.replay().tree();
        int best = -1;
        for (int c = tree.size() > 0 ? tree.firstChild(0) : -1; c >= 0; c = tree.nextSibling(c)) {
            if (best < 0 || tree.visits(c) > tree.visits(best)) {
                best = c;
            }
        }
        vm.selectionProperty().set(best);
        session.window().sideTabs().getSelectionModel().select(0);
    }

    private void jumpToPhase(PhaseView.Phase phase, double share) {
        var replay = vm.replay();
        int target = (int) (replay.totalProperty().get() * share);
        replay.jumpTo(target);
        for (int i = 0; i < 200 && (replay.phaseProperty().get() == null || replay.phaseProperty().get().phase() != phase); i++) {
            replay.stepForward();
        }
        PhaseView p = replay.phaseProperty().get();
        if (p != null && p.path().length > 0) {
            // A child of the root: it has siblings, so the inspector can compare their selection scores.
            vm.selectionProperty().set(p.path()[Math.min(1, p.path().length - 1)]);
        }
        session.window().sideTabs().getSelectionModel().select(0);
    }

    private void showAnswers() {
        session.window().sideTabs().getSelectionModel().select(1);
        var groups = vm.answers().tallyProperty().get().groups();
        if (!groups.isEmpty()) {
            vm.answers().choose(groups.get(0).normalized());
        }
        vm.treeView().colorModeProperty().set(ColorMode.CLUSTER);
    }

    private void showRunDialog() {
        RunDialog d = new RunDialog(session.stage(), vm.newRunDialog(), vm.messages(), AppHome.runsDirectory());
        dialog = d;
        d.show();
    }

    private void closeDialog() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
        for (Window w : Window.getWindows().toArray(new Window[0])) {
            if (w instanceof Stage s && s.getOwner() != null) {
                s.close();
            }
        }
    }
}
