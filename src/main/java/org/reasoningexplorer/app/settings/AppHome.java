package org.reasoningexplorer.app.settings;

import java.nio.file.Path;

/**
 * The folder the app keeps its settings and runs in: {@code ~/.reasoning-explorer}, or the folder
 * named by the system property {@code rx.home} (tests point it at a temporary folder).
 */
public final class AppHome {
    /** The system property that overrides the folder. */
    public static final String PROPERTY = "rx.home";

    private AppHome() {
    }

    public static Path directory() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip());
        }
        return Path.of(System.getProperty("user.home"), ".reasoning-explorer");
    }

    /** Where searches started from the app write their traces. */
    public static Path runsDirectory() {
        return directory().resolve("runs");
    }
}
