package org.reasoningexplorer.app.tree.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures, wraps and shortens text for one font by summing cached character advances, so fitting a
 * few hundred labels per frame costs no layout passes.
 */
final class TextFitter {
    private static final String ELLIPSIS = "…";

    private final Font font;
    private final Text probe = new Text();
    private final float[] advance = new float[Character.MAX_VALUE + 1];
    private final double lineHeight;

    TextFitter(Font font) {
        this.font = font;
        probe.setFont(font);
        Arrays.fill(advance, -1f);
        probe.setText("Ag第");
        lineHeight = Math.ceil(probe.getLayoutBounds().getHeight());
    }

    Font font() {
        return font;
    }

    double lineHeight() {
        return lineHeight;
    }

    double width(CharSequence s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i));
        }
        return w;
    }

    private double advance(char c) {
        float a = advance[c];
        if (a < 0) {
            probe.setText(String.valueOf(c));
            a = (float) probe.getLayoutBounds().getWidth();
            advance[c] = a;
        }
        return a;
    }

    /** The text cut to fit {@code max} pixels, ending in an ellipsis when cut. */
    String ellipsize(String s, double max) {
        if (width(s) <= max) {
            return s;
        }
        double room = max - advance(ELLIPSIS.charAt(0));
        double w = 0;
        int i = 0;
        while (i < s.length() && w + advance(s.charAt(i)) <= room) {
            w += advance(s.charAt(i));
            i++;
        }
        return s.substring(0, i).stripTrailing() + ELLIPSIS;
    }

    /**
     * Wraps text at spaces (or anywhere, for long words and scripts without spaces) into at most
     * {@code maxLines} lines of {@code max} pixels, the last ellipsized if text remains.
     */
    List<String> wrap(String s, double max, int maxLines) {
        List<String> lines = new ArrayList<>(maxLines);
        String rest = s.strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1 || width(rest) <= max) {
                lines.add(ellipsize(rest, max));
                break;
            }
            int fit = 0;
            double w = 0;
            while (fit < rest.length() && w + advance(rest.charAt(fit)) <= max) {
                w += advance(rest.charAt(fit));
                fit++;
            }
            int cut = rest.lastIndexOf(' ', fit);
            if (cut <= 0) {
                cut = Math.max(1, fit);
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }
}
