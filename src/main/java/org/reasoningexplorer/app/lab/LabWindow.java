package org.reasoningexplorer.app.lab;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;

/** The test-time compute lab. */
public final class LabWindow {
    private LabWindow() {
    }

    public static Stage show(Window owner, Messages m, Executor background, Executor ui, List<String> css) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.show();
        return s;
    }
}
