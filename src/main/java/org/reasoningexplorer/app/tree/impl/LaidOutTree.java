package org.reasoningexplorer.app.tree.impl;

import java.util.BitSet;
import org.reasoningexplorer.app.tree.TreeModel;

/** A model with the layout and index computed for one set of collapsed nodes; swapped in whole. */
record LaidOutTree(TreeModel model, TreeLayout layout, LayerIndex index, LayerIndex answers, LayerIndex correct,
                   BitSet collapsed) {
    static final LaidOutTree EMPTY = compute(TreeModel.EMPTY, new BitSet());

    /** Lays out and indexes all shown nodes, the answers among them and the correct answers; runs on any thread. */
    static LaidOutTree compute(TreeModel model, BitSet collapsed) {
        return indexed(model, new TidyLayout().layout(model, collapsed), collapsed);
    }

    private static LaidOutTree indexed(TreeModel model, TreeLayout layout, BitSet collapsed) {
        LayerIndex index = LayerIndex.build(model, layout);
        LayerIndex answers = index.subset(v -> isAnswer(model, v));
        LayerIndex correct = answers.subset(v -> model.hasFlag(v, TreeModel.CORRECT));
        return new LaidOutTree(model, layout, index, answers, correct, collapsed);
    }

    /**
     * This layout for a model of the same shape whose values changed (a replay step without new nodes),
     * as {@link #compute} would lay it out; the indexes are rebuilt only when pruning or answers changed.
     */
    LaidOutTree withModel(TreeModel next) {
        if (next.size() != model.size() || !next.extendsShapeOf(model)) {
            throw new IllegalArgumentException("a model of another shape needs a new layout");
        }
        boolean pruned = false;
        boolean answered = false;
        for (int v = 0; v < next.size() && !pruned; v++) {
            pruned = next.hasFlag(v, TreeModel.IN_PRUNED_BRANCH) != model.hasFlag(v, TreeModel.IN_PRUNED_BRANCH);
            answered |= isAnswer(next, v) != isAnswer(model, v)
                    || next.hasFlag(v, TreeModel.CORRECT) != model.hasFlag(v, TreeModel.CORRECT);
        }
        if (pruned) {
            return indexed(next, layout, collapsed);
        }
        if (answered) {
            LayerIndex a = index.subset(v -> isAnswer(next, v));
            return new LaidOutTree(next, layout, index, a, a.subset(v -> next.hasFlag(v, TreeModel.CORRECT)), collapsed);
        }
        return new LaidOutTree(next, layout, index, answers, correct, collapsed);
    }

    private static boolean isAnswer(TreeModel model, int v) {
        return model.answerCluster(v) >= 0 || (model.flags(v) & (TreeModel.CORRECT | TreeModel.WRONG)) != 0;
    }

    boolean isOpen(int v) {
        int c = model.firstChild(v);
        return c >= 0 && layout.isShown(c);
    }
}
