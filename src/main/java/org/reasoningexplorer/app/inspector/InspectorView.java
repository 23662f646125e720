package org.reasoningexplorer.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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
 * The inspector: everything about the selected node at the current point of the replay. The MCTS
 * section splits the selection score into its two terms.
 *
 * <p>A replay step usually changes only numbers (visits, scores, the compute so far), so the controls
 * are built once for a node and its {@link Shape} and a step only sets their text; they are built
 * anew when the node, the language or that shape changes. Hidden, the panel waits to be shown.
 */
public final class InspectorView extends ScrollPane {
    private final InspectorViewModel vm;
    private final Messages m;
    private final VBox content = new VBox(14);
    private final javafx.beans.value.ObservableBooleanValue shown;
    /** Sets the text of every control that shows a value, from the view-model's current state. */
    private final List<Runnable> fillers = new ArrayList<>();
    private Shape shape;
    private boolean stale;

    /**
     * What the controls depend on beyond their text: a report with the same shape is shown by filling
     * them in.
     */
    record Shape(Object language, int node, List<NodeReport.Step> path, TraceTree.Status status, boolean terminal,
                  Boolean answerCorrect, boolean mcts, boolean selection, boolean puct, int scores, boolean wholeShown) {

        static Shape of(NodeReport r, Object language, boolean wholeShown) {
            if (r == null) {
                return new Shape(language, -1, List.of(), null, false, null, false, false, false, 0, wholeShown);
            }
            SelectionScore s = r.selection();
            return new Shape(language, r.node(), r.path(), r.status(), r.terminal(),
                    r.answer() == null ? null : r.answer().correct(), s != null || r.visits() > 0, s != null,
                    s != null && s.puct(), r.scores().size(), wholeShown);
        }
    }

    /**
     * @param shown whether the panel can be seen (its tab is selected); hidden, it waits to be shown before updating
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
        vm.reportProperty().addListener((o, a, b) -> refresh());
        vm.placeholderProperty().addListener((o, a, b) -> refresh());
        vm.totalProperty().addListener((o, a, b) -> refresh());
        vm.wholeProperty().addListener((o, a, b) -> refresh());
        m.languageProperty().addListener((o, a, b) -> refresh());
        shown.addListener((o, a, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    /** The shape the controls shown were built for (null before the panel was first shown). */
    Shape builtFor() {
        return shape;
    }

