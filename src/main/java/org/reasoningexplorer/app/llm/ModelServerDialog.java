package org.reasoningexplorer.app.llm;

import java.io.IOException;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.theme.DialogLook;
import org.reasoningexplorer.engine.llm.LlmSettings;

/** Settings ▸ Model server: where the OpenAI-compatible server is and how to sample from it. */
public final class ModelServerDialog extends Dialog<ButtonType> {
    public ModelServerDialog(Window owner, ModelServerViewModel vm, Messages m) {
        initOwner(owner);
        setTitle(m.get("llm.server.title"));
        setHeaderText(m.get("llm.server.header"));
        setResizable(true);
        getDialogPane().setId("model-server-dialog");
        DialogLook.adopt(getDialogPane(), owner);
        FormGrid form = new FormGrid(m);
        form.add("llm.baseUrl", bound(new TextField(), "llm-base-url", vm.baseUrlProperty()));
        ComboBox<String> model = new ComboBox<>(vm.models());
        model.setId("llm-model");
        model.setEditable(true);
        model.getEditor().textProperty().bindBidirectional(vm.modelProperty());
        Button test = new Button();
        test.setId("llm-test");
        test.textProperty().bind(m.text("llm.test"));
        test.disableProperty().bind(vm.testingProperty());
        test.setOnAction(e -> vm.testConnection());
        test.setMinWidth(Button.USE_PREF_SIZE);
        HBox modelRow = new HBox(8, model, test);
        HBox.setHgrow(model, Priority.ALWAYS);
        model.setMaxWidth(Double.MAX_VALUE);
        form.add("llm.model", modelRow);
        PasswordField key = new PasswordField();
        key.setId("llm-api-key");
        key.textProperty().bindBidirectional(vm.apiKeyProperty());
        form.add("llm.apiKey", key);
        Label keyNote = new Label();
        keyNote.setId("llm-key-note");
        keyNote.textProperty().bind(m.text("llm.apiKey.note"));
        keyNote.setWrapText(true);
        keyNote.getStyleClass().add("rx-muted");
        form.span(keyNote);
        ComboBox<LlmSettings.Endpoint> endpoint = new ComboBox<>();
        endpoint.setId("llm-endpoint");
        endpoint.getItems().setAll(LlmSettings.Endpoint.values());
        endpoint.valueProperty().bindBidirectional(vm.endpointProperty());
        form.add("llm.endpoint", endpoint);
        form.add("llm.temperature", bound(new TextField(), "llm-temperature", vm.temperatureProperty()));
        form.add("llm.topP", bound(new TextField(), "llm-top-p", vm.topPProperty()));
        form.add("llm.maxTokens", bound(new TextField(), "llm-max-tokens", vm.maxTokensProperty()));
        form.add("llm.separator", bound(new TextField(), "llm-separator", vm.separatorProperty()));
        form.add("llm.concurrency", bound(new TextField(), "llm-concurrency", vm.concurrencyProperty()));
        form.add("llm.timeout", bound(new TextField(), "llm-timeout", vm.timeoutProperty()));
        CheckBox stream = new CheckBox();
        stream.setId("llm-stream");
        stream.selectedProperty().bindBidirectional(vm.streamProperty());
        stream.textProperty().bind(m.text("llm.stream.tip"));
        stream.setWrapText(true);
        form.add("llm.stream", stream);
        Label message = new Label();
        message.setId("llm-message");
        message.setWrapText(true);
        message.textProperty().bind(m.text(vm.messageProperty()));
        vm.problemProperty().addListener((o, a, bad) -> message.getStyleClass().setAll(bad ? "rx-problem" : "rx-muted"));
        message.getStyleClass().add(vm.problemProperty().get() ? "rx-problem" : "rx-muted");
        VBox content = new VBox(14, form, message);
        content.setPadding(new Insets(4));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType(m.get("llm.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("llm-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.validate()) {
                e.consume();
                return;
            }
            try {
                vm.save();
            } catch (IOException ex) {
                // The settings stay in force for this session; only remembering them failed.
            }
        });
    }

    private static TextField bound(TextField f, String id, javafx.beans.property.StringProperty p) {
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
