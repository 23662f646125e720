package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import org.reasoningexplorer.app.tree.TreeModel;

/** A model with the layout and index computed for one set of collapsed nodes; swapped in whole. */
record LaidOutTree(TreeModel model, TreeLayout layout, LayerIndex index, LayerIndex answers, LayerIndex correct,
                   BitSet collapsed) {
    static final LaidOutTree EMPTY = compute(TreeModel.EMPTY, new BitSet());

    /** Lays out and indexes all shown nodes, the answers among them and the correct answers; runs on any thread. */
    static LaidOutTree compute(TreeModel model, BitSet collapsed) {
        TreeLayout layout = new TidyLayout().layout(model, collapsed);
        LayerIndex index = LayerIndex.build(model, layout);
        LayerIndex answers = index.subset(v -> model.answerCluster(v) >= 0
                || (model.flags(v) & (TreeModel.CORRECT | TreeModel.WRONG)) != 0);
        LayerIndex correct = answers.subset(v -> model.hasFlag(v, TreeModel.CORRECT));
        return new LaidOutTree(model, layout, index, answers, correct, collapsed);
    }

    boolean isOpen(int v) {
        int c = model.firstChild(v);
        return c >= 0 && layout.isShown(c);
    }
}