    private void refresh() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        Compute whole = vm.wholeProperty().get();
        Shape next = Shape.of(vm.reportProperty().get(), m.language(), whole != null && !whole.equals(vm.totalProperty().get()));
        if (!next.equals(shape)) {
            shape = next;
            build(vm.reportProperty().get());
        }
        fillers.forEach(Runnable::run);
    }

    private void build(NodeReport r) {
        fillers.clear();
        content.getChildren().clear();
        if (r == null) {
            Label hint = label(() -> m.format(vm.placeholderProperty().get()));
            hint.setId("inspector-placeholder");
            hint.setWrapText(true);
            hint.getStyleClass().add("rx-muted");
            content.getChildren().add(hint);
            content.getChildren().add(section("inspector.compute", totals()));
            return;
        }
        content.getChildren().add(title(r));
        TextArea text = new TextArea();
        text.setId("inspector-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(6, Math.max(2, r.text().length() / 38 + 1)));
        text.getStyleClass().add("rx-step-text");
        fillers.add(() -> {
            String now = report().text();
            if (!now.equals(text.getText())) {
                text.setText(now);
            }
        });
        content.getChildren().add(section("inspector.step", text));
        content.getChildren().add(section("inspector.path", path(r)));
        if (shape.mcts()) {
            MctsSection mcts = new MctsSection(r, m);
            fillers.add(() -> mcts.fill(report()));
            content.getChildren().add(section("inspector.mcts", mcts));
        }
        if (shape.scores() > 0) {
            content.getChildren().add(section("inspector.scores", scores(shape.scores())));
        }
        if (shape.answerCorrect() != null) {
            content.getChildren().add(section("inspector.answer", answer()));
        }
        VBox compute = new VBox(4, value(() -> m.get("inspector.stepTokens", report().tokens())), totals());
        content.getChildren().add(section("inspector.compute", compute));
    }

    private NodeReport report() {
        return vm.reportProperty().get();
    }

    private Node title(NodeReport r) {
        Label id = new Label(m.get("inspector.node", r.node()));
        id.setId("inspector-title");
        id.getStyleClass().add("rx-inspector-title");
        FlowPane chips = new FlowPane(6, 6);
        chips.getChildren().add(chip(() -> m.get("inspector.depth", report().depth()), "rx-chip"));
        chips.getChildren().add(chip(() -> m.get("inspector.children", report().children()), "rx-chip"));
        if (r.status() != TraceTree.Status.LIVE) {
            chips.getChildren().add(chip(() -> m.get("nodeStatus." + report().status().name().toLowerCase(Locale.ROOT)),
                    r.status() == TraceTree.Status.PRUNED ? "rx-chip-bad" : "rx-chip-good"));
        }
        if (r.terminal()) {
            chips.getChildren().add(chip(() -> m.get("inspector.terminal"), "rx-chip"));
        }
        if (r.answer() != null) {
            boolean right = r.answer().correct();
            chips.getChildren().add(chip(() -> m.get(right ? "inspector.right" : "inspector.wrong"), right ? "rx-chip-good" : "rx-chip-bad"));
        }
        return new VBox(6, id, chips);
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

    private Node scores(int rows) {
        GridPane g = grid();
        g.setId("inspector-scores");
        g.addRow(0, head("inspector.verifier"), head("inspector.kind"), head("inspector.value"), head("inspector.truth"));
        for (int i = 0; i < rows; i++) {
            int row = i;
            g.addRow(row + 1, value(() -> score(row).verifier()), value(() -> m.get("kind." + score(row).kind().tag())),
                    value(() -> scoreValue(score(row))), value(() -> EventNarration.number(score(row).truth())));
        }
        return g;
    }

    private TraceTree.ScoreEntry score(int row) {
        return report().scores().get(row);
    }

    private String scoreValue(TraceTree.ScoreEntry e) {
        String value = EventNarration.number(e.value());
        if (!e.judgements().isEmpty()) {
            value += "  (" + String.join(", ", e.judgements().stream().map(j -> m.has("judgement." + j)
                    ? m.get("judgement." + j) : j).toList()) + ")";
        }
        return value;
    }

    private Node answer() {
        GridPane g = grid();
        g.addRow(0, head("inspector.answerRaw"), value(() -> report().answer().raw()));
        g.addRow(1, head("inspector.answerNormalized"), value(() -> report().answer().normalized()));
        g.addRow(2, head("inspector.answerVerdict"), value(() -> m.get(report().answer().correct() ? "inspector.right" : "inspector.wrong")));
        return g;
    }

    /** The compute spent so far and, while the replay is not at the end, the whole trace's. */
    private Node totals() {
        Label l = value(() -> {
            Compute c = vm.totalProperty().get();
            return m.get("inspector.totals", c.steps(), c.tokens(), c.verifierCalls());
        });
        l.setId("inspector-totals");
        if (!shape.wholeShown()) {
            return l;
        }
        Label all = value(() -> {
            Compute whole = vm.wholeProperty().get();
            return m.get("inspector.wholeTrace", whole.steps(), whole.tokens(), whole.verifierCalls());
        });
        all.getStyleClass().add("rx-muted");
        return new VBox(4, l, all);
    }

    private Node section(String key, Node body) {
        Label head = new Label(m.get(key));
        head.getStyleClass().add("rx-section-title");
        VBox box = new VBox(6, head, body);
        box.getStyleClass().add("rx-section");
        return box;
    }

    private Label chip(Supplier<String> text, String style) {
        Label l = label(text);
        l.getStyleClass().addAll("rx-chip", style);
        return l;
    }

    /** A label whose text is set from the current state on every refresh. */
    private Label label(Supplier<String> text) {
        Label l = new Label();
        fillers.add(() -> l.setText(text.get()));
        return l;
    }

    private Label value(Supplier<String> text) {
        Label l = label(text);
        l.getStyleClass().add("rx-value");
        l.setWrapText(true);
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
