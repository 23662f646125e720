package org.reasoningexplorer.app.timeline;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.PhaseView;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.theme.Glyph;

/**
 * The timeline under the tree: play and pause, step, jump to start or end, a slider and a spinner over
 * every event, the speed, and what the current event did (with the MCTS phase named).
 */
public final class TimelineView extends VBox {
    private final ReplayViewModel replay;
    private final Slider slider = new Slider(0, 0, 0);
    private final Spinner<Integer> spinner = new Spinner<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory spinnerValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0);
    private final javafx.beans.property.ObjectProperty<Double> speedValue;
    private boolean syncing;

    public TimelineView(ReplayViewModel replay, Messages m) {
        super(4);
        this.replay = replay;
        this.speedValue = replay.speedProperty().asObject();
        setId("timeline");
        getStyleClass().add("rx-timeline");
        Button start = button("timeline-start", Glyph.TO_START, m, "timeline.start", replay::jumpToStart);
        Button back = button("timeline-back", Glyph.STEP_BACK, m, "timeline.back", replay::stepBack);
        Button play = button("timeline-play", Glyph.PLAY, m, "timeline.play", replay::togglePlay);
        play.getStyleClass().add("rx-play-button");
        replay.playingProperty().addListener((o, a, on) -> play.setGraphic((on ? Glyph.PAUSE : Glyph.PLAY).node()));
        play.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> m.get(replay.playingProperty().get()
                ? "timeline.pause" : "timeline.play"), replay.playingProperty(), m.languageProperty()));
        Button forward = button("timeline-forward", Glyph.STEP_FORWARD, m, "timeline.forward", replay::stepForward);
        Button end = button("timeline-end", Glyph.TO_END, m, "timeline.end", replay::jumpToEnd);
        slider.setId("timeline-slider");
        slider.setFocusTraversable(false);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                replay.pause();
                replay.jumpTo((int) Math.round(b.doubleValue()));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        spinner.setId("timeline-spinner");
        spinner.setValueFactory(spinnerValues);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        // Wide enough for the longest position: a million-event trace has seven digits.
        replay.totalProperty().addListener((o, a, b) -> spinner.setPrefWidth(56 + 9 * Math.max(5, Integer.toString(b.intValue()).length())));
        spinnerValues.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                replay.pause();
                replay.jumpTo(b);
            }
        });
        Label total = new Label();
        total.getStyleClass().add("rx-muted");
        total.textProperty().bind(Bindings.createStringBinding(() -> m.get("timeline.of", replay.totalProperty().get()),
                replay.totalProperty(), m.languageProperty()));
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("timeline-speed");
        speed.setFocusTraversable(false);
        speed.getItems().setAll(ReplayViewModel.SPEEDS);
        speed.valueProperty().bindBidirectional(speedValue);
        speed.setCellFactory(lv -> new SpeedCell(m));
        speed.setButtonCell(new SpeedCell(m));
        m.languageProperty().addListener((o, a, b) -> speed.setButtonCell(new SpeedCell(m)));
        Tooltip speedTip = new Tooltip();
        speedTip.textProperty().bind(m.text("timeline.speed"));
        speed.setTooltip(speedTip);
        HBox controls = new HBox(4, start, back, play, forward, end, slider, spinner, total, speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label phase = new Label();
        phase.setId("phase-label");
        phase.getStyleClass().add("rx-phase-chip");
        phase.textProperty().bind(Bindings.createStringBinding(() -> {
            PhaseView p = replay.phaseProperty().get();
            return p == null ? "" : m.get(p.nameKey());
        }, replay.phaseProperty(), m.languageProperty()));
        phase.visibleProperty().bind(replay.phaseProperty().isNotNull());
        phase.managedProperty().bind(phase.visibleProperty());
        replay.phaseProperty().addListener((o, a, p) -> {
            for (PhaseView.Phase each : PhaseView.Phase.values()) {
                phase.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(Locale.ROOT)),
                        p != null && p.phase() == each);
            }
        });
        Label narration = new Label();
        narration.setId("narration-label");
        narration.getStyleClass().add("rx-narration");
        narration.textProperty().bind(m.text(replay.narrationProperty()));
        HBox story = new HBox(8, phase, narration);
        story.setAlignment(Pos.CENTER_LEFT);
        // The row keeps the height of its tallest content (the phase chip, which comes and goes with the
        // events): were it to change, the whole window would be laid out and drawn again, on every step.
        story.heightProperty().addListener((o, a, h) -> {
            if (h.doubleValue() > story.getMinHeight()) {
                story.setMinHeight(h.doubleValue());
            }
        });
        getChildren().addAll(controls, story);
        replay.positionProperty().addListener((o, a, b) -> sync());
        replay.totalProperty().addListener((o, a, b) -> sync());
        sync();
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    replay.tick(Math.min(0.25, (now - last) / 1e9));
                }
                last = now;
            }
        }.start();
    }

    private void sync() {
        syncing = true;
        try {
            int total = replay.totalProperty().get();
            int position = replay.positionProperty().get();
            if (slider.getMax() < total) {
                slider.setMax(total);
                spinnerValues.setMax(total);
            }
            slider.setValue(position);
            slider.setMax(total);
            spinnerValues.setMax(total);
            slider.setMajorTickUnit(Math.max(1, total / 10.0));
            spinnerValues.setValue(position);
        } finally {
            syncing = false;
        }
    }

    /** Puts the keyboard focus in the event number, to type an event to jump to. */
    public void focusEventNumber() {
        spinner.requestFocus();
        spinner.getEditor().selectAll();
    }

    private static Button button(String id, Glyph glyph, Messages m, String tipKey, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(glyph.node());
        b.getStyleClass().add("rx-icon-button");
        b.setFocusTraversable(false);
        Tooltip t = new Tooltip();
        t.textProperty().bind(m.text(tipKey));
        b.setTooltip(t);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows a playback speed in the chosen language. */
    private static final class SpeedCell extends ListCell<Double> {
        private final Messages m;

        SpeedCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("timeline.speedValue", String.format(Locale.ROOT, "%.0f", item)));
        }
    }
}
