package org.reasoningexplorer.app.run;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.engine.search.Strategies;

/**
 * The "Run a search" dialog: strategy and its documented options on the left; puzzle, reasoner knobs,
 * verifier noise, seed and output on the right. Every field explains itself in a tooltip and says what
 * is wrong with it; Run is enabled only when everything is valid.
 */
public final class RunDialog extends Dialog<RunRequest> {
    private final RunDialogViewModel vm;
    private final Messages m;
    private final GridPane optionGrid = new GridPane();

    public RunDialog(Window owner, RunDialogViewModel vm, Messages m, Path runsFolder) {
        this.vm = vm;
        this.m = m;
        initOwner(owner);
        setTitle(m.get("run.title"));
        setHeaderText(m.get("run.header"));
        setResizable(true);
        getDialogPane().setId("run-dialog");
        getDialogPane().getStyleClass().add("rx-run-dialog");
        org.reasoningexplorer.app.theme.DialogLook.adopt(getDialogPane(), owner);
        ButtonType run = new ButtonType(m.get("run.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(run, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button runButton = (Button) getDialogPane().lookupButton(run);
        runButton.setId("run-start");
        runButton.disableProperty().bind(vm.validProperty().not());
        HBox columns = new HBox(24, left(), new RunSettingsColumn(vm, m, runsFolder, this::chooseOutput));
        HBox.setHgrow(columns.getChildren().get(0), Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("run-problem");
        problem.getStyleClass().add("rx-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(m.text(vm.problemProperty()));
        VBox content = new VBox(12, columns, problem);
        content.setPadding(new Insets(4, 4, 0, 4));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1020, 700);
        setResultConverter(b -> b == run && vm.validProperty().get() ? vm.request() : null);
    }

    private VBox left() {
        Label head = sectionTitle("run.section.strategy", m);
        ComboBox<Strategies.Entry> strategy = new ComboBox<>();
        strategy.setId("run-strategy");
        strategy.getItems().setAll(vm.strategies());
        strategy.setCellFactory(lv -> new StrategyCell(m));
        strategy.setButtonCell(new StrategyCell(m));
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        strategy.setMaxWidth(Double.MAX_VALUE);
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().add("rx-muted");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summaryOf(vm.strategyProperty().get()),
                vm.strategyProperty()));
        Label optionsHead = sectionTitle("run.section.options", m);
        optionGrid.setHgap(10);
        optionGrid.setVgap(6);
        optionGrid.getColumnConstraints().setAll(new ColumnConstraints(), grow());
        vm.options().addListener((javafx.collections.ListChangeListener<OptionField>) c -> rebuildOptions());
        rebuildOptions();
        ScrollPane scroll = new ScrollPane(optionGrid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("rx-options-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, head, strategy, summary, optionsHead, scroll);
        box.setMinWidth(470);
        return box;
    }

    private void rebuildOptions() {
        optionGrid.getChildren().clear();
        int row = 0;
        for (OptionField f : vm.options()) {
            Label name = new Label(f.name());
            name.getStyleClass().add("rx-option-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.Node editor = OptionEditors.editor(f, m);
            Label hint = new Label(m.get("run.option.hint", shortNumber(f.doc().defaultValue()), f.doc().allowed()));
            hint.getStyleClass().add("rx-muted");
            hint.setWrapText(true);
            Tooltip tip = new Tooltip(meaning(f));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            name.setTooltip(tip);
            Label error = new Label();
            error.getStyleClass().add("rx-problem");
            error.setWrapText(true);
            error.textProperty().bind(m.text(f.problemProperty()));
            error.visibleProperty().bind(f.problemProperty().isNotEqualTo(org.reasoningexplorer.app.i18n.Phrase.NONE));
            error.managedProperty().bind(error.visibleProperty());
            Label meaning = new Label(meaning(f));
            meaning.getStyleClass().addAll("rx-option-meaning");
            meaning.setWrapText(true);
            VBox about = new VBox(1, meaning, hint, error);
            // A small preferred width lets the labels wrap to the column instead of widening it.
            about.setPrefWidth(10);
            about.setMinWidth(10);
            for (Label l : new Label[] {meaning, hint, error}) {
                l.setMaxWidth(Double.MAX_VALUE);
            }
            optionGrid.add(name, 0, row);
            optionGrid.add(editor, 1, row);
            optionGrid.add(about, 1, row + 1);
            row += 2;
        }
    }

    /** A default like 1.4142135623730951 shown as 1.41421 (the field keeps the exact value). */
    private static String shortNumber(String value) {
        if (value.matches("-?\\d+\\.\\d{6,}")) {
            return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    private String meaning(OptionField f) {
        for (String key : f.meaningKeys()) {
            if (m.has(key)) {
                return m.get(key);
            }
        }
        return f.doc().meaning();
    }

    private String summaryOf(Strategies.Entry e) {
        if (e == null) {
            return "";
        }
        String key = "strategy." + e.name() + ".summary";
        return m.has(key) ? m.get(key) : e.summary();
    }

    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("run.output.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("file.traces"), "*.trace.jsonl"));
        chooser.setInitialFileName(vm.strategyName() + ".trace.jsonl");
        File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            vm.outputProperty().set(f.toPath());
        }
    }

    static Label sectionTitle(String key, Messages m) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("rx-section-title");
        return l;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(140);
        return c;
    }

    /** Shows a strategy by its name in the chosen language, with its engine name. */
    private static final class StrategyCell extends ListCell<Strategies.Entry> {
        private final Messages m;

        StrategyCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Strategies.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String key = "strategy." + item.name() + ".name";
            setText((m.has(key) ? m.get(key) : item.name()) + "  (" + item.name() + ")");
        }
    }

}
