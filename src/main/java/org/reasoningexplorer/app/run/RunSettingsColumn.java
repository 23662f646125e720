package org.reasoningexplorer.app.run;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;

/** The run dialog's right column: the puzzle, the reasoner's knobs, the verifiers' noise, the seed and the output. */
final class RunSettingsColumn extends VBox {
    RunSettingsColumn(RunDialogViewModel vm, Messages m, Path runsFolder, Runnable chooseOutput) {
        super(8);
        setMinWidth(430);
        setPrefWidth(440);
        TextField puzzle = new TextField();
        puzzle.setId("run-puzzle");
        puzzle.textProperty().bindBidirectional(vm.puzzleProperty());
        puzzle.setTooltip(tip(m.get("run.puzzle.tip")));
        HBox.setHgrow(puzzle, Priority.ALWAYS);
        ComboBox<Integer> level = new ComboBox<>();
        level.setId("run-level");
        level.getItems().setAll(1, 2, 3, 4, 5);
        level.setCellFactory(lv -> new LevelCell(m));
        level.setButtonCell(new LevelCell(m));
        level.setValue(vm.levelProperty().get());
        level.valueProperty().addListener((o, a, v) -> vm.levelProperty().set(v));
        level.setTooltip(tip(m.get("run.level.tip")));
        Button random = new Button(m.get("run.random"));
        random.setId("run-random");
        random.setTooltip(tip(m.get("run.random.tip")));
        random.setOnAction(e -> vm.pickRandomPuzzle());
        random.disableProperty().bind(vm.pickingProperty());
        Label puzzleProblem = problemLabel(vm.puzzleProblemProperty(), m);
        HBox randomRow = new HBox(6, level, random);
        randomRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(RunDialog.sectionTitle("run.section.puzzle", m), puzzle, randomRow, puzzleProblem);

        GridPane knobs = grid();
        int row = 0;
        for (KnobField k : vm.knobs()) {
            Label name = new Label(m.get("knob." + k.name()));
            name.setTooltip(tip(m.get("knob." + k.name() + ".tip")));
            TextField value = new TextField();
            value.setId("knob-" + k.name());
            value.setPrefColumnCount(6);
            value.textProperty().bindBidirectional(k.valueProperty());
            value.setTooltip(tip(m.get("knob." + k.name() + ".tip")));
            Label hint = new Label(m.get("run.option.hint", k.defaultText(), k.rangeText()));
            hint.getStyleClass().add("rx-muted");
            knobs.addRow(row++, name, value, hint);
        }
        getChildren().addAll(RunDialog.sectionTitle("run.section.reasoner", m), knobs);

        GridPane noise = grid();
        noise.addRow(0, label(m, "verifier.orm"), noiseBox("noise-orm", vm.ormProperty(), m));
        noise.addRow(1, label(m, "verifier.prm"), noiseBox("noise-prm", vm.prmProperty(), m));
        noise.addRow(2, label(m, "verifier.judge"), noiseBox("noise-judge", vm.judgeProperty(), m));
        getChildren().addAll(RunDialog.sectionTitle("run.section.verifiers", m), noise);

        TextField seed = new TextField();
        seed.setId("run-seed");
        seed.setPrefColumnCount(8);
        seed.textProperty().bindBidirectional(vm.seedProperty());
        seed.setTooltip(tip(m.get("run.seed.tip")));
        Label output = new Label();
        output.getStyleClass().add("rx-muted");
        output.setWrapText(true);
        output.textProperty().bind(Bindings.createStringBinding(() -> vm.outputProperty().get() == null
                ? m.get("run.output.auto", runsFolder) : vm.outputProperty().get().toString(), vm.outputProperty()));
        Button choose = new Button(m.get("run.output.chooseButton"));
        choose.setOnAction(e -> chooseOutput.run());
        CheckBox paced = new CheckBox(m.get("run.paced"));
        paced.setId("run-paced");
        paced.selectedProperty().bindBidirectional(vm.pacedProperty());
        paced.setTooltip(tip(m.get("run.paced.tip")));
        GridPane rest = grid();
        rest.addRow(0, label(m, "run.seed"), seed);
        rest.addRow(1, label(m, "run.output"), new HBox(6, choose));
        rest.add(output, 1, 2);
        getChildren().addAll(RunDialog.sectionTitle("run.section.run", m), rest, paced);
    }

    private static ComboBox<NoisePreset> noiseBox(String id, ObjectProperty<NoisePreset> property, Messages m) {
        ComboBox<NoisePreset> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(NoisePreset.values());
        box.setCellFactory(lv -> new NoiseCell(m));
        box.setButtonCell(new NoiseCell(m));
        box.valueProperty().bindBidirectional(property);
        box.setTooltip(tip(m.get("noise.tip")));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        return g;
    }

    private static Label label(Messages m, String key) {
        return new Label(m.get(key));
    }

    private static Label problemLabel(javafx.beans.value.ObservableValue<org.reasoningexplorer.app.i18n.Phrase> p, Messages m) {
        Label l = new Label();
        l.getStyleClass().add("rx-problem");
        l.setWrapText(true);
        l.textProperty().bind(m.text(p));
        return l;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    /** A difficulty level in words. */
    private static final class LevelCell extends ListCell<Integer> {
        private final Messages m;

        LevelCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("run.level." + item));
        }
    }

    /** A noise preset with its explanation. */
    private static final class NoiseCell extends ListCell<NoisePreset> {
        private final Messages m;

        NoiseCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(NoisePreset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get(item.nameKey()));
            setTooltip(empty || item == null ? null : tip(m.get(item.nameKey() + ".tip")));
        }
    }
}
