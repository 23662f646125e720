package org.reasoningexplorer.app.whatif;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.engine.whatif.Reselection;

/**
 * The "What if" side tab: the selected node's scores with a slider, a field and quick buttons; undo and
 * redo; for selection-only strategies a before/after card of the choice; for searches "Re-run from here".
 */
public final class WhatIfView extends ScrollPane {
    private final WhatIfViewModel vm;
    private final Messages m;
    private final VBox content = new VBox(14);
    private final VBox notice = new VBox(6);
    private final VBox scores = new VBox(8);
    private final VBox choice = new VBox(8);

    public WhatIfView(WhatIfViewModel vm, Messages m, Consumer<WhatIfViewModel.Rerun> showDiff) {
        this.vm = vm;
        this.m = m;
        setId("whatif");
        setFitToWidth(true);
        getStylesheets().add(Cards.STYLESHEET);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("rx-panel-content");
        setContent(content);

        Button undo = button("whatif-undo", "whatif.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("whatif-redo", "whatif.redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        HBox history = new HBox(8, undo, redo);

        ComboBox<WhatIfViewModel.Noise> noise = combo("whatif-noise", WhatIfViewModel.Noise.values(), "whatif.noise.");
        noise.valueProperty().bindBidirectional(vm.noiseProperty());
        noise.disableProperty().bind(vm.canRerunProperty().not());
        ComboBox<WhatIfViewModel.Aggregation> agg = combo("whatif-aggregation", WhatIfViewModel.Aggregation.values(), "whatif.agg.");
        agg.valueProperty().bindBidirectional(vm.aggregationProperty());
        GridPane whole = new GridPane();
        whole.setHgap(10);
        whole.setVgap(6);
        whole.addRow(0, label("whatif.noise"), noise);
        whole.addRow(1, label("whatif.aggregation"), agg);
        VBox selectionBox = Cards.section(m.text("whatif.choice"), choice, whole);
        selectionBox.visibleProperty().bind(vm.selectionOnlyProperty());
        selectionBox.managedProperty().bind(vm.selectionOnlyProperty());

        Button rerun = button("whatif-rerun", "whatif.rerun", vm::rerun);
        rerun.disableProperty().bind(vm.canRerunProperty().not().or(vm.runningProperty()));
        rerun.getStyleClass().add("rx-default");
        Button cancel = button("whatif-cancel", "dialog.cancel", vm::cancelRerun);
        cancel.visibleProperty().bind(vm.runningProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("whatif-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button showDiffButton = button("whatif-show-diff", "whatif.showDiff", () -> showDiff.accept(vm.rerunProperty().get()));
        showDiffButton.disableProperty().bind(vm.rerunProperty().isNull());
        HBox runRow = new HBox(8, rerun, cancel, progress);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Label message = Cards.muted("");
        message.setId("whatif-message");
        message.textProperty().bind(m.text(vm.messageProperty()));
        Label hint = Cards.muted("");
        hint.textProperty().bind(m.text("whatif.search.hint"));
        VBox rerunBox = Cards.section(m.text("whatif.search"), hint, runRow, showDiffButton);

        content.getChildren().addAll(notice, scores, history, selectionBox, rerunBox, message);
        vm.rows().addListener((javafx.collections.ListChangeListener<WhatIfViewModel.ScoreRow>) c -> rebuildScores());
        vm.selectionProperty().addListener((o, a, b) -> rebuildScores());
        vm.beforeProperty().addListener((o, a, b) -> rebuildChoice());
        vm.afterProperty().addListener((o, a, b) -> rebuildChoice());
        vm.pendingOverlayProperty().addListener((o, a, b) -> rebuildNotice());
        vm.rerunProperty().addListener((o, a, r) -> {
            if (r != null) {
                showDiff.accept(r);
            }
        });
        m.languageProperty().addListener((o, a, b) -> {
            rebuildScores();
            rebuildChoice();
            rebuildNotice();
        });
        rebuildScores();
        rebuildChoice();
        rebuildNotice();
    }

    private void rebuildNotice() {
        notice.getChildren().clear();
        var l = vm.pendingOverlayProperty().get();
        if (l == null) {
            return;
        }
        notice.setId("whatif-overlay-notice");
        notice.getStyleClass().setAll("rx-section", "rx-whatif-notice");
        notice.getChildren().add(Cards.value(m.get("whatif.overlay.found", l.edits().size())));
        if (l.traceChanged()) {
            Label warn = Cards.value(m.get("whatif.overlay.changed"));
            warn.setId("whatif-overlay-changed");
            warn.getStyleClass().add("rx-whatif-warning");
            notice.getChildren().add(warn);
        }
        notice.getChildren().add(new HBox(8, button("whatif-overlay-apply", "whatif.overlay.apply", vm::applyOverlay),
                button("whatif-overlay-dismiss", "whatif.overlay.dismiss", vm::dismissOverlay)));
    }

    private void rebuildScores() {
        scores.getChildren().clear();
        int node = vm.selectionProperty().get();
        if (vm.rows().isEmpty()) {
            Label hint = Cards.muted(m.get(node > 0 ? "whatif.noScores" : "whatif.placeholder"));
            hint.setId("whatif-placeholder");
            scores.getChildren().add(hint);
            return;
        }
        VBox rows = new VBox(10);
        for (WhatIfViewModel.ScoreRow r : vm.rows()) {
            rows.getChildren().add(scoreRow(r));
        }
        scores.getChildren().add(Cards.section(m.get("whatif.scoresOf", node), rows));
    }

    private Node scoreRow(WhatIfViewModel.ScoreRow r) {
        String tag = r.kind().tag();
        Label name = new Label(m.get("kind." + tag));
        name.getStyleClass().add("rx-value");
        Label original = Cards.muted(m.get("whatif.original", fmt(r.original())));
        if (r.edited()) {
            original.setText(m.get("whatif.edited", fmt(r.original())));
            original.getStyleClass().add("rx-whatif-edited");
        }
        Slider slider = new Slider(0, r.max(), Math.max(0, Math.min(r.max(), r.value())));
        slider.setId("whatif-slider-" + tag);
        HBox.setHgrow(slider, Priority.ALWAYS);
        TextField field = new TextField(fmt(r.value()));
        field.setId("whatif-field-" + tag);
        field.setPrefColumnCount(5);
        field.setOnAction(e -> commit(r, field));
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commit(r, field);
            }
        });
        slider.valueProperty().addListener((o, a, v) -> {
            field.setText(fmt(v.doubleValue()));
            if (!slider.isValueChanging()) {
                vm.setScore(r.kind(), v.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setScore(r.kind(), slider.getValue());
            }
        });
        Button right = button("whatif-correct-" + tag, "whatif.markCorrect", () -> vm.markCorrect(r.kind()));
        right.getStyleClass().add("rx-whatif-good");
        Button wrong = button("whatif-wrong-" + tag, "whatif.markWrong", () -> vm.markWrong(r.kind()));
        wrong.getStyleClass().add("rx-whatif-bad");
        HBox top = new HBox(8, name, original);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox edit = new HBox(8, slider, field);
        edit.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, top, edit, new HBox(8, right, wrong));
    }

