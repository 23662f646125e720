package org.reasoningexplorer.app.ui;

import static org.reasoningexplorer.app.ui.UiSessions.fx;
import static org.reasoningexplorer.app.ui.UiSessions.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.importing.ImportViewModelTest;
import org.reasoningexplorer.app.shell.Action;
import org.reasoningexplorer.app.shell.ModelImportCommands;
import org.reasoningexplorer.engine.llm.FakeModelServer;
import org.reasoningexplorer.engine.trace.TraceEvent;

/** Import, the Long CoT tab, the model server dialog and a run against a scripted model, through the real window. */
@ExtendWith(ApplicationExtension.class)
class ModelImportUiTest {
    private static final String KEY = "sk-ui-test-SECRET-42";
    private Path home;
    private ExplorerApp.Session session;

    @Start
    void start(Stage primary) throws IOException {
        session = UiSessions.open("rx-llm-ui-test");
        home = UiSessions.home();
    }

    @AfterEach
    void close(FxRobot robot) {
        UiSessions.close(session, robot);
    }

    private ModelImportCommands commands() {
        return session.window().modelImport();
    }

    private String problemShown() {
        return fx(() -> {
            var d = session.vm().replay().documentProperty().get();
            return d == null || d.header().problem() == null ? "" : String.valueOf(d.header().problem().get("id"));
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> chooserTable(FxRobot robot) {
        waitFor("the problem chooser", () -> fx(() -> !robot.lookup("#import-problems").queryAll().isEmpty()));
        return robot.lookup("#import-problems").queryAs(TableView.class);
    }

    @Test
    void aGenericSamplesFileIsOfferedAsProblemsAndOpensWithItsLongChain(FxRobot robot) {
        Path fixture = ImportViewModelTest.fixture();
        robot.interact(() -> commands().open(fixture));
        TableView<Object> table = chooserTable(robot);
        assertEquals(2, fx(() -> table.getItems().size()));
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#import-open");
        waitFor("the chosen problem", () -> "powers-2".equals(problemShown()));
        robot.interact(() -> session.window().sideTabs().getSelectionModel().select(2));
        ListView<?> steps = robot.lookup("#longcot-steps").queryAs(ListView.class);
        waitFor("the chain's steps", () -> fx(() -> steps.getItems().size() == 3));
        int before = fx(() -> session.vm().selectionProperty().get());
        robot.interact(() -> steps.getSelectionModel().select(1));
        int selected = fx(() -> session.vm().selectionProperty().get());
        assertTrue(selected > 0 && selected != before, "clicking a step selects its node");
        assertEquals(2, fx(() -> session.vm().replay().tree().depth(selected)));
    }

    @Test
    void aTreeOfThoughtsLogOffersItsPuzzlesAndOpensTheChosenOne(FxRobot robot) {
        Path log = Path.of(System.getProperty("shared.dir", "../shared"),
                "data/tot-game24/gpt-4_0.7_propose1_value3_greedy5_start900_end950.json");
        Assumptions.assumeTrue(Files.isRegularFile(log), "the shared ToT logs are not here");
        robot.interact(() -> commands().open(log));
        TableView<Object> table = chooserTable(robot);
        assertEquals(50, fx(() -> table.getItems().size()));
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn("#import-open");
        waitFor("puzzle 903", () -> problemShown().endsWith("903"));
        assertTrue(fx(() -> session.vm().replay().tree().size()) > 10);
    }

    @Test
    void theModelServerDialogHidesTheKeyAndNeverSavesIt(FxRobot robot) throws IOException {
        robot.interact(() -> Platform.runLater(() -> session.window().actions().get(Action.MODEL_SERVER).run()));
        waitFor("the dialog", () -> fx(() -> !robot.lookup("#llm-api-key").queryAll().isEmpty()));
        PasswordField key = robot.lookup("#llm-api-key").queryAs(PasswordField.class);
        robot.interact(() -> {
            key.setText(KEY);
            robot.lookup("#llm-base-url").queryAs(TextField.class).setText("http://localhost:8123/v1");
            robot.lookup("#llm-model").queryComboBox().getEditor().setText("qwen");
            robot.lookup("#llm-stream").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
        });
        robot.clickOn("#llm-save");
        Path saved = home.resolve("model-server.json");
        waitFor("the settings file", () -> Files.isRegularFile(saved));
        String json = Files.readString(saved);
        assertTrue(json.contains("http://localhost:8123/v1"), json);
        assertFalse(json.contains(KEY), json);
        assertTrue(json.replace(" ", "").contains("\"stream\":true"), "the Stream choice is kept: " + json);
        assertEquals(KEY, fx(() -> commands().server().apiKeyProperty().get()), "the key stays in memory");
        robot.interact(() -> commands().server().streamProperty().set(false));
    }

    @Test
    void aMajorityVoteRunsAgainstAScriptedModelAndCompletes(FxRobot robot) throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new FakeModelServer(true));
            server.start(0);
            robot.interact(() -> {
                commands().server().baseUrlProperty().set(server.url("/v1").toString());
                commands().server().modelProperty().set("qwen2.5-math-1.5b");
            });
            robot.interact(() -> Platform.runLater(() -> session.window().actions().get(Action.RUN_MODEL).run()));
            waitFor("the run dialog", () -> fx(() -> !robot.lookup("#llm-run-question").queryAll().isEmpty()));
            robot.interact(() -> {
                robot.lookup("#llm-run-question").queryAs(TextInputControl.class).setText("Natalia sold 48 clips in April and half as many in May. How many in all?");
                robot.lookup("#llm-run-gold").queryAs(TextInputControl.class).setText("72");
                robot.lookup("#llm-run-options").queryAs(TextInputControl.class).setText("n=3");
            });
            robot.clickOn("#llm-run-start");
            waitFor("the run to finish", () -> fx(() -> !session.vm().runs().runningProperty().get()
                    && session.vm().replay().documentProperty().get() != null
                    && session.vm().replay().documentProperty().get().isComplete()));
            var doc = fx(() -> session.vm().replay().documentProperty().get());
            assertNotNull(doc.file());
            assertTrue(doc.file().getFileName().toString().endsWith(".trace.jsonl"), doc.file().toString());
            assertTrue(Files.isRegularFile(doc.file().resolveSibling(doc.file().getFileName() + ".responses.jsonl")), "the journal");
            long votes = doc.events().stream().filter(e -> e instanceof TraceEvent.VoteCast).count();
            assertEquals(3, votes);
            TraceEvent.FinalSelection chosen = doc.events().stream().filter(e -> e instanceof TraceEvent.FinalSelection)
                    .map(e -> (TraceEvent.FinalSelection) e).findFirst().orElseThrow();
            assertTrue(chosen.answer().equals("72") || chosen.answer().equals("70"), chosen.toString());
            assertEquals("72".equals(chosen.answer()), chosen.correct(), "judged against the gold answer");
            assertFalse(Files.readString(doc.file()).contains("SECRET"));
        }
    }

    @Test
    void anUnreachableServerEndsTheRunWithAnActionableErrorAndAnOfferToResume(FxRobot robot) {
        robot.interact(() -> {
            commands().server().baseUrlProperty().set("http://127.0.0.1:9/v1");
            commands().server().modelProperty().set("qwen");
            commands().server().timeoutProperty().set("3");
            commands().modelRun().questionProperty().set("What is 2 + 2?");
            commands().modelRun().optionsProperty().set("n=2");
            session.vm().startRun(commands().modelRun().request());
        });
        waitFor("the failure", () -> fx(() -> session.vm().noticeProperty().get() != null));
        var n = fx(() -> session.vm().noticeProperty().get());
        assertEquals("run.failed.title", n.title().key());
        assertTrue(n.detail().contains("127.0.0.1:9"), n.detail());
        assertNotNull(n.action(), "resuming is offered");
        assertEquals("llm.run.resume", n.action().label().key());
        waitFor("the error dialog", () -> fx(() -> !robot.lookup("#notice-dialog").queryAll().isEmpty()));
    }
}
