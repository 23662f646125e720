package org.reasoningexplorer.app.theme;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Gives a dialog the look of the window that owns it: the theme's stylesheets, dark or light, and the font. */
public final class DialogLook {
    private DialogLook() {
    }

    public static void adopt(DialogPane pane, Window owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        if (owner.getScene().getRoot().getStyleClass().contains("dark")) {
            pane.getStyleClass().add("dark");
        }
        pane.setStyle(owner.getScene().getRoot().getStyle());
    }
}
