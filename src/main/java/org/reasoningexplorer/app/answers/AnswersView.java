package org.reasoningexplorer.app.answers;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;

/**
 * The answers panel: one row per normalised answer with its vote bar (and weight bar when votes are
 * weighted), its verdict, gold and winner marks and the ways it was written. Clicking a row
 * highlights the chains that produced it.
 */
public final class AnswersView extends BorderPane {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final double BAR_WIDTH = 200;
    /** Rows drawn at most; a search with thousands of distinct answers lists the most voted. */
    static final int MAX_ROWS = 40;
    /** Ways of writing an answer listed at most per row. */
    static final int MAX_FORMS = 6;

    private final AnswersViewModel vm;
    private final Messages m;
    private final VBox rows = new VBox(6);
    private final Label summary = new Label();
    private final javafx.beans.value.ObservableBooleanValue shown;
    private boolean stale;

    /**
     * @param shown whether the panel can be seen (its tab is selected); hidden, it waits to be shown before rebuilding
     */
    public AnswersView(AnswersViewModel vm, Messages m, javafx.beans.value.ObservableBooleanValue shown) {
        this.vm = vm;
        this.m = m;
        this.shown = shown;
        setId("answers");
        getStyleClass().add("rx-answers");
        summary.setId("answers-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("rx-answers-summary");
        rows.getStyleClass().add("rx-panel-content");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox top = new VBox(summary);
        top.getStyleClass().add("rx-answers-top");
        setTop(top);
        setCenter(scroll);
        // An invalidation listener: a change listener would compare whole tallies (thousands of groups) on every change.
        vm.tallyProperty().addListener(o -> rebuild());
        vm.chosenProperty().addListener((o, a, b) -> rebuild());
        m.languageProperty().addListener((o, a, b) -> rebuild());
        // A hidden tab is rebuilt when it is shown, not on every step of a replay.
        shown.addListener((o, a, now) -> {
            if (now && stale) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        AnswerTally t = vm.tallyProperty().get();
        rows.getChildren().clear();
        if (t.groups().isEmpty()) {
            summary.setText(m.get("answers.none"));
            return;
        }
        String winner = t.groups().stream().filter(AnswerGroup::winner).map(AnswerGroup::normalized).findFirst()
                .orElse(m.get("answers.noWinner"));
        summary.setText(m.get(t.voted() ? "answers.summary.votes" : "answers.summary.answers", t.answers(), t.groups().size(), winner));
        if (t.weighted()) {
            rows.getChildren().add(legend(t));
        }
        int maxCount = t.maxCount();
        double maxWeight = t.maxWeight();
        for (AnswerGroup g : t.groups().subList(0, Math.min(MAX_ROWS, t.groups().size()))) {
            rows.getChildren().add(row(g, t, maxCount, maxWeight));
        }
        if (t.groups().size() > MAX_ROWS) {
            Label more = new Label(m.get("answers.more", t.groups().size() - MAX_ROWS));
            more.getStyleClass().add("rx-muted");
            rows.getChildren().add(more);
        }
    }

    private HBox legend(AnswerTally t) {
        HBox h = new HBox(14, swatch("rx-bar-count", m.get(t.voted() ? "answers.legend.votes" : "answers.legend.answers")),
                swatch("rx-bar-weight", m.get(t.voted() ? "answers.legend.weight" : "answers.legend.score")));
        h.getStyleClass().add("rx-answers-legend");
        return h;
    }

    private HBox swatch(String style, String text) {
        Region r = new Region();
        r.getStyleClass().addAll("rx-bar", style);
        r.setPrefSize(12, 12);
        r.setMaxSize(12, 12);
        Label l = new Label(text);
        l.getStyleClass().add("rx-muted");
        HBox h = new HBox(6, r, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private VBox row(AnswerGroup g, AnswerTally t, int maxCount, double maxWeight) {
        Label answer = new Label(g.normalized());
        answer.getStyleClass().add("rx-answer-text");
        answer.setWrapText(true);
        HBox marks = new HBox(6);
        marks.getChildren().add(badge(m.get(g.correct() ? "answers.right" : "answers.wrong"),
                g.correct() ? "rx-chip-good" : "rx-chip-bad"));
        if (g.gold()) {
            marks.getChildren().add(badge(m.get("answers.gold"), "rx-chip-gold"));
        }
        if (g.winner()) {
            marks.getChildren().add(badge(m.get("answers.winner"), "rx-chip-winner"));
        }
        marks.setMinWidth(Region.USE_PREF_SIZE);
        marks.setAlignment(Pos.CENTER_RIGHT);
        answer.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(answer, Priority.ALWAYS);
        HBox head = new HBox(8, answer, marks);
        head.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(4, head, bar("rx-bar-count", (double) g.count() / maxCount,
                m.get(t.voted() ? "answers.votes" : "answers.answers", g.count())));
        if (t.weighted() && !Double.isNaN(g.weight())) {
            box.getChildren().add(bar("rx-bar-weight", g.weight() / maxWeight,
                    m.get(t.voted() ? "answers.weight" : "answers.score", String.format(Locale.ROOT, "%.3f", g.weight()))));
        }
        String members = g.members().stream().limit(MAX_FORMS)
                .map(x -> "“" + x.raw() + "”" + (x.count() > 1 ? " ×" + x.count() : "")).collect(Collectors.joining("   "))
                + (g.members().size() > MAX_FORMS ? "   " + m.get("answers.moreForms", g.members().size() - MAX_FORMS) : "");
        Label written = new Label(m.get("answers.writtenAs", members));
        written.getStyleClass().add("rx-muted");
        written.setWrapText(true);
        box.getChildren().add(written);
        box.getStyleClass().add("rx-answer-row");
        box.pseudoClassStateChanged(CHOSEN, g.normalized().equals(vm.chosenProperty().get()));
        box.setOnMouseClicked(e -> vm.choose(g.normalized()));
        box.setUserData(g.normalized());
        return box;
    }

    private HBox bar(String style, double fraction, String text) {
        Region fill = new Region();
        fill.getStyleClass().addAll("rx-bar", style);
        double w = Math.max(3, Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
        fill.setMinWidth(w);
        fill.setPrefWidth(w);
        fill.setMaxWidth(w);
        fill.setPrefHeight(12);
        fill.setMaxHeight(12);
        StackPane track = new StackPane(fill);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(BAR_WIDTH);
        track.setMaxWidth(BAR_WIDTH);
        track.getStyleClass().add("rx-bar-track");
        Label l = new Label(text);
        l.getStyleClass().add("rx-value");
        HBox h = new HBox(8, track, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("rx-chip", style);
        return l;
    }
}
