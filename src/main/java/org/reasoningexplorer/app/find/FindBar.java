package org.reasoningexplorer.app.find;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reasoningexplorer.app.i18n.Messages;

/** The find bar above the tree: what to match (text, answer, score range), the query, previous/next and the count. */
public final class FindBar extends HBox {
    private final TextField field = new TextField();

    public FindBar(FindViewModel vm, Messages m, BooleanProperty shown) {
        super(6);
        getStyleClass().add("rx-findbar");
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label();
        label.textProperty().bind(m.text("find.label"));
        ComboBox<FindQuery.Mode> mode = new ComboBox<>();
        mode.setId("find-mode");
        mode.getItems().setAll(FindQuery.Mode.values());
        mode.setCellFactory(lv -> new ModeCell(m));
        mode.setButtonCell(new ModeCell(m));
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        m.languageProperty().addListener((o, a, b) -> {
            mode.setButtonCell(new ModeCell(m));
        });
        field.setId("find-field");
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("find.prompt." + vm.modeProperty().get().name().toLowerCase(java.util.Locale.ROOT)),
                vm.modeProperty(), m.languageProperty()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    vm.previous();
                } else {
                    vm.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                shown.set(false);
                e.consume();
            }
        });
        Button previous = button("▲", m, "find.previous", vm::previous);
        Button next = button("▼", m, "find.next", vm::next);
        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().add("rx-muted");
        status.textProperty().bind(m.text(vm.statusProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = button("✕", m, "find.close", () -> shown.set(false));
        getChildren().addAll(label, mode, field, previous, next, status, spacer, close);
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        shown.addListener((o, a, on) -> {
            if (on) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    private static Button button(String glyph, Messages m, String tipKey, Runnable action) {
        Button b = new Button(glyph);
        b.getStyleClass().add("rx-icon-button");
        Tooltip t = new Tooltip();
        t.textProperty().bind(m.text(tipKey));
        b.setTooltip(t);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Focuses the query field (when the bar is already shown). */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** Shows a find mode in the chosen language. */
    private static final class ModeCell extends ListCell<FindQuery.Mode> {
        private final Messages m;

        ModeCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(FindQuery.Mode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("find.mode." + item.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
