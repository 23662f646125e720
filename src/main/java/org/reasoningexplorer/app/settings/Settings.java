package org.reasoningexplorer.app.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between sessions. Unknown or missing values read as their defaults, so an
 * old or hand-edited file never stops the app from starting.
 *
 * @param theme "light" or "dark"
 * @param language a language tag ("en", "zh-CN", "zh-TW"), or null to follow the system
 * @param recentFiles traces opened lately, most recent first
 * @param lastDirectory the folder the last file dialog was in, or null
 */
public record Settings(String theme, String language, List<String> recentFiles, String lastDirectory,
                       double windowWidth, double windowHeight, boolean maximized) {
    /** How many recent files are kept. */
    public static final int MAX_RECENT = 10;
    /** The window size on first start. */
    public static final double DEFAULT_WIDTH = 1440;
    public static final double DEFAULT_HEIGHT = 900;

    public static final Settings DEFAULTS = new Settings("light", null, List.of(), null, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

    public Settings {
        theme = "dark".equals(theme) ? "dark" : "light";
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles.stream()
                .filter(f -> f != null && !f.isBlank()).distinct().limit(MAX_RECENT).toList());
        windowWidth = sane(windowWidth, DEFAULT_WIDTH);
        windowHeight = sane(windowHeight, DEFAULT_HEIGHT);
    }

    private static double sane(double v, double def) {
        return Double.isFinite(v) && v >= 400 && v <= 20_000 ? v : def;
    }

    public Settings withTheme(String value) {
        return new Settings(value, language, recentFiles, lastDirectory, windowWidth, windowHeight, maximized);
    }

    public Settings withLanguage(String value) {
        return new Settings(theme, value, recentFiles, lastDirectory, windowWidth, windowHeight, maximized);
    }

    public Settings withLastDirectory(String value) {
        return new Settings(theme, language, recentFiles, value, windowWidth, windowHeight, maximized);
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(theme, language, recentFiles, lastDirectory, width, height, isMaximized);
    }

    /** The file moved to the top of the recent list (added if new; the oldest falls off). */
    public Settings withRecent(String file) {
        List<String> list = new ArrayList<>();
        list.add(file);
        recentFiles.stream().filter(f -> !f.equals(file)).forEach(list::add);
        return new Settings(theme, language, list, lastDirectory, windowWidth, windowHeight, maximized);
    }

    /** The file taken off the recent list (e.g. because it no longer exists). */
    public Settings withoutRecent(String file) {
        List<String> list = recentFiles.stream().filter(f -> !f.equals(file)).toList();
        return new Settings(theme, language, list, lastDirectory, windowWidth, windowHeight, maximized);
    }
}
