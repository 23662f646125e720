package org.reasoningexplorer.app.tree.impl;

import javafx.scene.paint.Color;

/** One colour the tree view reads from CSS: its CSS property and the light-theme default. */
public enum Swatch {
    BACKGROUND("-tree-background", "#fbfbfc"),
    EDGE("-tree-edge", "#a3abb6"),
    TEXT("-tree-text", "#1f2328"),
    MUTED_TEXT("-tree-muted-text", "#646d78"),
    NODE("-tree-node", "#b4bac3"),
    SCORE_LOW("-tree-score-low", "#d64933"),
    SCORE_MID("-tree-score-mid", "#e9b10f"),
    SCORE_HIGH("-tree-score-high", "#2e9d4a"),
    VISITS_LOW("-tree-visits-low", "#a9c1e8"),
    VISITS_HIGH("-tree-visits-high", "#1b3d91"),
    CORRECT("-tree-correct", "#2e9d4a"),
    WRONG("-tree-wrong", "#d64933"),
    GOLD("-tree-gold", "#d49b00"),
    SELECTION("-tree-selection", "#1f6feb"),
    HOVER("-tree-hover", "#8b5cf6"),
    HIGHLIGHT("-tree-highlight", "#f07c00"),
    PHASE_SELECT("-tree-phase-select", "#1f6feb"),
    PHASE_EXPAND("-tree-phase-expand", "#0ea5a4"),
    PHASE_SIMULATE("-tree-phase-simulate", "#8b5cf6"),
    PHASE_BACKPROP("-tree-phase-backprop", "#f07c00"),
    CLUSTER_0("-tree-cluster-0", "#4e79a7"),
    CLUSTER_1("-tree-cluster-1", "#f28e2b"),
    CLUSTER_2("-tree-cluster-2", "#e15759"),
    CLUSTER_3("-tree-cluster-3", "#76b7b2"),
    CLUSTER_4("-tree-cluster-4", "#59a14f"),
    CLUSTER_5("-tree-cluster-5", "#edc948"),
    CLUSTER_6("-tree-cluster-6", "#b07aa1"),
    CLUSTER_7("-tree-cluster-7", "#9c755f");

    /** How many cluster colours there are; clusters beyond reuse them in turn. */
    public static final int CLUSTER_COLORS = 8;

    private final String property;
    private final Color fallback;

    Swatch(String property, String fallback) {
        this.property = property;
        this.fallback = Color.web(fallback);
    }

    public String property() {
        return property;
    }

    public Color fallback() {
        return fallback;
    }

    /** The swatch of a cluster number. */
    public static Swatch cluster(int cluster) {
        return values()[CLUSTER_0.ordinal() + Math.floorMod(cluster, CLUSTER_COLORS)];
    }
}
