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
        java.util.List<Action> listed = java.util.Arrays.stream(Action.values()).filter(a -> a.shortcut() != null).toList();
        int half = (listed.size() + 1) / 2;
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        for (int i = 0; i < listed.size(); i++) {
            Action a = listed.get(i);
            Label key = new Label(a.shortcut().getDisplayText());
            key.getStyleClass().add("rx-key");
            String what = m.get(a.labelKey());
            if (a.name().startsWith("COLOR_")) {
                what = m.get("help.colorBy", what);
            }
            int column = i < half ? 0 : 2;
            g.add(key, column, i % half);
            g.add(new Label(what), column + 1, i % half);
        }
        javafx.scene.layout.ColumnConstraints gap = new javafx.scene.layout.ColumnConstraints();
        g.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(), gap);
        g.getColumnConstraints().get(1).setMinWidth(300);
        Label mouse = new Label(m.get("help.mouse"));
        mouse.setWrapText(true);
        mouse.getStyleClass().add("rx-muted");
        mouse.setMaxWidth(760);
        VBox box = new VBox(14, g, mouse);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(500);
        scroll.setPrefViewportWidth(800);
        scroll.getStyleClass().add("rx-help");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }
}
