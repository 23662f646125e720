package org.reasoningexplorer.app.longcot;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.engine.longcot.Languages;
import org.reasoningexplorer.engine.longcot.LongChain;
import org.reasoningexplorer.engine.longcot.Reflection;

/**
 * The "Long CoT" side tab: where the chain comes from, its length statistics, the value curve with
 * aha moments and wrong turns, and the steps with reflection chips and language flags. Clicking a
 * step selects its node in the tree.
 */
public final class LongCotView extends VBox {
    /** Characters of a step shown in the list; the inspector shows the whole text. */
    static final int SHOWN_CHARS = 700;
    private final LongCotViewModel vm;
    private final Messages m;
    private final Label source = new Label();
    private final Label stats = new Label();
    private final Label turns = new Label();
    private final ValueChart chart = new ValueChart();
    private final ListView<LongChain.Step> steps = new ListView<>();
    private final javafx.beans.property.IntegerProperty selection;
    private boolean selecting;

    /** Whether the panel can be seen (its tab is selected). */
    private final javafx.beans.value.ObservableBooleanValue shown;
    /** Whether the chain changed while the panel was hidden: it is shown once the panel is seen (hidden, no cells are laid out). */
    private boolean stale;

    public LongCotView(LongCotViewModel vm, Messages m, javafx.beans.property.IntegerProperty selection) {
        this(vm, m, selection, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * @param shown whether the panel can be seen (its tab is selected); hidden, it waits to be shown
     *     before filling its list
     */
    public LongCotView(LongCotViewModel vm, Messages m, javafx.beans.property.IntegerProperty selection,
                       javafx.beans.value.ObservableBooleanValue shown) {
        this.vm = vm;
        this.shown = shown;
        this.m = m;
        this.selection = selection;
        setId("long-cot");
        getStyleClass().add("rx-longcot");
        getStylesheets().add(LongCotView.class.getResource("/org/reasoningexplorer/app/longcot/long-cot.css").toExternalForm());
        setSpacing(8);
        setPadding(new Insets(10));
        source.setId("longcot-source");
        source.setWrapText(true);
        source.getStyleClass().add("rx-section-title");
        stats.setId("longcot-stats");
        stats.setWrapText(true);
        turns.setId("longcot-turns");
        turns.setWrapText(true);
        turns.getStyleClass().add("rx-muted");
        steps.setId("longcot-steps");
        steps.setCellFactory(lv -> new StepCell());
        VBox.setVgrow(steps, Priority.ALWAYS);
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!selecting && b.intValue() >= 0) {
                vm.selectStep(b.intValue());
            }
            redrawChart();
        });
        getChildren().addAll(source, stats, chart, turns, steps);
        vm.chainProperty().addListener((o, a, c) -> show(c));
        selection.addListener((o, a, b) -> {
            if (!stale) {
                follow(b.intValue());
            }
        });
        m.languageProperty().addListener((o, a, b) -> show(vm.chainProperty().get()));
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                show(vm.chainProperty().get());
            }
        });
        show(vm.chainProperty().get());
    }

    private void show(LongCotViewModel.Chain c) {
        stale = !shown.get();
        if (stale) {
            return;
        }
        selecting = true;
        try {
            if (c == null) {
                source.setText(m.get("longcot.empty"));
                stats.setText("");
                turns.setText("");
                steps.getItems().clear();
                chart.setVisible(false);
                chart.setManaged(false);
                return;
            }
            LongChain.Analysis a = c.analysis();
            source.setText(m.format(c.source()));
            LongChain.Stats s = a.stats();
            Map<Reflection.Kind, Integer> r = new EnumMap<>(s.reflections());
            stats.setText(m.get("longcot.stats", s.steps(), s.tokens(), Math.round(s.meanStepTokens()), s.longestStepTokens(),
                    r.get(Reflection.Kind.PAUSE), r.get(Reflection.Kind.ALTERNATIVE), r.get(Reflection.Kind.CHECK),
                    r.get(Reflection.Kind.CORRECTION), m.get(a.mixedLanguage() ? "longcot.lang.mixedChain" : "longcot.lang.oneLanguage")));
            boolean drawable = ValueChart.drawable(a);
            chart.setVisible(drawable);
            chart.setManaged(drawable);
            turns.setText(drawable ? m.get("longcot.turns", steps(a.ahaMoments()), steps(a.wrongTurns())) : m.get("longcot.noValues"));
            steps.getItems().setAll(a.steps());
        } finally {
            selecting = false;
        }
        follow(selection.get());
        redrawChart();
    }

    private static String steps(java.util.List<LongChain.Turn> list) {
        if (list.isEmpty()) {
            return "—";
        }
        StringBuilder b = new StringBuilder();
        for (LongChain.Turn t : list) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(t.step() + 1).append(String.format(java.util.Locale.ROOT, " (%+.2f)", t.change()));
        }
        return b.toString();
    }

    private void follow(int node) {
        LongCotViewModel.Chain c = vm.chainProperty().get();
        if (c == null) {
            return;
        }
        for (int i = 0; i < c.nodes().length; i++) {
            if (c.nodes()[i] == node) {
                if (steps.getSelectionModel().getSelectedIndex() != i && c.nodes().length > 1 && c.nodes()[0] != c.nodes()[c.nodes().length - 1]) {
                    selecting = true;
                    steps.getSelectionModel().select(i);
                    int at = Math.max(0, i - 1);
                    steps.scrollTo(at);
                    // Cells of varying height are measured on layout; scroll again once they are.
                    javafx.application.Platform.runLater(() -> steps.scrollTo(at));
                    selecting = false;
                }
                return;
            }
        }
    }

    private void redrawChart() {
        LongCotViewModel.Chain c = vm.chainProperty().get();
        chart.show(c == null ? null : c.analysis(), steps.getSelectionModel().getSelectedIndex());
    }

    /** A step: number, language flag, reflection chips, tokens, and the text. */
    private final class StepCell extends ListCell<LongChain.Step> {
        StepCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LongChain.Step s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label number = new Label(Integer.toString(s.index() + 1));
            number.getStyleClass().add("rx-step-number");
            FlowPane head = new FlowPane(6, 4, number);
            head.setAlignment(Pos.CENTER_LEFT);
            if (s.language() != Languages.Language.NONE) {
                Label lang = new Label(m.get("longcot.lang." + s.language().name().toLowerCase(java.util.Locale.ROOT)));
                lang.getStyleClass().add("rx-lang");
                if (s.language() == Languages.Language.MIXED) {
                    lang.getStyleClass().add("rx-lang-mixed");
                }
                head.getChildren().add(lang);
            }
            for (Reflection.Marker mk : s.reflections()) {
                Label chip = new Label(m.get("longcot.kind." + mk.kind().name().toLowerCase(java.util.Locale.ROOT)) + " · " + mk.words());
                chip.getStyleClass().addAll("rx-chip", "rx-chip-" + mk.kind().name().toLowerCase(java.util.Locale.ROOT));
                head.getChildren().add(chip);
            }
            Label tokens = new Label(m.get("longcot.tokens", s.tokens())
                    + (Double.isNaN(s.value()) ? "" : String.format(java.util.Locale.ROOT, " · %.2f", s.value())));
            tokens.getStyleClass().add("rx-muted");
            head.getChildren().add(tokens);
            String t = s.text().length() > SHOWN_CHARS ? s.text().substring(0, SHOWN_CHARS) + " …" : s.text();
            Label text = new Label(t);
            text.getStyleClass().add("rx-step-text");
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            head.prefWrapLengthProperty().bind(getListView().widthProperty().subtract(40));
            VBox box = new VBox(3, head, text);
            HBox.setHgrow(box, Priority.ALWAYS);
            setText(null);
            setGraphic(box);
        }
    }
}
