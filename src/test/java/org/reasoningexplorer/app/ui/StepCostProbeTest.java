package org.reasoningexplorer.app.ui;

import static org.reasoningexplorer.app.ui.UiSessions.fx;
import static org.reasoningexplorer.app.ui.UiSessions.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.shell.Action;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Measures how long one replay step keeps the FX thread busy in the whole app on a big trace.
 * Runs only with -Drx.perf=true and -Drx.perf.trace=FILE (not in CI).
 */
@EnabledIfSystemProperty(named = "rx.perf", matches = "true", disabledReason = "a measurement: run with -Drx.perf=true")
@ExtendWith(ApplicationExtension.class)
class StepCostProbeTest {
    private ExplorerApp.Session session;

    @Start
    void start(Stage primary) throws IOException {
        session = UiSessions.open("rx-probe");
    }

    @AfterEach
    void close(FxRobot robot) {
        if (session != null) {
            UiSessions.close(session, robot);
        }
    }

    @Test
    void stepCostOnTheFxThread(FxRobot robot) {
        Path trace = Path.of(System.getProperty("rx.perf.trace", "/tmp/big.trace.jsonl"));
        long t0 = System.nanoTime();
        robot.interact(() -> session.vm().open(trace));
        waitFor("the trace", 120, () -> fx(() -> session.vm().replay().totalProperty().get() > 0
                && session.vm().replay().positionProperty().get() == session.vm().replay().totalProperty().get()));
        System.out.printf("open to folded: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (String tab : System.getProperty("rx.perf.tabs", "tab-inspector,tab-answers,tab-long-cot,tab-whatif,tab-forensics").split(",")) {
            robot.interact(() -> session.window().sideTabs().getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                    .ifPresent(t -> session.window().sideTabs().getSelectionModel().select(t)));
            double[] ms = new double[40];
            for (int i = 0; i < ms.length; i++) {
                Action a = i % 2 == 0 ? Action.STEP_BACK : Action.STEP_FORWARD;
                ms[i] = UiSessions.fx(() -> {
                    long s = System.nanoTime();
                    session.window().actions().get(a).run();
                    return (System.nanoTime() - s) / 1e6;
                });
            }
            Arrays.sort(ms);
            System.out.printf("%s: step on FX thread p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", tab, ms[20], ms[37], ms[39]);
        }
    }
}
