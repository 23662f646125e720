package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import org.reasoningexplorer.app.tree.TreeModel;

/** A model with the layout and index computed for one set of collapsed nodes; swapped in whole. */
record LaidOutTree(TreeModel model, TreeLayout layout, LayerIndex index, BitSet collapsed) {
    static final LaidOutTree EMPTY = compute(TreeModel.EMPTY, new BitSet());

    /** Lays out and indexes; runs on any thread. */
    static LaidOutTree compute(TreeModel model, BitSet collapsed) {
        TreeLayout layout = new TidyLayout().layout(model, collapsed);
        return new LaidOutTree(model, layout, LayerIndex.build(model, layout), collapsed);
    }

    boolean isOpen(int v) {
        int c = model.firstChild(v);
        return c >= 0 && layout.isShown(c);
    }
}
