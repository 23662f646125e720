package org.reasoningexplorer.app.treeview;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.run.LiveSearch;

/**
 * Over the tree while a model streams: each step being written, the node it goes under, its reasoning
 * (grey, italic) and its text so far. A step leaves the panel when its node arrives in the tree.
 */
final class DraftsPanel extends VBox {
    /** The longest tail of a draft shown, in characters (the start scrolls away, as in a terminal). */
    private static final int SHOWN = 600;
    private final Messages m;
    private final ObservableList<LiveSearch.Draft> drafts;

    DraftsPanel(ObservableList<LiveSearch.Draft> drafts, Messages m) {
        super(6);
        this.m = m;
        this.drafts = drafts;
        setId("tree-drafts");
        getStyleClass().add("rx-drafts");
        setStyle("-fx-background-color: rgba(128,128,128,0.14); -fx-background-radius: 6; -fx-padding: 8;"
                + " -fx-border-color: rgba(128,128,128,0.5); -fx-border-style: dashed; -fx-border-radius: 6;");
        setMaxWidth(460);
        setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        drafts.addListener((ListChangeListener<LiveSearch.Draft>) c -> refresh());
        m.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        setVisible(!drafts.isEmpty());
        setManaged(!drafts.isEmpty());
        if (drafts.isEmpty()) {
            getChildren().clear();
            return;
        }
        Label title = new Label(m.get("live.generating.title"));
        title.setStyle("-fx-font-weight: bold;");
        getChildren().setAll(title);
        for (LiveSearch.Draft d : drafts) {
            Label under = new Label(m.get("live.generating", d.parent()) + (d.sample() > 0 ? " · #" + (d.sample() + 1) : ""));
            under.getStyleClass().add("rx-muted");
            TextFlow flow = new TextFlow();
            flow.setId("tree-draft-" + d.parent() + "-" + d.sample());
            flow.setMaxWidth(440);
            if (!d.reasoning().isEmpty()) {
                Text r = new Text(tail(d.reasoning()) + (d.text().isEmpty() ? "" : "\n"));
                r.getStyleClass().add("rx-draft-reasoning");
                r.setFont(Font.font(Font.getDefault().getFamily(), FontPosture.ITALIC, Font.getDefault().getSize()));
                r.setStyle("-fx-fill: #8a8a8a;");
                flow.getChildren().add(r);
            }
            Text t = new Text(tail(d.text()) + "▍");
            t.getStyleClass().add("rx-draft-text");
            t.setStyle("-fx-fill: -fx-text-base-color;");
            flow.getChildren().add(t);
            getChildren().addAll(under, flow);
        }
    }

    private static String tail(String s) {
        return s.length() <= SHOWN ? s : "…" + s.substring(s.length() - SHOWN);
    }
}
