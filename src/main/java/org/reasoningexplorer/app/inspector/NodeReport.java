package org.reasoningexplorer.app.inspector;

import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.trace.Compute;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * Everything the inspector shows about one node at one point of a replay.
 *
 * @param path the nodes from the root to this one, root first, each with its step text
 * @param answer the answer read here, or null
 * @param visits MCTS N (0 when the search keeps no statistics)
 * @param mean MCTS Q, meaningful when visits &gt; 0
 * @param prior the policy's probability of this step, NaN when unknown
 * @param selection the UCT/PUCT terms, or null when the trace is not MCTS or this is the root
 * @param tokens tokens spent writing this step
 * @param total the compute the whole search has spent so far
 */
public record NodeReport(int node, String text, List<Step> path, TraceTree.Status status, boolean terminal, int depth,
                         List<TraceTree.ScoreEntry> scores, TraceTree.Answer answer, int visits, double mean, double prior,
                         SelectionScore selection, int tokens, int children, Compute total) {

    /** One node on the path from the root. */
    public record Step(int node, String text) {
    }

    public NodeReport {
        path = List.copyOf(path);
        scores = List.copyOf(scores);
    }

    /** The report of a node, or null when the node does not exist (yet) at this point of the replay. */
    public static NodeReport of(TraceTree tree, TraceHeader header, int node) {
        if (node < 0 || node >= tree.size()) {
            return null;
        }
        List<Step> path = new ArrayList<>();
        for (int id : tree.pathTo(node)) {
            path.add(new Step(id, tree.text(id)));
        }
        int children = 0;
        for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
            children++;
        }
        return new NodeReport(node, tree.text(node), path, tree.status(node), tree.isTerminal(node), tree.depth(node),
                tree.scores(node), tree.answer(node), tree.visits(node), tree.mean(node), tree.prior(node),
                SelectionScore.of(tree, header, node), tree.tokens(node), children, tree.compute());
    }
}
