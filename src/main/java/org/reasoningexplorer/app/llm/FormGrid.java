package org.reasoningexplorer.app.llm;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.reasoningexplorer.app.i18n.Messages;

/** A two-column form (label, field) whose labels and tooltips come from the bundles. */
final class FormGrid extends GridPane {
    private final Messages m;
    private int row;

    FormGrid(Messages m) {
        this.m = m;
        setHgap(12);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row: the label {@code key}, the field, and the tooltip {@code key + ".tip"} on both. */
    void add(String key, Node field) {
        Label label = new Label();
        label.textProperty().bind(m.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(field);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(m.text(key + ".tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        label.setTooltip(tip);
        if (field instanceof Control c) {
            c.setTooltip(tip);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        add(label, 0, row);
        add(field, 1, row);
        row++;
    }

    /** Adds a node across both columns. */
    void span(Node n) {
        add(n, 0, row, 2, 1);
        row++;
    }
}
