package org.reasoningexplorer.app.treeview;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.shell.ShellViewModel;

/** What the tree area says when nothing is open: how to open a trace or start a search. */
final class EmptyTreeHint extends VBox {
    EmptyTreeHint(ShellViewModel vm) {
        super(8);
        getStyleClass().add("rx-empty-hint");
        setAlignment(Pos.CENTER);
        setMouseTransparent(true);
        Label title = new Label();
        title.getStyleClass().add("rx-empty-title");
        title.textProperty().bind(vm.messages().text("empty.title"));
        Label body = new Label();
        body.getStyleClass().add("rx-muted");
        body.setWrapText(true);
        body.textProperty().bind(vm.messages().text("empty.body"));
        getChildren().addAll(title, body);
        visibleProperty().bind(vm.replay().documentProperty().isNull().and(vm.openingPreviewProperty().isNull()));
    }
}
