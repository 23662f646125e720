package org.reasoningexplorer.app.ui;

import static org.reasoningexplorer.app.ui.UiSessions.fx;
import static org.reasoningexplorer.app.ui.UiSessions.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.lab.LabViewModel;
import org.reasoningexplorer.app.lab.LabWindow;
import org.reasoningexplorer.app.shell.Action;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.whatif.WhatIfViewModel;
import org.reasoningexplorer.engine.whatif.ChainTable;

/** What-if, diff and lab flows through the real window in a headless toolkit; samples are copied before anything is written. */
@ExtendWith(ApplicationExtension.class)
class AnalysisUiTest {
    @TempDir
    Path dir;
    private ExplorerApp.Session session;

    @Start
    void start(Stage primary) throws IOException {
        session = UiSessions.open("rx-analysis-ui-test");
    }

    @AfterEach
    void close(FxRobot robot) {
        UiSessions.close(session, robot);
    }

    private WhatIfViewModel openCopy(FxRobot robot, String sample) throws IOException {
        Path copy = dir.resolve(sample + ".trace.jsonl");
        Files.copy(Path.of("samples/" + sample + ".trace.jsonl"), copy);
        WhatIfViewModel vm = session.window().analysis().whatIf();
        robot.interact(() -> session.vm().open(copy));
        waitFor("the trace to open", 20, () -> fx(() -> vm.tree() != null && !session.vm().busyBinding().get()));
        robot.interact(() -> session.window().sideTabs().getSelectionModel().select(
                fx(() -> session.window().sideTabs().getTabs().stream().filter(t -> "tab-whatif".equals(t.getId())).findFirst().orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private void clickEveryButton(FxRobot robot, WhatIfViewModel vm, int node, String prefix) {
        robot.interact(() -> session.vm().selectionProperty().set(node));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> tags = fx(() -> vm.rows().stream().map(r -> r.kind().tag()).toList());
        assertFalse(tags.isEmpty(), "node " + node + " has scores");
        for (String tag : tags) {
            robot.clickOn("#" + prefix + tag);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void markingScoresInTheWhatIfTabChangesTheChoiceAndCtrlZUndoesIt(FxRobot robot) throws IOException {
        WhatIfViewModel vm = openCopy(robot, "best-of-n-misleading");
        String unchanged = fx(() -> session.vm().messages().get("whatif.unchanged"));
        assertEquals(unchanged, text(robot, "#whatif-verdict"));
        String beforeAnswer = text(robot, "#whatif-after-answer");
        int chosen = fx(() -> vm.beforeProperty().get().node());
        int correct = fx(() -> {
            ChainTable t = new ChainTable(vm.tree());
            for (int c = 0; c < t.chains(); c++) {
                if (t.correct(c)) {
                    return t.leaf(c);
                }
            }
            return -1;
        });
        clickEveryButton(robot, vm, correct, "whatif-correct-");
        clickEveryButton(robot, vm, chosen, "whatif-wrong-");
        assertEquals(fx(() -> session.vm().messages().get("whatif.changed")), text(robot, "#whatif-verdict"));
        assertNotEquals(beforeAnswer, text(robot, "#whatif-after-answer"));
        int edits = fx(() -> vm.edits().size());
        for (int i = 0; i < edits; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        waitFor("undo", 5, () -> fx(() -> vm.edits().isEmpty()));
        assertEquals(unchanged, text(robot, "#whatif-verdict"));
        assertEquals(beforeAnswer, text(robot, "#whatif-after-answer"));
        for (int i = 0; i < edits; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        }
        waitFor("redo", 5, () -> fx(() -> vm.edits().size() == edits));
        assertEquals(fx(() -> session.vm().messages().get("whatif.changed")), text(robot, "#whatif-verdict"));
        assertTrue(Files.exists(org.reasoningexplorer.engine.whatif.Overlay.pathFor(dir.resolve("best-of-n-misleading.trace.jsonl"))));
    }

    @Test
    void clickingAWrongChainInTheForensicsTabSelectsItsFirstWrongStep(FxRobot robot) throws IOException {
        openCopy(robot, "majority-wrong");
        var forensics = session.window().analysis().forensics();
        waitFor("the forensics report", 20, () -> fx(() -> forensics.resultProperty().get() != null));
        robot.interact(() -> session.window().sideTabs().getSelectionModel().select(
                fx(() -> session.window().sideTabs().getTabs().stream().filter(t -> "tab-forensics".equals(t.getId())).findFirst().orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fx(() -> forensics.resultProperty().get().report().verdict()), text(robot, "#forensics-verdict"));
        // The report's table, rules and links come a frame at a time.
        waitFor("the wrong chains", 5, () -> fx(() -> !robot.lookup("#forensics-wrong-chains").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().isEmpty()));
        var chain = fx(() -> forensics.resultProperty().get().report().wrongChains().get(0));
        int expected = chain.firstWrongStep() >= 0 ? chain.firstWrongStep() : chain.leaf();
        robot.interact(() -> ((javafx.scene.control.Hyperlink) robot.lookup("#forensics-wrong-chains").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().get(0)).fire());
        waitFor("the selection", 5, () -> fx(() -> session.vm().selectionProperty().get() == expected));
    }

    @Test
    void reRunningAnMctsSearchFromAnEditShowsBothTreesAndTheSummary(FxRobot robot) throws IOException {
        WhatIfViewModel vm = openCopy(robot, "mcts-overturned");
        int node = fx(() -> vm.tree().firstChild(0));
        clickEveryButton(robot, vm, node, "whatif-wrong-");
        robot.clickOn("#whatif-rerun");
        waitFor("the diff window", 30, () -> fx(() -> session.window().analysis().diffWindow() != null
                && session.window().analysis().diffWindow().isShowing()));
        Stage diff = fx(() -> session.window().analysis().diffWindow());
        String summary = fx(() -> ((Labeled) diff.getScene().lookup("#diff-summary")).getText());
        assertTrue(summary.contains(fx(() -> vm.rerunProperty().get().result().diff().summary())));
        TreeCanvas original = fx(() -> (TreeCanvas) diff.getScene().lookup("#diff-original"));
        TreeCanvas counterfactual = fx(() -> (TreeCanvas) diff.getScene().lookup("#diff-counterfactual"));
        var result = fx(() -> vm.rerunProperty().get());
        assertEquals(result.result().diff().onlyInOriginal().size(), fx(() -> original.getHighlightedNodes().length));
        assertEquals(result.result().diff().onlyInCounterfactual().size(), fx(() -> counterfactual.getHighlightedNodes().length));
        assertEquals(result.result().tree().size(), fx(() -> counterfactual.getModel().size()));
        assertTrue(Files.exists(dir.resolve("mcts-overturned.whatif.trace.jsonl")));
        robot.interact(() -> ((javafx.scene.control.Button) diff.getScene().lookup("#diff-open")).fire());
        waitFor("the counterfactual to open", 20, () -> fx(() -> {
            var d = session.vm().replay().documentProperty().get();
            return d != null && d.file().getFileName().toString().equals("mcts-overturned.whatif.trace.jsonl");
        }));
    }

    @Test
    void theLabWindowComputesItsChartsAndExportsThem(FxRobot robot) throws IOException {
        robot.interact(() -> session.window().actions().get(Action.LAB).run());
        Stage lab = fx(() -> session.window().analysis().showLab());
        assertTrue(fx(lab::isShowing));
        LabViewModel vm = fx(() -> (LabViewModel) lab.getProperties().get(LabViewModel.class));
        robot.interact(() -> {
            vm.puzzlesProperty().set("game24:8");
            vm.samplesProperty().set(8);
        });
        robot.interact(() -> ((javafx.scene.control.Button) lab.getScene().lookup("#lab-run")).fire());
        waitFor("the lab results", 30, () -> fx(() -> vm.resultsProperty().get() != null && !vm.runningProperty().get()));
        Path png = dir.resolve("curves.png");
        Path csv = dir.resolve("curves.csv");
        assertEquals(null, fx(() -> LabWindow.writePng(lab.getScene().lookup("#lab-curves"), png)));
        assertEquals(null, fx(() -> LabWindow.writeCsv(vm.resultsProperty().get().curvesTable(), csv)));
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(csv).startsWith("source,series,k"));
        assertNotNull(fx(() -> lab.getScene().lookup("#lab-heatmap")));
        // The lab follows the language switched in the main window, charts and all.
        String caption = fx(() -> ((javafx.scene.control.Label) lab.getScene().lookup("#lab-overopt-caption")).getText());
        robot.interact(() -> session.vm().messages().languageProperty().set(org.reasoningexplorer.app.i18n.Language.SIMPLIFIED_CHINESE));
        try {
            assertEquals(fx(() -> session.vm().messages().get("lab.run")),
                    fx(() -> ((javafx.scene.control.Button) lab.getScene().lookup("#lab-run")).getText()));
            assertEquals(fx(() -> session.vm().messages().get("lab.title")), fx(lab::getTitle));
            String chinese = fx(() -> ((javafx.scene.control.Label) lab.getScene().lookup("#lab-overopt-caption")).getText());
            assertFalse(caption.equals(chinese), "the caption was written again in Chinese: " + chinese);
        } finally {
            robot.interact(() -> session.vm().messages().languageProperty().set(org.reasoningexplorer.app.i18n.Language.ENGLISH));
        }
    }

    @Test
    void theLabSweepTabRunsASweepAndPlotsIt(FxRobot robot) throws IOException {
        Stage lab = fx(() -> session.window().analysis().showLab());
        LabViewModel vm = fx(() -> (LabViewModel) lab.getProperties().get(LabViewModel.class));
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) lab.getScene().lookup("#lab-tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "lab-tab-sweep".equals(t.getId())).findFirst().orElseThrow());
            vm.sweepPuzzlesProperty().set("game24:6");
            vm.sweepBudgetsProperty().set("1,4");
            ((javafx.scene.control.CheckBox) lab.getScene().lookup("#lab-sweep-mcts")).setSelected(false);
        });
        assertTrue(fx(() -> lab.getScene().lookup("#lab-tab-sweep-png").isDisabled()), "nothing to export before a sweep");
        robot.interact(() -> ((javafx.scene.control.Button) lab.getScene().lookup("#lab-sweep-run")).fire());
        waitFor("the sweep", 30, () -> fx(() -> vm.sweepResultsProperty().get() != null && !vm.sweepRunningProperty().get()));
        assertEquals(3, fx(() -> vm.sweepResultsProperty().get().series().size()), "majority, best-of-n and beam");
        assertFalse(fx(() -> lab.getScene().lookup("#lab-tab-sweep-png").isDisabled()));
        Path png = dir.resolve("sweep.png");
        Path csv = dir.resolve("sweep.csv");
        assertEquals(null, fx(() -> LabWindow.writePng(lab.getScene().lookup("#lab-sweep"), png)));
        assertEquals(null, fx(() -> LabWindow.writeCsv(vm.sweepResultsProperty().get().table(), csv)));
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(csv).contains("sweep,beam,4"), Files.readString(csv));
    }
}
