package org.reasoningexplorer.app.run;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.reasoningexplorer.app.i18n.Messages;

/** The control that edits one strategy option: a text field for numbers, a checkbox for flags, a list for choices. */
final class OptionEditors {
    private OptionEditors() {
    }

    static Node editor(OptionField f, Messages m) {
        switch (f.kind()) {
            case FLAG: {
                CheckBox box = new CheckBox();
                box.setId("option-" + f.name());
                box.setSelected(Boolean.parseBoolean(f.value()));
                box.selectedProperty().addListener((o, a, on) -> f.valueProperty().set(Boolean.toString(on)));
                return box;
            }
            case CHOICE: {
                ComboBox<String> choice = new ComboBox<>();
                choice.setId("option-" + f.name());
                choice.getItems().setAll(f.choices());
                choice.setValue(f.value());
                choice.valueProperty().addListener((o, a, v) -> f.valueProperty().set(v));
                choice.setMaxWidth(240);
                return choice;
            }
            default: {
                TextField text = new TextField();
                text.setId("option-" + f.name());
                text.textProperty().bindBidirectional(f.valueProperty());
                text.setPrefColumnCount(8);
                text.setMaxWidth(240);
                f.problemProperty().addListener((o, a, p) -> text.pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("invalid"), !p.isEmpty()));
                return text;
            }
        }
    }
}
