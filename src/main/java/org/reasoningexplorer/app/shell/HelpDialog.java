package org.reasoningexplorer.app.shell;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;

/** Lists every keyboard shortcut with what it does, plus the mouse gestures of the tree view. */
final class HelpDialog {
    private HelpDialog() {
    }

    static void show(Window owner, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("help.title"));
        d.getDialogPane().setId("help-dialog");
        org.reasoningexplorer.app.theme.DialogLook.adopt(d.getDialogPane(), owner);
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(5);
        int row = 0;
        for (Action a : Action.values()) {
            if (a.shortcut() == null) {
                continue;
            }
            Label key = new Label(a.shortcut().getDisplayText());
            key.getStyleClass().add("rx-key");
            g.addRow(row++, key, new Label(m.get(a.labelKey())));
        }
        Label mouse = new Label(m.get("help.mouse"));
        mouse.setWrapText(true);
        mouse.getStyleClass().add("rx-muted");
        mouse.setMaxWidth(460);
        VBox box = new VBox(14, g, mouse);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.getStyleClass().add("rx-help");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }
}
