package org.reasoningexplorer.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asks the app to do at start: open a trace, take screenshots, or (by default)
 * run the live demo search.
 *
 * @param open the trace to open, or null
 * @param screenshots the folder to save the screenshot tour in, or null
 * @param demo whether to start the live MCTS demo when no trace is given
 */
public record LaunchOptions(Path open, Path screenshots, boolean demo) {
    /** Reads the arguments: {@code [FILE.jsonl] [--open FILE] [--screenshots DIR] [--no-demo]}; unknown ones are ignored. */
    public static LaunchOptions parse(List<String> args) {
        Path open = null;
        Path shots = System.getProperty("rx.screenshots") == null ? null : Path.of(System.getProperty("rx.screenshots"));
        boolean demo = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--open") && i + 1 < args.size()) {
                open = Path.of(args.get(++i));
            } else if (a.startsWith("--open=")) {
                open = Path.of(a.substring("--open=".length()));
            } else if (a.equals("--screenshots") && i + 1 < args.size()) {
                shots = Path.of(args.get(++i));
            } else if (a.startsWith("--screenshots=")) {
                shots = Path.of(a.substring("--screenshots=".length()));
            } else if (a.equals("--no-demo")) {
                demo = false;
            } else if (!a.startsWith("--")) {
                open = Path.of(a);
            }
        }
        return new LaunchOptions(open, shots, demo);
    }
}
