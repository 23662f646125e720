package org.reasoningexplorer.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.notice.Notice;

/** Shows a notice as a dialog: the message in words, the reader's exact detail below, and the offer if there is one. */
public final class NoticeDialog {
    private NoticeDialog() {
    }

    public static void show(Window owner, Notice n, Messages m) {
        Alert.AlertType type = switch (n.severity()) {
            case ERROR -> Alert.AlertType.ERROR;
            case WARNING -> Alert.AlertType.WARNING;
            default -> Alert.AlertType.INFORMATION;
        };
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(m.format(n.title()));
        alert.setHeaderText(m.format(n.title()));
        javafx.scene.control.Label message = new javafx.scene.control.Label(m.format(n.message()));
        message.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, message);
        alert.getDialogPane().setId("notice-dialog");
        alert.getDialogPane().setPrefWidth(620);
        org.reasoningexplorer.app.theme.DialogLook.adopt(alert.getDialogPane(), owner);
        if (!n.detail().isEmpty()) {
            // Shown inline, not as JavaFX's "Show Details" area, whose button text would not follow the language.
            TextArea detail = new TextArea(n.detail());
            detail.setId("notice-detail");
            detail.setEditable(false);
            detail.setWrapText(true);
            detail.setPrefRowCount(3);
            detail.getStyleClass().add("rx-notice-detail");
            content.getChildren().add(detail);
        }
        alert.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType offer = n.action() == null ? null : new ButtonType(m.format(n.action().label()), ButtonBar.ButtonData.OK_DONE);
        if (offer != null) {
            alert.getButtonTypes().setAll(offer, close);
        } else {
            alert.getButtonTypes().setAll(close);
        }
        alert.showAndWait().filter(b -> b == offer).ifPresent(b -> n.action().run().run());
    }
}
