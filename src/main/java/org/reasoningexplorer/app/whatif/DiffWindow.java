package org.reasoningexplorer.app.whatif;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.whatif.TraceDiff;

/**
 * The original and the counterfactual side by side: nodes that disappeared are highlighted on the left,
 * nodes that appeared on the right; a summary line and a button to open the counterfactual.
 */
public final class DiffWindow {
    private DiffWindow() {
    }

    /** Shows a re-run in its own window, owned by {@code owner}; {@code open} opens a trace as the main one. */
    public static Stage show(Window owner, WhatIfViewModel.Rerun rerun, Messages m, List<String> stylesheets, Consumer<Path> open) {
        TraceDiff diff = rerun.result().diff();
        TreeCanvas left = canvas("diff-original", rerun.original(), diff.onlyInOriginal());
        TreeCanvas right = canvas("diff-counterfactual", rerun.result().tree(), diff.onlyInCounterfactual());
        Label summary = new Label(m.get("diff.summary", rerun.result().forkEvent(), diff.summary(),
                rerun.result().backendCalls(), rerun.result().reusedGenerations()));
        summary.setId("diff-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("rx-value");
        Button openButton = new Button(m.get("diff.open"));
        openButton.setId("diff-open");
        openButton.getStyleClass().add("rx-default");
        openButton.setDisable(rerun.file() == null);
        Stage stage = new Stage();
        openButton.setOnAction(e -> {
            stage.close();
            open.accept(rerun.file());
        });
        HBox panes = new HBox(10, pane(m.get("diff.original", diff.onlyInOriginal().size()), left),
                pane(m.get("diff.counterfactual", diff.onlyInCounterfactual().size()), right));
        VBox.setVgrow(panes, Priority.ALWAYS);
        HBox bottom = new HBox(10, Cards.muted(rerun.file() == null ? "" : m.get("diff.written", rerun.file().getFileName())),
                openButton);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(panes);
        root.setId("diff-window");
        root.getStyleClass().add("rx-main");
        root.setTop(summary);
        root.setBottom(bottom);
        BorderPane.setMargin(summary, new Insets(0, 0, 10, 0));
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 1200, 700);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(m.get("diff.title"));
        stage.show();
        javafx.application.Platform.runLater(() -> {
            left.fitToWindow();
            right.fitToWindow();
        });
        return stage;
    }

    private static TreeCanvas canvas(String id, TraceTree tree, List<Integer> highlighted) {
        TreeCanvas c = new TreeCanvas(TreeModel.from(tree, tree.size()));
        c.setId(id);
        c.setColorMode(ColorMode.CORRECTNESS);
        c.setHighlightedNodes(highlighted.stream().mapToInt(Integer::intValue).toArray());
        c.setPrefSize(580, 560);
        return c;
    }

    private static VBox pane(String title, TreeCanvas canvas) {
        Label head = new Label(title);
        head.getStyleClass().add("rx-section-title");
        VBox box = new VBox(6, head, canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.getStyleClass().add("rx-section");
        return box;
    }
}
