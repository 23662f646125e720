package org.reasoningexplorer.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;

/** What the app is, in a few sentences. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, Messages m) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("about.title"));
        a.setHeaderText(m.get("app.title"));
        a.setContentText(m.get("about.body"));
        org.reasoningexplorer.app.theme.DialogLook.adopt(a.getDialogPane(), owner);
        a.getButtonTypes().setAll(new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        a.show();
    }
}
