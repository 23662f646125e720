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
 *
 * <p>The tally changes with most steps of a replay, so rows are kept and filled in anew (their text,
 * bars and marks); they are built again only when the language changes. Hidden, the panel waits to be
 * shown.
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
    private final java.util.List<Row> rowViews = new java.util.ArrayList<>();
    private final Label legendCount = muted();
    private final Label legendWeight = muted();
    private final HBox legend = new HBox(14, swatch("rx-bar-count", legendCount), swatch("rx-bar-weight", legendWeight));
    private final Label more = muted();
    private Object builtFor;
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
        legend.getStyleClass().add("rx-answers-legend");
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
        if (builtFor != m.language()) {
            builtFor = m.language();
            rowViews.clear();
        }
        AnswerTally t = vm.tallyProperty().get();
        if (t.groups().isEmpty()) {
            summary.setText(m.get("answers.none"));
            rows.getChildren().clear();
            return;
        }
        String winner = t.groups().stream().filter(AnswerGroup::winner).map(AnswerGroup::normalized).findFirst()
                .orElse(m.get("answers.noWinner"));
        summary.setText(m.get(t.voted() ? "answers.summary.votes" : "answers.summary.answers", t.answers(), t.groups().size(), winner));
        legendCount.setText(m.get(t.voted() ? "answers.legend.votes" : "answers.legend.answers"));
        legendWeight.setText(m.get(t.voted() ? "answers.legend.weight" : "answers.legend.score"));
        int shownRows = Math.min(MAX_ROWS, t.groups().size());
        while (rowViews.size() < shownRows) {
            rowViews.add(new Row());
        }
        int maxCount = t.maxCount();
        double maxWeight = t.maxWeight();
        java.util.List<javafx.scene.Node> children = new java.util.ArrayList<>(shownRows + 2);
        if (t.weighted()) {
            children.add(legend);
        }
        for (int i = 0; i < shownRows; i++) {
            Row row = rowViews.get(i);
            row.fill(t.groups().get(i), t, maxCount, maxWeight);
            children.add(row.box);
        }
        if (t.groups().size() > MAX_ROWS) {
            more.setText(m.get("answers.more", t.groups().size() - MAX_ROWS));
            children.add(more);
        }
        if (!children.equals(rows.getChildren())) {
            rows.getChildren().setAll(children);
        }
    }

    /** One answer's row, filled in anew for whichever answer stands at its place. */
    private final class Row {
        final VBox box = new VBox(4);
        final Label answer = new Label();
        final Label verdict = new Label();
        final Label gold = badge("rx-chip-gold");
        final Label winner = badge("rx-chip-winner");
        final Region countFill = new Region();
        final Label countText = value();
        final Region weightFill = new Region();
        final Label weightText = value();
        final HBox weightBar = bar("rx-bar-weight", weightFill, weightText);
        final Label written = muted();
        String normalized;

        Row() {
            answer.getStyleClass().add("rx-answer-text");
            answer.setWrapText(true);
            verdict.getStyleClass().add("rx-chip");
            gold.setText(m.get("answers.gold"));
            winner.setText(m.get("answers.winner"));
            HBox marks = new HBox(6, verdict, gold, winner);
            marks.setMinWidth(Region.USE_PREF_SIZE);
            marks.setAlignment(Pos.CENTER_RIGHT);
            answer.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(answer, Priority.ALWAYS);
            HBox head = new HBox(8, answer, marks);
            head.setAlignment(Pos.TOP_LEFT);
            written.setWrapText(true);
            box.getChildren().addAll(head, bar("rx-bar-count", countFill, countText), weightBar, written);
            box.getStyleClass().add("rx-answer-row");
            box.setOnMouseClicked(e -> vm.choose(normalized));
        }

        void fill(AnswerGroup g, AnswerTally t, int maxCount, double maxWeight) {
            normalized = g.normalized();
            box.setUserData(normalized);
            answer.setText(g.normalized());
            verdict.setText(m.get(g.correct() ? "answers.right" : "answers.wrong"));
            String good = g.correct() ? "rx-chip-good" : "rx-chip-bad";
            if (!verdict.getStyleClass().contains(good)) {
                verdict.getStyleClass().removeAll("rx-chip-good", "rx-chip-bad");
                verdict.getStyleClass().add(good);
            }
            show(gold, g.gold());
            show(winner, g.winner());
            setBar(countFill, (double) g.count() / maxCount);
            countText.setText(m.get(t.voted() ? "answers.votes" : "answers.answers", g.count()));
            boolean weighed = t.weighted() && !Double.isNaN(g.weight());
            show(weightBar, weighed);
            if (weighed) {
                setBar(weightFill, g.weight() / maxWeight);
                weightText.setText(m.get(t.voted() ? "answers.weight" : "answers.score", String.format(Locale.ROOT, "%.3f", g.weight())));
            }
            String members = g.members().stream().limit(MAX_FORMS)
                    .map(x -> "“" + x.raw() + "”" + (x.count() > 1 ? " ×" + x.count() : "")).collect(Collectors.joining("   "))
                    + (g.members().size() > MAX_FORMS ? "   " + m.get("answers.moreForms", g.members().size() - MAX_FORMS) : "");
            written.setText(m.get("answers.writtenAs", members));
            box.pseudoClassStateChanged(CHOSEN, g.normalized().equals(vm.chosenProperty().get()));
        }
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static Label muted() {
        Label l = new Label();
        l.getStyleClass().add("rx-muted");
        return l;
    }

    private static Label value() {
        Label l = new Label();
        l.getStyleClass().add("rx-value");
        return l;
    }

    private static Label badge(String style) {
        Label l = new Label();
        l.getStyleClass().addAll("rx-chip", style);
        return l;
    }

    private static HBox bar(String style, Region fill, Label text) {
        fill.getStyleClass().addAll("rx-bar", style);
        fill.setPrefHeight(12);
        fill.setMaxHeight(12);
        StackPane track = new StackPane(fill);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(BAR_WIDTH);
        track.setMaxWidth(BAR_WIDTH);
        track.getStyleClass().add("rx-bar-track");
        HBox h = new HBox(8, track, text);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static void setBar(Region fill, double fraction) {
        double w = Math.max(3, Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
        fill.setMinWidth(w);
        fill.setPrefWidth(w);
        fill.setMaxWidth(w);
    }

    private static HBox swatch(String style, Label text) {
        Region r = new Region();
        r.getStyleClass().addAll("rx-bar", style);
        r.setPrefSize(12, 12);
        r.setMaxSize(12, 12);
        HBox h = new HBox(6, r, text);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
