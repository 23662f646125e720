package org.reasoningexplorer.app.longcot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.longcot.LongChain;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The long chain of thought behind the selection: the steps on the path from the root to the
 * selected node (or, when the node carries a model's reasoning, that reasoning cut into paragraphs),
 * analysed for reflections, languages, lengths and the per-step value curve.
 */
public final class LongCotViewModel {
    /** What is shown: the analysis, the node each step belongs to, and where it comes from. */
    public record Chain(LongChain.Analysis analysis, int[] nodes, Phrase source) {
    }

    private final ReplayViewModel replay;
    private final IntegerProperty selection;
    private final ReadOnlyObjectWrapper<Chain> chain = new ReadOnlyObjectWrapper<>(this, "chain");

    public LongCotViewModel(ReplayViewModel replay, IntegerProperty selection) {
        this.replay = replay;
        this.selection = selection;
        // A step of the chain shown keeps the chain (clicking a step must not cut the list short).
        selection.addListener((o, a, b) -> {
            if (!onChain(b.intValue())) {
                refresh();
            }
        });
        replay.documentProperty().addListener((o, a, b) -> refresh());
        replay.liveProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Recomputes the chain for the current selection (or the deepest node when nothing is selected). */
    public void refresh() {
        TraceTree tree = replay.documentProperty().get() == null ? null : replay.tree();
        if (tree == null || tree.size() == 0) {
            chain.set(null);
            return;
        }
        int target = selection.get();
        if (target < 0 || target >= tree.size()) {
            target = deepest(tree);
        }
        chain.set(of(tree, target));
    }

    /** The chain for one node of a tree. */
    public static Chain of(TraceTree tree, int node) {
        String reasoning = tree.reasoning(node);
        if (reasoning != null && !reasoning.isBlank()) {
            LongChain.Analysis a = LongChain.analyse(reasoning);
            int[] nodes = new int[a.steps().size()];
            Arrays.fill(nodes, node);
            return new Chain(a, nodes, Phrase.of("longcot.source.reasoning", node));
        }
        List<Integer> path = new ArrayList<>(tree.pathTo(node));
        if (path.size() > 1) {
            path.remove(0);
        }
        List<String> texts = new ArrayList<>();
        double[] values = new double[path.size()];
        for (int i = 0; i < path.size(); i++) {
            int n = path.get(i);
            texts.add(tree.text(n) == null ? "" : tree.text(n));
            values[i] = tree.latestScore(n, ScoreKind.PRM);
        }
        int[] nodes = path.stream().mapToInt(Integer::intValue).toArray();
        return new Chain(LongChain.analyse(texts, values, 3), nodes, Phrase.of("longcot.source.chain", node, nodes.length));
    }

    private static int deepest(TraceTree tree) {
        return Math.max(0, tree.deepest());
    }

    private boolean onChain(int node) {
        Chain c = chain.get();
        return c != null && node >= 0 && Arrays.stream(c.nodes()).anyMatch(n -> n == node);
    }

    /** Selects the node a step belongs to. */
    public void selectStep(int step) {
        Chain c = chain.get();
        if (c != null && step >= 0 && step < c.nodes().length && c.nodes()[step] != selection.get()) {
            selection.set(c.nodes()[step]);
        }
    }

    public ReadOnlyObjectProperty<Chain> chainProperty() {
        return chain.getReadOnlyProperty();
    }
}
