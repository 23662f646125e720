package org.reasoningexplorer.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.reasoningexplorer.app.ui.UiSessions.fx;
import static org.reasoningexplorer.app.ui.UiSessions.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.shell.Action;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.engine.trace.EventFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trace opened the way big ones are (events and step texts left in the file, read back when needed)
 * works in the whole app: the tree, the inspector's text, stepping, and the What if and Why? tabs,
 * which prepare such a trace only once they are shown.
 */
@ExtendWith(ApplicationExtension.class)
class BigTraceUiTest {
    private static final Path SAMPLE = Path.of("samples/mcts-overturned.trace.jsonl").toAbsolutePath();
    private ExplorerApp.Session session;

    @Start
    void start(Stage primary) throws IOException {
        // Every file counts as big in this session.
        System.setProperty(TraceLoader.LAZY_PROPERTY, "0");
        session = UiSessions.open("rx-big-ui");
    }

    @AfterEach
    void close(FxRobot robot) {
        System.clearProperty(TraceLoader.LAZY_PROPERTY);
        UiSessions.close(session, robot);
    }

    private void showTab(FxRobot robot, String id) {
        robot.interact(() -> {
            Tab t = session.window().sideTabs().getTabs().stream().filter(x -> id.equals(x.getId())).findFirst().orElseThrow();
            session.window().sideTabs().getSelectionModel().select(t);
        });
    }

    @Test
    void aFileBackedTraceShowsStepsAndPreparesTheAnalysisTabsWhenShown(FxRobot robot) throws IOException {
        robot.interact(() -> session.vm().open(SAMPLE));
        waitFor("the sample to open", () -> fx(() -> session.vm().replay().totalProperty().get() == 230
                && !session.vm().busyBinding().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(EventFile.class, fx(() -> session.vm().replay().documentProperty().get().events()));
        assertNotNull(fx(() -> session.vm().replay().tree().lazyTexts()), "the step texts stay in the file");
        assertNull(fx(() -> session.window().analysis().whatIf().tree()), "What if waits until it is shown");
        assertNull(fx(() -> session.window().analysis().forensics().resultProperty().get()), "so does Why?");

        TreeCanvas canvas = robot.lookup("#tree-canvas").queryAs(TreeCanvas.class);
        int child = fx(() -> session.vm().replay().tree().firstChild(0));
        showTab(robot, "tab-inspector");
        Point2D p = fx(() -> canvas.localToScreen(canvas.nodeToScreen(child)));
        robot.clickOn(p);
        waitFor("the selection", () -> fx(() -> session.vm().selectionProperty().get() == child));
        String text = fx(() -> robot.lookup("#inspector-text").queryAs(TextArea.class).getText());
        assertEquals(fx(() -> session.vm().replay().tree().text(child)), text);
        assertEquals(fx(() -> canvas.getModel().text(child)), text, "the canvas labels read the same text back");

        robot.interact(() -> session.window().actions().get(Action.STEP_BACK).run());
        waitFor("a step back", () -> fx(() -> session.vm().replay().positionProperty().get() == 229));
        robot.interact(() -> session.window().actions().get(Action.STEP_FORWARD).run());
        waitFor("a step forward", () -> fx(() -> session.vm().replay().positionProperty().get() == 230));

        robot.interact(() -> session.window().actions().get(Action.STEP_BACK).run());
        waitFor("another step back", () -> fx(() -> session.vm().replay().positionProperty().get() == 229));
        Path csv = UiSessions.home().resolve("nodes.csv");
        robot.interact(() -> session.window().exports().nodeTableTo(csv));
        waitFor("the node table", () -> java.nio.file.Files.exists(csv));
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        fx(() -> {
            org.reasoningexplorer.app.export.NodeTableCsv.write(session.vm().replay().tree(), expected);
            return null;
        });
        assertEquals(expected.toString(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.file.Files.readString(csv), "the table folded in the background is the one shown (229 events)");
        robot.interact(() -> session.window().actions().get(Action.STEP_FORWARD).run());
        waitFor("the end again", () -> fx(() -> session.vm().replay().positionProperty().get() == 230));

        showTab(robot, "tab-whatif");
        waitFor("What if to prepare", () -> fx(() -> session.window().analysis().whatIf().tree() != null));
        assertEquals(fx(() -> session.vm().replay().tree().digest()), fx(() -> session.window().analysis().whatIf().tree().digest()));
        showTab(robot, "tab-forensics");
        waitFor("Why? to analyse", () -> fx(() -> session.window().analysis().forensics().resultProperty().get() != null));
    }
}
