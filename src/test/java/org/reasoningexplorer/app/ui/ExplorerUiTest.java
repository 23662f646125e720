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
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.theme.Theme;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.engine.trace.TraceEvent;

/** The main flows, driven through the real window in a headless toolkit. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {
    private static final Path SAMPLE = Path.of("samples/mcts-overturned.trace.jsonl").toAbsolutePath();
    private Path home;
    private ExplorerApp.Session session;

    /**
     * Each test starts with fresh settings in its own home folder, never the real one, in its own
     * window (the shared primary stage keeps the app's minimum size, which other test classes would inherit).
     */
    @Start
    void start(Stage primary) throws IOException {
        session = UiSessions.open("rx-ui-test");
        home = UiSessions.home();
    }

    @AfterEach
    void close(FxRobot robot) {
        UiSessions.close(session, robot);
    }

    private void openSample(FxRobot robot) {
        robot.interact(() -> session.vm().open(SAMPLE));
        waitFor("the sample to open", () -> fx(() -> session.vm().replay().totalProperty().get() == 230
                && !session.vm().busyBinding().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryLabeled().getText());
    }

    /** Clicks a node of the tree where the canvas draws it. */
    private void clickNode(FxRobot robot, int node) {
        TreeCanvas canvas = robot.lookup("#tree-canvas").queryAs(TreeCanvas.class);
        Point2D p = fx(() -> canvas.localToScreen(canvas.nodeToScreen(node)));
        assertNotNull(p, "node " + node + " is drawn");
        robot.clickOn(p);
    }

    @Test
    void clickingANodeOfASampleShowsItsStatisticsAndBothSelectionTerms(FxRobot robot) {
        openSample(robot);
        int child = fx(() -> session.vm().replay().tree().firstChild(0));
        clickNode(robot, child);
        waitFor("the selection", () -> fx(() -> session.vm().selectionProperty().get() == child));
        var tree = fx(() -> session.vm().replay().tree());
        assertEquals(Integer.toString(fx(() -> tree.visits(child))), text(robot, "#inspector-n"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", fx(() -> tree.mean(child))), text(robot, "#inspector-q"));
        assertTrue(text(robot, "#inspector-formula").startsWith("PUCT"));
        double exploit = Double.parseDouble(text(robot, "#inspector-exploitation"));
        double explore = Double.parseDouble(text(robot, "#inspector-exploration"));
        assertEquals(Double.parseDouble(text(robot, "#inspector-total")), exploit + explore, 0.0015);
        assertEquals(fx(() -> tree.text(child)), fx(() -> robot.lookup("#inspector-text").queryAs(TextArea.class).getText()));
        assertEquals("Selected: node " + child, text(robot, "#status-selection"));
    }

    @Test
    void scrubbingTheTimelineChangesTreeAndInspector(FxRobot robot) {
        openSample(robot);
        robot.interact(() -> session.vm().selectionProperty().set(2));
        String nAtEnd = text(robot, "#inspector-n");
        int nodesAtEnd = fx(() -> robot.lookup("#tree-canvas").queryAs(TreeCanvas.class).getModel().size());
        robot.interact(() -> robot.lookup("#tree-canvas").query().requestFocus());
        robot.type(KeyCode.HOME);
        waitFor("the start", () -> fx(() -> session.vm().replay().positionProperty().get() == 0));
        robot.doubleClickOn("#timeline-spinner .text-field").write("60").type(KeyCode.ENTER);
        waitFor("event 60", () -> fx(() -> session.vm().replay().positionProperty().get() == 60));
        assertEquals("Event 60 / 230", text(robot, "#status-event"));
        assertNotEquals(nAtEnd, text(robot, "#inspector-n"), "node 2 had fewer visits at event 60");
        assertEquals(2, fx(() -> session.vm().selectionProperty().get()), "the selection survives going back before node 2 existed");
        assertTrue(fx(() -> robot.lookup("#tree-canvas").queryAs(TreeCanvas.class).getModel().size()) < nodesAtEnd);
        robot.interact(() -> robot.lookup("#tree-canvas").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        waitFor("a step forward", () -> fx(() -> session.vm().replay().positionProperty().get() == 61));
        robot.type(KeyCode.LEFT, 2);
        waitFor("two steps back", () -> fx(() -> session.vm().replay().positionProperty().get() == 59));
        assertFalse(text(robot, "#narration-label").isEmpty());
        robot.type(KeyCode.SPACE);
        waitFor("playback", () -> fx(() -> session.vm().replay().positionProperty().get() > 60));
        robot.type(KeyCode.SPACE);
        assertFalse(fx(() -> session.vm().replay().playingProperty().get()));
    }

    @Test
    void aSearchRunFromTheDialogGrowsLiveAndIsSaved(FxRobot robot) {
        robot.clickOn("#tool-run");
        waitFor("the run dialog", () -> robot.lookup("#run-dialog").tryQuery().isPresent());
        robot.doubleClickOn("#option-iterations").write("25");
        robot.clickOn("#run-paced");
        robot.doubleClickOn("#run-puzzle").eraseText(12).write("3 3 8 8");
        robot.clickOn("#run-start");
        waitFor("the search to end", () -> fx(() -> !session.vm().busyBinding().get()
                && session.vm().replay().documentProperty().get() != null
                && session.vm().replay().documentProperty().get().file() != null));
        var doc = fx(() -> session.vm().replay().documentProperty().get());
        assertTrue(doc.isComplete());
        assertTrue(doc.header().problemText().contains("3 3 8 8"));
        assertEquals(25L, doc.events().stream().filter(e -> e instanceof TraceEvent.Selected).count());
        assertTrue(doc.file().startsWith(home.resolve("runs")));
        assertTrue(Files.exists(doc.file()));
        assertTrue(text(robot, "#status-message").startsWith("Search finished"), text(robot, "#status-message"));
    }

    @Test
    void theRunDialogShowsEachStrategysOptionsAndRefusesBadValues(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitFor("the run dialog", () -> robot.lookup("#run-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.reasoningexplorer.engine.search.Strategies.Entry> strategy =
                robot.lookup("#run-strategy").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> strategy.getSelectionModel().select(
                strategy.getItems().stream().filter(e -> e.name().equals("majority")).findFirst().orElseThrow()));
        waitFor("majority's options", () -> robot.lookup("#option-tie-break").tryQuery().isPresent());
        assertFalse(robot.lookup("#option-scorer").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> tieBreak = robot.lookup("#option-tie-break").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> tieBreak.setValue("score"));
        waitFor("the scorer option", () -> robot.lookup("#option-scorer").tryQuery().isPresent());
        robot.doubleClickOn("#option-n").write("0");
        waitFor("the problem", () -> fx(() -> robot.lookup("#run-start").query().isDisabled()));
        assertTrue(text(robot, "#run-problem").contains("1..100000"), text(robot, "#run-problem"));
        robot.doubleClickOn("#option-n").write("5");
        waitFor("a valid form", () -> fx(() -> !robot.lookup("#run-start").query().isDisabled()));
        robot.type(KeyCode.ESCAPE);
        waitFor("the dialog to close", () -> robot.lookup("#run-dialog").tryQuery().isEmpty());
    }

    @Test
    void choosingSimplifiedChineseRelabelsTheMenusAtOnce(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = fx(() -> bar.getMenus().get(0));
        assertEquals("File", fx(file::getText));
        robot.clickOn("View").clickOn("Language").clickOn("简体中文");
        waitFor("the switch", () -> fx(() -> "文件".equals(file.getText())));
        assertEquals("视图", fx(() -> bar.getMenus().get(1).getText()));
        assertEquals("未选择节点", text(robot, "#status-selection"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor("the next language", () -> fx(() -> "檔案".equals(file.getText())));
    }

    @Test
    void aMalformedFileGivesAnErrorDialogThatCanOpenTheReadablePart(FxRobot robot) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        Path bad = home.resolve("broken.trace.jsonl");
        Files.write(bad, List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3), "{\"ev\":\"node\",\"id\":", lines.get(5)));
        robot.interact(() -> session.vm().open(bad));
        waitFor("the error dialog", () -> robot.lookup("#notice-dialog").tryQuery().isPresent());
        String header = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#notice-dialog").query()).getHeaderText());
        assertEquals("The trace has a broken line", header);
        String detail = fx(() -> robot.lookup("#notice-detail").queryAs(TextArea.class).getText());
        assertTrue(detail.contains("broken.trace.jsonl, line 5"), detail);
        robot.clickOn("Open the first 3 events");
        waitFor("the readable part", () -> fx(() -> session.vm().replay().totalProperty().get() == 3));
        assertEquals(bad, fx(() -> session.vm().replay().documentProperty().get().file()));
    }

    @Test
    void theViewExportsAsPngAndSvgAndTheTablesAsCsv(FxRobot robot) throws Exception {
        openSample(robot);
        Path png = home.resolve("out/view.png");
        Path svg = home.resolve("out/tree.svg");
        Path nodes = home.resolve("out/nodes.csv");
        Path tally = home.resolve("out/answers.csv");
        robot.interact(() -> {
            session.window().exports().pngTo(png);
            session.window().exports().svgTo(svg);
            session.window().exports().nodeTableTo(nodes);
            session.window().exports().tallyTo(tally);
        });
        waitFor("the files", () -> Files.exists(png) && Files.exists(svg) && Files.exists(nodes) && Files.exists(tally)
                && fx(() -> text(robot, "#status-message").startsWith("Saved")));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        int shown = fx(() -> robot.lookup("#tree-canvas").queryAs(TreeCanvas.class).getModel().size());
        assertEquals(shown, doc.getElementsByTagName("circle").getLength());
        assertEquals(shown + 1, Files.readAllLines(nodes).size());
        assertTrue(Files.readAllLines(tally).size() >= 2);
    }

    @Test
    void aShortcutActsOnceAndTheHelpListsIt(FxRobot robot) {
        assertEquals(Theme.LIGHT, fx(() -> session.vm().themeProperty().get()));
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitFor("the dark theme", () -> fx(() -> session.vm().themeProperty().get() == Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, fx(() -> session.vm().themeProperty().get()), "the menu accelerator did not fire a second time");
        assertTrue(fx(() -> session.window().getStyleClass().contains("dark")));
        robot.type(KeyCode.F1);
        waitFor("the shortcut list", () -> robot.lookup("#help-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#help-dialog .rx-key").queryAll().size() >= 30);
        assertTrue(robot.lookup((Label l) -> "Play / Pause".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void aTraceDroppedOnTheWindowOpensAndABrokenOneIsReported(FxRobot robot) throws IOException {
        assertFalse(fx(() -> session.window().openDropped(List.of())), "nothing dropped, nothing opened");
        assertTrue(fx(() -> session.window().openDropped(List.of(SAMPLE.toFile()))));
        waitFor("the dropped sample to open", () -> fx(() -> session.vm().replay().totalProperty().get() == 230
                && !session.vm().busyBinding().get()));
        assertEquals(SAMPLE, fx(() -> session.vm().replay().documentProperty().get().file()));
        List<String> lines = Files.readAllLines(SAMPLE);
        Path broken = home.resolve("dropped-broken.trace.jsonl");
        Files.write(broken, List.of(lines.get(0), lines.get(1), "{\"ev\":\"node\",\"id\":"));
        robot.interact(() -> session.window().openDropped(List.of(broken.toFile())));
        waitFor("the error dialog", () -> robot.lookup("#notice-dialog").tryQuery().isPresent());
        String detail = fx(() -> robot.lookup("#notice-detail").queryAs(TextArea.class).getText());
        assertTrue(detail.contains("dropped-broken.trace.jsonl, line 3"), detail);
        robot.type(KeyCode.ESCAPE);
        waitFor("the dialog to close", () -> robot.lookup("#notice-dialog").tryQuery().isEmpty());
        assertEquals(SAMPLE, fx(() -> session.vm().replay().documentProperty().get().file()), "the trace shown stays");
    }
}
