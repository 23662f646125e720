package org.reasoningexplorer.app.theme;

import java.net.URL;
import java.util.List;

/** The app's look: a shared stylesheet plus one palette per theme, all beside this class. */
public enum Theme {
    /** Dark text on light surfaces: for projectors in bright rooms and for print. */
    LIGHT("light", "light.css"),
    /** Light text on dark surfaces. */
    DARK("dark", "dark.css");

    private final String tag;
    private final String palette;

    Theme(String tag, String palette) {
        this.tag = tag;
        this.palette = palette;
    }

    /** The tag stored in settings. */
    public String tag() {
        return tag;
    }

    /** The bundle key of the theme's name. */
    public String nameKey() {
        return "theme." + tag;
    }

    /** The stylesheets to put on a scene, palette first so the shared sheet can use its colours. */
    public List<String> stylesheets() {
        return List.of(url(palette), url("app.css"));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Theme fromTag(String tag) {
        return "dark".equals(tag) ? DARK : LIGHT;
    }

    private static String url(String name) {
        URL u = Theme.class.getResource(name);
        if (u == null) {
            throw new IllegalStateException("stylesheet " + name + " is missing from the app's resources");
        }
        return u.toExternalForm();
    }
}
