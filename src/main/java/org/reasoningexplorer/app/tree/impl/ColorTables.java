package org.reasoningexplorer.app.tree.impl;

import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Every node's colour for the current palette and colour mode, by node id, rebuilt only when the
 * model, the mode or the palette changes.
 */
final class ColorTables {
    private NodeColors nodeColors;
    private int[] byNode;
    private TreeModel model;
    private ColorMode mode;

    /** Brings the tables up to date; returns the colours by node id. */
    int[] update(TreePalette palette, LaidOutTree tree, ColorMode colorMode) {
        TreeModel m = tree.model();
        if (nodeColors == null || nodeColors.paletteRevision() != palette.revision()) {
            nodeColors = new NodeColors(palette);
            byNode = null;
        }
        if (byNode == null || model != m || mode != colorMode) {
            int[] table = new int[m.size()];
            for (int v = 0; v < table.length; v++) {
                int c = nodeColors.color(m, v, colorMode);
                table[v] = m.hasFlag(v, TreeModel.IN_PRUNED_BRANCH) ? nodeColors.faded(c) : c;
            }
            byNode = table;
            model = m;
            mode = colorMode;
        }
        return byNode;
    }
}
