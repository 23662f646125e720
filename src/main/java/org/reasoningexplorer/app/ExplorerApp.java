package org.reasoningexplorer.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class ExplorerApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Reasoning Explorer"), 800, 600));
        stage.setTitle("Reasoning Explorer");
        stage.show();
    }
}
