package org.reasoningexplorer;

import org.reasoningexplorer.cli.Cli;

/**
 * Entry point: no arguments (or a trace path) opens the desktop app, {@code bench-ui} runs the tree
 * view benchmark, {@code bench-open} the benchmark of opening big traces, and any other subcommand runs the command line.
 */
public final class Main {
    /** Held so the logger (and the level set on it) is not garbage-collected. */
    private static final java.util.logging.Logger JAVAFX_PLATFORM_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--open") || args[0].startsWith("--screenshots")
                || args[0].equals("--no-demo") || args[0].endsWith(".jsonl")) {
            // JavaFX is loaded only here, so the command line works on machines without a display.
            // Running from the class path is supported by this project; silence JavaFX's warning about it.
            JAVAFX_PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
            org.reasoningexplorer.app.ExplorerApp.launchApp(args);
        } else if (args[0].equals("bench-ui")) {
            // The tree view's benchmark lives in the app layer, which the command line must not import.
            JAVAFX_PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
            org.reasoningexplorer.app.tree.TreeBench.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out);
            System.exit(0);
        } else if (args[0].equals("bench-open")) {
            JAVAFX_PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
            org.reasoningexplorer.app.bench.OpenBench.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out);
            System.exit(0);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
