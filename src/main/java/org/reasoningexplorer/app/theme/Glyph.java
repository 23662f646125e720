package org.reasoningexplorer.app.theme;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The app's icons as vector paths on a 16 × 16 grid, so they need no font and stay sharp at any
 * size; their colour comes from the style class {@code rx-glyph} (see app.css).
 */
public enum Glyph {
    PLAY("M4 2.5 L13.5 8 L4 13.5 Z"),
    PAUSE("M3.5 2.5 H6.5 V13.5 H3.5 Z M9.5 2.5 H12.5 V13.5 H9.5 Z"),
    STEP_FORWARD("M2.5 2.5 L10 8 L2.5 13.5 Z M11 2.5 H13.5 V13.5 H11 Z"),
    STEP_BACK("M13.5 2.5 L6 8 L13.5 13.5 Z M2.5 2.5 H5 V13.5 H2.5 Z"),
    TO_START("M2 2.5 H4.2 V13.5 H2 Z M9 2.5 L4.6 8 L9 13.5 Z M14.5 2.5 L10 8 L14.5 13.5 Z"),
    TO_END("M11.8 2.5 H14 V13.5 H11.8 Z M7 2.5 L11.4 8 L7 13.5 Z M1.5 2.5 L6 8 L1.5 13.5 Z"),
    OPEN("M1.5 3.5 H6 L7.5 5 H14.5 V13.5 H1.5 Z"),
    RUN("M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z M6.3 5 V11 L11.2 8 Z"),
    FIT("M1.5 1.5 H6 V3.2 H3.2 V6 H1.5 Z M10 1.5 H14.5 V6 H12.8 V3.2 H10 Z M1.5 10 H3.2 V12.8 H6 V14.5 H1.5 Z "
            + "M12.8 10 H14.5 V14.5 H10 V12.8 H12.8 Z"),
    ZOOM_IN("M7 7 V3.5 H9 V7 H12.5 V9 H9 V12.5 H7 V9 H3.5 V7 Z"),
    ZOOM_OUT("M3.5 7 H12.5 V9 H3.5 Z"),
    FIND("M6.5 1.8 A4.7 4.7 0 1 1 6.49 1.8 Z M6.5 3.6 A2.9 2.9 0 1 0 6.51 3.6 Z M9.6 10.9 L10.9 9.6 L14.6 13.3 L13.3 14.6 Z"),
    COLLAPSE("M2 3 H14 V5 H2 Z M5 9 H11 L8 13 Z"),
    EXPAND("M2 11 H14 V13 H2 Z M5 8 H11 L8 4 Z"),
    STOP("M3.5 3.5 H12.5 V12.5 H3.5 Z");

    private final String path;

    Glyph(String path) {
        this.path = path;
    }

    /** A new node drawing the icon. */
    public Node node() {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        p.getStyleClass().add("rx-glyph");
        return p;
    }
}
