package org.reasoningexplorer.app.importing;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.theme.DialogLook;

/** Lists the problems an imported file holds (id, nodes, answer) and returns the one chosen, and whether to save it. */
public final class ImportChooser extends Dialog<ImportChooser.Picked> {
    /** The problem chosen and whether to save it as a trace file too. */
    public record Picked(ImportViewModel.Summary problem, boolean save) {
    }

    public ImportChooser(Window owner, ImportViewModel.Choice choice, Messages m) {
        initOwner(owner);
        setTitle(m.get("import.choose.title"));
        setHeaderText(m.get("import.choose.header", choice.file().getFileName(), choice.problems().size()));
        setResizable(true);
        getDialogPane().setId("import-chooser");
        DialogLook.adopt(getDialogPane(), owner);
        TableView<ImportViewModel.Summary> table = new TableView<>();
        table.setId("import-problems");
        table.getItems().setAll(choice.problems());
        table.getColumns().add(column(m.get("import.col.problem"), 260, s -> s.problemId()));
        table.getColumns().add(column(m.get("import.col.nodes"), 90, s -> Integer.toString(s.nodes())));
        table.getColumns().add(column(m.get("import.col.answer"), 220, s -> s.answer()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().select(0);
        table.setPrefSize(620, 380);
        Label hint = new Label(m.get("import.choose.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("rx-muted");
        getDialogPane().setContent(new VBox(10, table, hint));
        ButtonType open = new ButtonType(m.get("import.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType openSave = new ButtonType(m.get("import.openSave"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().setAll(open, openSave, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ((Button) getDialogPane().lookupButton(open)).setId("import-open");
        ((Button) getDialogPane().lookupButton(openSave)).setId("import-open-save");
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<ImportViewModel.Summary>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    setResult(new Picked(row.getItem(), false));
                }
            });
            return row;
        });
        setResultConverter(b -> {
            var s = table.getSelectionModel().getSelectedItem();
            if (s == null || (b != open && b != openSave)) {
                return null;
            }
            return new Picked(s, b == openSave);
        });
    }

    private static TableColumn<ImportViewModel.Summary, String> column(String title, double width,
                                                                       java.util.function.Function<ImportViewModel.Summary, String> value) {
        TableColumn<ImportViewModel.Summary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