    private void commit(WhatIfViewModel.ScoreRow r, TextField field) {
        try {
            vm.setScore(r.kind(), Double.parseDouble(field.getText().trim()));
        } catch (NumberFormatException e) {
            field.setText(fmt(r.value()));
        }
    }

    private void rebuildChoice() {
        choice.getChildren().clear();
        Reselection.Choice b = vm.beforeProperty().get();
        Reselection.Choice a = vm.afterProperty().get();
        if (b == null || a == null) {
            return;
        }
        boolean changed = b.node() != a.node();
        Label verdict = new Label(m.get(changed ? "whatif.changed" : "whatif.unchanged"));
        verdict.setId("whatif-verdict");
        verdict.getStyleClass().addAll("rx-chip", !changed ? "rx-chip" : a.correct() ? "rx-chip-good" : "rx-chip-bad");
        GridPane card = new GridPane();
        card.setHgap(10);
        card.setVgap(4);
        card.getStyleClass().add("rx-whatif-card");
        card.addRow(0, Cards.muted(""), Cards.muted(m.get("whatif.before")), Cards.muted(m.get("whatif.after")));
        card.addRow(1, Cards.muted(m.get("whatif.answer")), answer(b, "whatif-before-answer"), answer(a, "whatif-after-answer"));
        card.addRow(2, Cards.muted(m.get("whatif.node")), Cards.value(Integer.toString(b.node())), nodeLabel(a));
        Label reason = Cards.value(a.reason());
        reason.setId("whatif-after-reason");
        Label beforeReason = Cards.muted(m.get("whatif.beforeReason", b.reason()));
        choice.getChildren().addAll(verdict, card, Cards.muted(m.get("whatif.why")), reason, beforeReason);
    }

    private Label nodeLabel(Reselection.Choice a) {
        Label l = Cards.value(Integer.toString(a.node()));
        l.setId("whatif-after-node");
        return l;
    }

    private Label answer(Reselection.Choice c, String id) {
        Label l = Cards.chip((c.answer().isEmpty() ? "—" : c.answer()) + "  " + m.get(c.correct() ? "whatif.correct" : "whatif.wrong"),
                c.correct());
        l.setId(id);
        return l;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(m.text(key));
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(m.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private <E extends Enum<E>> ComboBox<E> combo(String id, E[] values, String prefix) {
        ComboBox<E> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        javafx.util.Callback<javafx.scene.control.ListView<E>, javafx.scene.control.ListCell<E>> cells = lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : m.get(prefix + item.name().toLowerCase(Locale.ROOT)));
            }
        };
        c.setCellFactory(cells);
        c.setButtonCell(cells.call(null));
        m.languageProperty().addListener((o, a, b) -> {
            c.setCellFactory(null);
            c.setCellFactory(cells);
            c.setButtonCell(cells.call(null));
        });
        return c;
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }
}
