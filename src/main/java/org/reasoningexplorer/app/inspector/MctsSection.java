package org.reasoningexplorer.app.inspector;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.EventNarration;

/**
 * The MCTS statistics of a node and why selection would (or would not) walk into it now: N, Q and the
 * prior, then the UCT or PUCT score as exploitation plus exploration, each with its arithmetic and a bar.
 */
final class MctsSection extends VBox {
    private static final double BAR_WIDTH = 220;

    MctsSection(NodeReport r, Messages m) {
        super(8);
        setId("inspector-mcts");
        GridPane stats = InspectorView.grid();
        stats.addRow(0, muted(m.get("inspector.visits")), valueLabel("inspector-n", Integer.toString(r.visits())));
        stats.addRow(1, muted(m.get("inspector.mean")), valueLabel("inspector-q",
                r.visits() > 0 ? EventNarration.number(r.mean()) : "—"));
        SelectionScore s = r.selection();
        String prior = EventNarration.number(r.prior());
        if (s != null && s.puct()) {
            prior += "  " + m.get("inspector.priorShare", EventNarration.number(s.prior()));
        }
        stats.addRow(2, muted(m.get("inspector.prior")), valueLabel("inspector-p", prior));
        if (s != null) {
            stats.addRow(3, muted(m.get("inspector.parentVisits")), valueLabel("inspector-parent-n",
                    Integer.toString(s.parentVisits())));
        }
        getChildren().add(stats);
        if (s == null) {
            return;
        }
        Label formula = new Label(m.get(s.puct() ? "inspector.formula.puct" : "inspector.formula.uct"));
        formula.setId("inspector-formula");
        formula.getStyleClass().add("rx-formula");
        formula.setWrapText(true);
        double exploit = s.terms().exploitation();
        double explore = s.terms().exploration();
        double scale = Double.isInfinite(explore) ? 1 : Math.max(1e-9, Math.max(0, exploit) + Math.max(0, explore));
        GridPane terms = InspectorView.grid();
        terms.setId("inspector-terms");
        terms.addRow(0, muted(m.get("inspector.exploitation")), valueLabel("inspector-exploitation", EventNarration.number(exploit)),
                bar("rx-term-exploit", Math.max(0, exploit) / scale));
        terms.addRow(1, muted(m.get("inspector.exploration")), valueLabel("inspector-exploration",
                Double.isInfinite(explore) ? "∞" : EventNarration.number(explore)),
                bar("rx-term-explore", Double.isInfinite(explore) ? 1 : Math.max(0, explore) / scale));
        Label arithmetic = new Label(explorationArithmetic(s, m));
        arithmetic.getStyleClass().add("rx-muted");
        arithmetic.setWrapText(true);
        terms.add(arithmetic, 1, 2, 2, 1);
        terms.addRow(3, muted(m.get(s.puct() ? "inspector.total.puct" : "inspector.total.uct")),
                valueLabel("inspector-total", Double.isInfinite(explore) ? "∞" : EventNarration.number(s.terms().total())));
        String verdictKey = s.siblings() == 1 ? "inspector.rank.only" : s.rank() == 1 ? "inspector.rank.first" : "inspector.rank.other";
        Label verdict = new Label(m.get(verdictKey, s.rank(), s.siblings()));
        verdict.setId("inspector-rank");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(s.rank() == 1 ? "rx-verdict-good" : "rx-muted");
        getChildren().addAll(formula, terms, verdict);
    }

    private static String explorationArithmetic(SelectionScore s, Messages m) {
        if (s.puct()) {
            return String.format(Locale.ROOT, "= c(s) · P · √N / (1 + n) = %.3f × %.3f × √%d / (1 + %d)", s.c(), s.prior(),
                    s.parentVisits(), s.visits());
        }
        if (s.unvisited()) {
            return m.get("inspector.unvisited");
        }
        return String.format(Locale.ROOT, "= c · √(ln N / n) = %.3f × √(ln %d / %d)", s.c(), s.parentVisits(), s.visits());
    }

    private static StackPane bar(String style, double fraction) {
        Region fill = new Region();
        fill.getStyleClass().addAll("rx-term-bar", style);
        double w = Math.max(2, Math.min(1, fraction) * BAR_WIDTH);
        fill.setMinWidth(w);
        fill.setPrefWidth(w);
        fill.setMaxWidth(w);
        fill.setPrefHeight(10);
        fill.setMaxHeight(10);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("rx-term-track");
        track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        track.setPrefWidth(BAR_WIDTH);
        track.setMaxWidth(BAR_WIDTH);
        GridPane.setHgrow(track, Priority.NEVER);
        return track;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("rx-muted");
        return l;
    }

    private static Label valueLabel(String id, String text) {
        Label l = InspectorView.value(text);
        l.setId(id);
        return l;
    }
}
