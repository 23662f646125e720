package org.reasoningexplorer;

import org.reasoningexplorer.cli.Cli;

/** Entry point: no arguments opens the desktop app, a subcommand runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--open") || args[0].endsWith(".jsonl")) {
            // JavaFX is loaded only here, so the command line works on machines without a display.
            // Running from the class path is supported by this project; silence JavaFX's warning about it.
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl").setLevel(java.util.logging.Level.SEVERE);
            org.reasoningexplorer.app.ExplorerApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
