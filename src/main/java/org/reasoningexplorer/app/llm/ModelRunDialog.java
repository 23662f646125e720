package org.reasoningexplorer.app.llm;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.run.RunRequest;
import org.reasoningexplorer.app.theme.DialogLook;

/** Search ▸ Run with a model: a question for the configured model server, solved with a chosen strategy. */
public final class ModelRunDialog extends Dialog<RunRequest> {
    public ModelRunDialog(Window owner, ModelRunViewModel vm, Messages m) {
        initOwner(owner);
        setTitle(m.get("llm.run.title"));
        setHeaderText(m.get("llm.run.header"));
        setResizable(true);
        getDialogPane().setId("model-run-dialog");
        DialogLook.adopt(getDialogPane(), owner);
        FormGrid form = new FormGrid(m);
        Label server = new Label();
        server.setId("llm-run-server");
        server.setWrapText(true);
        server.textProperty().bind(Bindings.createStringBinding(() -> vm.server().baseUrlProperty().get() + "  ·  "
                + vm.server().modelProperty().get(), vm.server().baseUrlProperty(), vm.server().modelProperty()));
        Button configure = new Button();
        configure.setId("llm-run-configure");
        configure.textProperty().bind(m.text("llm.run.configure"));
        configure.setMinWidth(Button.USE_PREF_SIZE);
        configure.setOnAction(e -> new ModelServerDialog(getDialogPane().getScene().getWindow(), vm.server(), m).showAndWait());
        HBox serverRow = new HBox(8, server, configure);
        HBox.setHgrow(server, Priority.ALWAYS);
        server.setMaxWidth(Double.MAX_VALUE);
        form.add("llm.run.server", serverRow);
        TextArea question = new TextArea();
        question.setId("llm-run-question");
        question.setWrapText(true);
        question.setPrefRowCount(4);
        question.textProperty().bindBidirectional(vm.questionProperty());
        form.add("llm.run.question", question);
        TextField gold = new TextField();
        gold.setId("llm-run-gold");
        gold.textProperty().bindBidirectional(vm.goldProperty());
        form.add("llm.run.gold", gold);
        ComboBox<String> strategy = new ComboBox<>();
        strategy.setId("llm-run-strategy");
        strategy.getItems().setAll(vm.strategies());
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        form.add("llm.run.strategy", strategy);
        TextField options = new TextField();
        options.setId("llm-run-options");
        options.textProperty().bindBidirectional(vm.optionsProperty());
        form.add("llm.run.options", options);
        Label problem = new Label();
        problem.setId("llm-run-problem");
        problem.getStyleClass().add("rx-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(m.text(vm.problemProperty()));
        VBox content = new VBox(14, form, problem);
        content.setPadding(new Insets(4));
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
        ButtonType run = new ButtonType(m.get("run.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(run, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button runButton = (Button) getDialogPane().lookupButton(run);
        runButton.setId("llm-run-start");
        RunRequest[] made = new RunRequest[1];
        runButton.addEventFilter(ActionEvent.ACTION, e -> {
            made[0] = vm.request();
            if (made[0] == null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == run ? made[0] : null);
    }
}
