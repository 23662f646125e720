package org.reasoningexplorer.app.treeview;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.shell.TreeViewState;
import org.reasoningexplorer.app.tree.ColorMode;

/** A small key in the corner of the tree view saying what the node colours mean in the current colour mode. */
final class ColorLegend extends VBox {
    private final Messages m;
    private final TreeViewState state;

    ColorLegend(TreeViewState state, Messages m) {
        super(4);
        this.m = m;
        this.state = state;
        setId("color-legend");
        getStyleClass().add("rx-legend");
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        state.colorModeProperty().addListener((o, a, b) -> rebuild());
        m.languageProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        ColorMode mode = state.colorModeProperty().get();
        Label title = new Label(m.get("legend." + mode.name().toLowerCase(Locale.ROOT)));
        title.getStyleClass().add("rx-legend-title");
        getChildren().setAll(title);
        switch (mode) {
            case SCORE -> getChildren().add(ramp("rx-ramp-score", "legend.low", "legend.high"));
            case VISITS -> getChildren().add(ramp("rx-ramp-visits", "legend.few", "legend.many"));
            case CORRECTNESS -> getChildren().addAll(swatch("rx-swatch-correct", "legend.correct"),
                    swatch("rx-swatch-leans-correct", "legend.leadsCorrect"), swatch("rx-swatch-leans-wrong", "legend.leadsWrong"),
                    swatch("rx-swatch-wrong", "legend.wrong"));
            default -> getChildren().add(swatch("rx-swatch-clusters", "legend.clusters"));
        }
        getChildren().add(swatch("rx-swatch-unscored", mode == ColorMode.SCORE ? "legend.unscored" : "legend.other"));
    }

    private HBox ramp(String style, String lowKey, String highKey) {
        Region bar = new Region();
        bar.getStyleClass().addAll("rx-ramp", style);
        bar.setPrefSize(120, 10);
        bar.setMaxHeight(10);
        Label low = new Label(m.get(lowKey));
        Label high = new Label(m.get(highKey));
        low.getStyleClass().add("rx-muted");
        high.getStyleClass().add("rx-muted");
        HBox h = new HBox(6, low, bar, high);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private HBox swatch(String style, String key) {
        Region dot = new Region();
        dot.getStyleClass().addAll("rx-swatch", style);
        dot.setPrefSize(11, 11);
        dot.setMaxSize(11, 11);
        Label l = new Label(m.get(key));
        l.getStyleClass().add("rx-muted");
        HBox h = new HBox(6, dot, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
