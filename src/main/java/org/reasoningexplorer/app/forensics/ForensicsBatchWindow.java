package org.reasoningexplorer.app.forensics;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;

/** Analysis ▸ Forensics of a folder: the failed votes of a folder of traces; double-click opens one. */
public final class ForensicsBatchWindow {
    private ForensicsBatchWindow() {
    }

    /** Shows the window and asks for a folder at once. */
    public static Stage show(Window owner, Messages m, Executor background, Executor ui, List<String> css, Consumer<Path> open,
                             Path initial) {
        ForensicsBatchViewModel vm = new ForensicsBatchViewModel(background, ui);
        Stage stage = new Stage();
        TableView<ForensicsBatchViewModel.Failure> table = new TableView<>(vm.failures());
        table.setId("batch-table");
        table.getColumns().add(column(m, "batch.col.voteMargin", f -> ForensicsView.fmt(f.voteMargin()), 110));
        table.getColumns().add(column(m, "batch.col.scoreMargin", f -> ForensicsView.fmt(f.scoreMargin()), 110));
        table.getColumns().add(column(m, "batch.col.file", f -> f.file().getFileName().toString(), 260));
        table.getColumns().add(column(m, "batch.col.chosen", ForensicsBatchViewModel.Failure::chosen, 90));
        table.getColumns().add(column(m, "batch.col.verdict", ForensicsBatchViewModel.Failure::verdict, 420));
        table.setPlaceholder(new Label(m.get("batch.empty")));
        table.setRowFactory(t -> {
            TableRow<ForensicsBatchViewModel.Failure> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().file());
                }
            });
            return row;
        });
        Button choose = new Button(m.get("batch.choose"));
        choose.setId("batch-choose");
        Button cancel = new Button(m.get("dialog.cancel"));
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        Label summary = new Label();
        summary.setId("batch-summary");
        summary.textProperty().bind(m.text(vm.summaryProperty()));
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(10, choose, summary, progress, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        choose.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle(m.get("batch.title"));
            if (initial != null && initial.toFile().isDirectory()) {
                c.setInitialDirectory(initial.toFile());
            }
            File dir = c.showDialog(stage);
            if (dir != null) {
                vm.scan(dir.toPath());
            }
        });
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        root.getStyleClass().add("rx-main");
        Scene scene = new Scene(root, 1040, 560);
        scene.getStylesheets().setAll(css);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(m.get("batch.title"));
        stage.getProperties().put(ForensicsBatchViewModel.class, vm);
        stage.show();
        return stage;
    }

    private static TableColumn<ForensicsBatchViewModel.Failure, String> column(Messages m, String key,
            Function<ForensicsBatchViewModel.Failure, String> f, double width) {
        TableColumn<ForensicsBatchViewModel.Failure, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
