package org.reasoningexplorer.app.tree.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.paint.Color;
import org.reasoningexplorer.app.tree.TreeCanvas;

/**
 * The tree view's colours as CSS styleable properties (one per {@link Swatch}), held by the skin and
 * listed in its CSS metadata so the control's stylesheet and any theme can set them.
 */
public final class TreePalette {
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>();
        for (Swatch s : Swatch.values()) {
            list.add(new SwatchMetaData(s));
        }
        CSS_META_DATA = Collections.unmodifiableList(list);
    }

    private final List<StyleableObjectProperty<Color>> properties = new ArrayList<>();
    private final int[] argb = new int[Swatch.values().length];
    private int revision;

    TreePalette(TreeCanvas canvas, Runnable onChange) {
        for (Swatch s : Swatch.values()) {
            @SuppressWarnings("unchecked")
            CssMetaData<TreeCanvas, Color> meta = (CssMetaData<TreeCanvas, Color>) CSS_META_DATA.get(s.ordinal());
            SimpleStyleableObjectProperty<Color> p = new SimpleStyleableObjectProperty<>(meta, canvas, s.property(), s.fallback());
            p.addListener((o, was, now) -> {
                argb[s.ordinal()] = toArgb(now != null ? now : s.fallback());
                revision++;
                onChange.run();
            });
            argb[s.ordinal()] = toArgb(s.fallback());
            properties.add(p);
        }
    }

    /** The CSS properties of the tree view, for {@code getCssMetaData}. */
    public static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return CSS_META_DATA;
    }

    StyleableObjectProperty<Color> property(Swatch s) {
        return properties.get(s.ordinal());
    }

    public Color color(Swatch s) {
        Color c = properties.get(s.ordinal()).get();
        return c != null ? c : s.fallback();
    }

    /** The swatch as opaque ARGB. */
    public int argb(Swatch s) {
        return argb[s.ordinal()];
    }

    /** Goes up whenever a colour changes, so cached renderings know to redraw. */
    public int revision() {
        return revision;
    }

    static int toArgb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Reaches the palette of the canvas's skin, the one the CSS engine sets. */
    private static final class SwatchMetaData extends CssMetaData<TreeCanvas, Color> {
        private final Swatch swatch;

        SwatchMetaData(Swatch swatch) {
            super(swatch.property(), ColorConverter.getInstance(), swatch.fallback());
            this.swatch = swatch;
        }

        @Override
        public boolean isSettable(TreeCanvas canvas) {
            return canvas.getSkin() instanceof TreeCanvasSkin skin && !skin.palette().property(swatch).isBound();
        }

        @Override
        public StyleableProperty<Color> getStyleableProperty(TreeCanvas canvas) {
            return ((TreeCanvasSkin) canvas.getSkin()).palette().property(swatch);
        }
    }
}
