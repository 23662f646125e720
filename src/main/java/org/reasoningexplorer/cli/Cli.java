package org.reasoningexplorer.cli;

/** The command line's front door. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        System.out.println("reasoning-explorer: no commands yet");
        return 0;
    }
}
