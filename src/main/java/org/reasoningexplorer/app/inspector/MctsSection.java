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

    private final Messages m;
    private final Label n = valueLabel("inspector-n");
    private final Label q = valueLabel("inspector-q");
    private final Label p = valueLabel("inspector-p");
    private final Label parentN = valueLabel("inspector-parent-n");
    private final Label exploitation = valueLabel("inspector-exploitation");
    private final Label exploration = valueLabel("inspector-exploration");
    private final Label arithmetic = new Label();
    private final Label total = valueLabel("inspector-total");
    private final Label verdict = new Label();
    private final Region exploitBar = new Region();
    private final Region exploreBar = new Region();

    /** Builds the section for a report's shape (whether it has selection terms, UCT or PUCT); {@link #fill} sets the values. */
    MctsSection(NodeReport r, Messages m) {
        super(8);
        this.m = m;
        setId("inspector-mcts");
        GridPane stats = InspectorView.grid();
        stats.addRow(0, muted(m.get("inspector.visits")), n);
        stats.addRow(1, muted(m.get("inspector.mean")), q);
        stats.addRow(2, muted(m.get("inspector.prior")), p);
        SelectionScore s = r.selection();
        if (s != null) {
            stats.addRow(3, muted(m.get("inspector.parentVisits")), parentN);
        }
        getChildren().add(stats);
        if (s == null) {
            return;
        }
        Label formula = new Label(m.get(s.puct() ? "inspector.formula.puct" : "inspector.formula.uct"));
        formula.setId("inspector-formula");
        formula.getStyleClass().add("rx-formula");
        formula.setWrapText(true);
        GridPane terms = InspectorView.grid();
        terms.setId("inspector-terms");
        terms.addRow(0, muted(m.get("inspector.exploitation")), exploitation, bar(exploitBar, "rx-term-exploit"));
        terms.addRow(1, muted(m.get("inspector.exploration")), exploration, bar(exploreBar, "rx-term-explore"));
        arithmetic.getStyleClass().add("rx-muted");
        arithmetic.setWrapText(true);
        terms.add(arithmetic, 1, 2, 2, 1);
        terms.addRow(3, muted(m.get(s.puct() ? "inspector.total.puct" : "inspector.total.uct")), total);
        verdict.setId("inspector-rank");
        verdict.setWrapText(true);
        getChildren().addAll(formula, terms, verdict);
    }

    /** Shows the values of a report with the shape this section was built for. */
    void fill(NodeReport r) {
        n.setText(Integer.toString(r.visits()));
        q.setText(r.visits() > 0 ? EventNarration.number(r.mean()) : "—");
        SelectionScore s = r.selection();
        String prior = EventNarration.number(r.prior());
        if (s != null && s.puct()) {
            prior += "  " + m.get("inspector.priorShare", EventNarration.number(s.prior()));
        }
        p.setText(prior);
        if (s == null) {
            return;
        }
        parentN.setText(Integer.toString(s.parentVisits()));
        double exploit = s.terms().exploitation();
        double explore = s.terms().exploration();
        double scale = Double.isInfinite(explore) ? 1 : Math.max(1e-9, Math.max(0, exploit) + Math.max(0, explore));
        exploitation.setText(EventNarration.number(exploit));
        setBar(exploitBar, Math.max(0, exploit) / scale);
        exploration.setText(Double.isInfinite(explore) ? "∞" : EventNarration.number(explore));
        setBar(exploreBar, Double.isInfinite(explore) ? 1 : Math.max(0, explore) / scale);
        arithmetic.setText(explorationArithmetic(s, m));
        total.setText(Double.isInfinite(explore) ? "∞" : EventNarration.number(s.terms().total()));
        String verdictKey = s.siblings() == 1 ? "inspector.rank.only" : s.rank() == 1 ? "inspector.rank.first" : "inspector.rank.other";
        verdict.setText(m.get(verdictKey, s.rank(), s.siblings()));
        String style = s.rank() == 1 ? "rx-verdict-good" : "rx-muted";
        if (!verdict.getStyleClass().contains(style)) {
            verdict.getStyleClass().removeAll("rx-verdict-good", "rx-muted");
            verdict.getStyleClass().add(style);
        }
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

    private static StackPane bar(Region fill, String style) {
        fill.getStyleClass().addAll("rx-term-bar", style);
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

    private static void setBar(Region fill, double fraction) {
        double w = Math.max(2, Math.min(1, fraction) * BAR_WIDTH);
        fill.setMinWidth(w);
        fill.setPrefWidth(w);
        fill.setMaxWidth(w);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("rx-muted");
        return l;
    }

    private static Label valueLabel(String id) {
        Label l = InspectorView.value("");
        l.setId(id);
        return l;
    }
}
