package org.reasoningexplorer.app.treeview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.shell.ShellViewModel;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;

/** The strip above the tree: which strategy searched which problem, with what settings, and its result so far. */
final class TraceHeaderStrip extends HBox {
    /** The options worth a glance per strategy; others show their first three. */
    private static final Map<String, List<String>> KEY_OPTIONS = Map.of(
            "mcts", List.of("iterations", "policy", "width", "evaluation"),
            "majority", List.of("n"),
            "weighted-vote", List.of("n", "scorer"),
            "best-of-n", List.of("n", "scorer", "aggregation"),
            "beam", List.of("n", "width", "lookahead"),
            "dvts", List.of("n", "width"),
            "tot-bfs", List.of("breadth", "propose"),
            "tot-dfs", List.of("propose", "threshold"));

    TraceHeaderStrip(ShellViewModel vm) {
        Messages m = vm.messages();
        ReplayViewModel replay = vm.replay();
        getStyleClass().add("rx-header");
        setAlignment(Pos.CENTER_LEFT);
        Label strategy = new Label();
        strategy.getStyleClass().addAll("rx-chip", "rx-chip-strategy");
        Label problem = new Label();
        problem.setId("problem-label");
        problem.getStyleClass().add("rx-header-title");
        Label settings = new Label();
        settings.getStyleClass().add("rx-header-sub");
        Label live = new Label();
        live.getStyleClass().addAll("rx-chip", "rx-chip-live");
        live.textProperty().bind(m.text("header.live"));
        live.visibleProperty().bind(replay.liveProperty());
        live.managedProperty().bind(live.visibleProperty());
        Label result = new Label();
        result.setId("result-label");
        result.getStyleClass().add("rx-header-result");
        var header = replay.documentProperty();
        strategy.textProperty().bind(Bindings.createStringBinding(() -> header.get() == null ? ""
                : strategyName(m, header.get().header()), header, m.languageProperty()));
        problem.textProperty().bind(Bindings.createStringBinding(() -> header.get() == null ? ""
                : header.get().header().problemText(), header));
        settings.textProperty().bind(Bindings.createStringBinding(() -> header.get() == null ? ""
                : settingsLine(m, header.get().header()), header, m.languageProperty()));
        result.textProperty().bind(Bindings.createStringBinding(() -> resultText(m, replay),
                replay.revisionProperty(), m.languageProperty()));
        result.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("right"), false);
        replay.revisionProperty().addListener((o, a, b) -> styleResult(result, replay));
        VBox text = new VBox(2, problem, settings);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Label fixed : new Label[] {strategy, result, live}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.SOMETIMES);
        getChildren().addAll(strategy, text, spacer, result, live);
        visibleProperty().bind(header.isNotNull());
        managedProperty().bind(visibleProperty());
    }

    static String strategyName(Messages m, TraceHeader h) {
        String key = "strategy." + h.strategyName() + ".short";
        return m.has(key) ? m.get(key) : h.strategyName();
    }

    private static String settingsLine(Messages m, TraceHeader h) {
        List<String> parts = new ArrayList<>();
        if (h.strategy().get("options") instanceof Map<?, ?> options) {
            List<String> keys = KEY_OPTIONS.getOrDefault(h.strategyName(),
                    options.keySet().stream().map(String::valueOf).limit(3).toList());
            keys.stream().filter(options::containsKey).forEach(k -> parts.add(k + " " + shortValue(options.get(k))));
        }
        if (h.verifiers() != null) {
            for (Map<String, Object> v : h.verifiers()) {
                if (v.get("options") instanceof Map<?, ?> o && o.get("noise") != null) {
                    String kind = String.valueOf(v.get("kind"));
                    String noise = String.valueOf(o.get("noise"));
                    parts.add((kind.equals("value") ? m.get("header.judge") : kind.toUpperCase(java.util.Locale.ROOT)) + " "
                            + (m.has("noise." + noise) ? m.get("noise." + noise) : noise));
                }
            }
        }
        parts.add(m.get("header.seed", Long.toString(h.seed())));
        return String.join("  ·  ", parts);
    }

    private static String shortValue(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString(d.longValue()) : String.format(java.util.Locale.ROOT, "%.3g", d);
        }
        return String.valueOf(v);
    }

    private static String resultText(Messages m, ReplayViewModel replay) {
        TraceEvent.FinalSelection f = replay.tree().selection();
        if (f == null) {
            return "";
        }
        if (f.node() < 0) {
            return m.get("header.noResult");
        }
        return m.get(f.correct() ? "header.resultRight" : "header.resultWrong", f.answer() == null ? "" : f.answer());
    }

    private static void styleResult(Label result, ReplayViewModel replay) {
        TraceEvent.FinalSelection f = replay.tree().selection();
        result.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("right"), f != null && f.correct());
        result.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("wrong"), f != null && !f.correct());
    }
}
