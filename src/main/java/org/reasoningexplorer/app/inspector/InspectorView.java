package org.reasoningexplorer.app.inspector;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.EventNarration;
import org.reasoningexplorer.engine.trace.Compute;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The inspector: everything about the selected node, rebuilt whenever the selection, the replay
 * position or the language changes. The MCTS section splits the selection score into its two terms.
 */
public final class InspectorView extends ScrollPane {
    private final InspectorViewModel vm;
    private final Messages m;
    private final VBox content = new VBox(14);
    private final javafx.beans.value.ObservableBooleanValue shown;
    private boolean stale;

    /**
     * @param shown whether the panel can be seen (its tab is selected); hidden, it waits to be shown before rebuilding
     */
    public InspectorView(InspectorViewModel vm, Messages m, javafx.beans.value.ObservableBooleanValue shown) {
        this.vm = vm;
        this.m = m;
        this.shown = shown;
        getStyleClass().add("rx-inspector");
        setId("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("rx-panel-content");
        setContent(content);
        vm.reportProperty().addListener((o, a, b) -> rebuild());
        vm.placeholderProperty().addListener((o, a, b) -> rebuild());
        vm.totalProperty().addListener((o, a, b) -> rebuild());
        m.languageProperty().addListener((o, a, b) -> rebuild());
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
        NodeReport r = vm.reportProperty().get();
        content.getChildren().clear();
        if (r == null) {
            Label hint = new Label(m.format(vm.placeholderProperty().get()));
            hint.setId("inspector-placeholder");
            hint.setWrapText(true);
            hint.getStyleClass().add("rx-muted");
            content.getChildren().add(hint);
            content.getChildren().add(section("inspector.compute", totals(vm.totalProperty().get())));
            return;
        }
        content.getChildren().add(title(r));
        TextArea text = new TextArea(r.text());
        text.setId("inspector-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(6, Math.max(2, r.text().length() / 38 + 1)));
        text.getStyleClass().add("rx-step-text");
        content.getChildren().add(section("inspector.step", text));
        content.getChildren().add(section("inspector.path", path(r)));
        if (r.selection() != null || r.visits() > 0) {
            content.getChildren().add(section("inspector.mcts", new MctsSection(r, m)));
        }
        if (!r.scores().isEmpty()) {
            content.getChildren().add(section("inspector.scores", scores(r)));
        }
        if (r.answer() != null) {
            content.getChildren().add(section("inspector.answer", answer(r.answer())));
        }
        VBox compute = new VBox(4, value(m.get("inspector.stepTokens", r.tokens())), totals(r.total()));
        content.getChildren().add(section("inspector.compute", compute));
    }

    private Node title(NodeReport r) {
        Label id = new Label(m.get("inspector.node", r.node()));
        id.setId("inspector-title");
        id.getStyleClass().add("rx-inspector-title");
        FlowPane chips = new FlowPane(6, 6);
        chips.getChildren().add(chip(m.get("inspector.depth", r.depth()), "rx-chip"));
        chips.getChildren().add(chip(m.get("inspector.children", r.children()), "rx-chip"));
        if (r.status() != TraceTree.Status.LIVE) {
            chips.getChildren().add(chip(m.get("nodeStatus." + r.status().name().toLowerCase(Locale.ROOT)),
                    r.status() == TraceTree.Status.PRUNED ? "rx-chip-bad" : "rx-chip-good"));
        }
        if (r.terminal()) {
            chips.getChildren().add(chip(m.get("inspector.terminal"), "rx-chip"));
        }
        if (r.answer() != null) {
            chips.getChildren().add(chip(m.get(r.answer().correct() ? "inspector.right" : "inspector.wrong"),
                    r.answer().correct() ? "rx-chip-good" : "rx-chip-bad"));
        }
        VBox box = new VBox(6, id, chips);
        return box;
    }

    private Node path(NodeReport r) {
        VBox box = new VBox(2);
        box.setId("inspector-path");
        for (NodeReport.Step s : r.path()) {
            String text = s.text() == null ? "" : s.text();
            String shown = (s.node() == r.node() ? "▸ " : "") + s.node() + "  " + (text.length() > 48 ? text.substring(0, 47) + "…" : text);
            if (s.node() == r.node()) {
                Label here = new Label(shown);
                here.getStyleClass().add("rx-path-current");
                box.getChildren().add(here);
            } else {
                Hyperlink link = new Hyperlink(shown);
                link.getStyleClass().add("rx-path-link");
                link.setOnAction(e -> vm.select(s.node()));
                box.getChildren().add(link);
            }
        }
        return box;
    }

    private Node scores(NodeReport r) {
        GridPane g = grid();
        g.setId("inspector-scores");
        g.addRow(0, head("inspector.verifier"), head("inspector.kind"), head("inspector.value"), head("inspector.truth"));
        int row = 1;
        for (TraceTree.ScoreEntry e : r.scores()) {
            String kind = m.get("kind." + e.kind().tag());
            String value = EventNarration.number(e.value());
            if (!e.judgements().isEmpty()) {
                value += "  (" + String.join(", ", e.judgements().stream().map(j -> m.has("judgement." + j)
                        ? m.get("judgement." + j) : j).toList()) + ")";
            }
            g.addRow(row++, value(e.verifier()), value(kind), value(value), value(EventNarration.number(e.truth())));
        }
        return g;
    }

    private Node answer(TraceTree.Answer a) {
        GridPane g = grid();
        g.addRow(0, head("inspector.answerRaw"), value(a.raw()));
        g.addRow(1, head("inspector.answerNormalized"), value(a.normalized()));
        g.addRow(2, head("inspector.answerVerdict"), value(m.get(a.correct() ? "inspector.right" : "inspector.wrong")));
        return g;
    }

    private Node totals(Compute c) {
        Label l = value(m.get("inspector.totals", c.steps(), c.tokens(), c.verifierCalls()));
        l.setId("inspector-totals");
        l.setWrapText(true);
        Compute whole = vm.wholeProperty().get();
        if (whole == null || whole.equals(c)) {
            return l;
        }
        Label all = value(m.get("inspector.wholeTrace", whole.steps(), whole.tokens(), whole.verifierCalls()));
        all.getStyleClass().add("rx-muted");
        all.setWrapText(true);
        return new VBox(4, l, all);
    }

    private Node section(String key, Node body) {
        Label head = new Label(m.get(key));
        head.getStyleClass().add("rx-section-title");
        VBox box = new VBox(6, head, body);
        box.getStyleClass().add("rx-section");
        return box;
    }

    private Label chip(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("rx-chip", style);
        return l;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        g.setAlignment(Pos.TOP_LEFT);
        return g;
    }

    private Label head(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("rx-muted");
        return l;
    }

    static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("rx-value");
        l.setWrapText(true);
        return l;
    }

    /** Keeps the HBox import for the term bars' layout in one place. */
    static HBox row(Node... children) {
        HBox h = new HBox(8, children);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
