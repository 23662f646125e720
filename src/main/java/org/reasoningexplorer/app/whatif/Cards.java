package org.reasoningexplorer.app.whatif;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small building blocks shared by the what-if and forensics panels, styled by the app's stylesheet. */
public final class Cards {
    /** The panels' own stylesheet (warning, edited and rule colours). */
    public static final String STYLESHEET = Cards.class.getResource("whatif.css").toExternalForm();

    private Cards() {
    }

    /** A titled section as the inspector draws it. */
    public static VBox section(String title, Node... body) {
        Label head = new Label(title);
        head.getStyleClass().add("rx-section-title");
        VBox box = new VBox(6, head);
        box.getChildren().addAll(body);
        box.getStyleClass().add("rx-section");
        return box;
    }

    /** A titled section whose title follows the language. */
    public static VBox section(javafx.beans.value.ObservableValue<String> title, Node... body) {
        VBox box = section("", body);
        ((Label) box.getChildren().get(0)).textProperty().bind(title);
        return box;
    }

    /** A coloured chip: good (green), bad (red) or plain. */
    public static Label chip(String text, Boolean good) {
        Label l = new Label(text);
        l.getStyleClass().addAll("rx-chip", good == null ? "rx-chip" : good ? "rx-chip-good" : "rx-chip-bad");
        return l;
    }

    /** A wrapping value label. */
    public static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("rx-value");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A muted wrapping label. */
    public static Label muted(String text) {
        Label l = value(text);
        l.getStyleClass().add("rx-muted");
        return l;
    }
}
