package org.reasoningexplorer.app.tree.impl;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** JavaFX colours for ARGB ints, made once each: a frame reuses the same few hundred. */
final class ColorCache {
    private final Map<Integer, Color> colors = new HashMap<>();

    Color get(int argb) {
        Color c = colors.get(argb);
        if (c == null) {
            if (colors.size() > 4096) {
                colors.clear();
            }
            c = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
            colors.put(argb, c);
        }
        return c;
    }
}
