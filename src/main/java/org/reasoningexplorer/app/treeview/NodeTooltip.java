package org.reasoningexplorer.app.treeview;

import java.util.function.Function;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.EventNarration;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.trace.TraceTree;

/** The hover text of a node in the chosen language: its step, status, MCTS numbers, scores and answer. */
final class NodeTooltip implements Function<Integer, String> {
    private final ReplayViewModel replay;
    private final Messages messages;

    NodeTooltip(ReplayViewModel replay, Messages messages) {
        this.replay = replay;
        this.messages = messages;
    }

    @Override
    public String apply(Integer id) {
        TraceTree t = replay.tree();
        if (id == null || id < 0 || id >= t.size()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(messages.get("tooltip.head", id, t.depth(id), messages.get("nodeStatus." + t.status(id).name().toLowerCase(java.util.Locale.ROOT))));
        sb.append('\n').append(t.text(id));
        if (t.visits(id) > 0 || !Double.isNaN(t.prior(id))) {
            sb.append('\n').append(messages.get("tooltip.mcts", t.visits(id),
                    t.visits(id) > 0 ? EventNarration.number(t.mean(id)) : "—", EventNarration.number(t.prior(id))));
        }
        for (TraceTree.ScoreEntry e : t.scores(id)) {
            sb.append('\n').append(messages.get(Double.isNaN(e.truth()) ? "tooltip.score" : "tooltip.scoreTruth",
                    e.verifier(), messages.get("kind." + e.kind().tag()), EventNarration.number(e.value()),
                    EventNarration.number(e.truth())));
        }
        TraceTree.Answer a = t.answer(id);
        if (a != null) {
            sb.append('\n').append(messages.get(a.correct() ? "tooltip.answerRight" : "tooltip.answerWrong", a.raw()));
        }
        return sb.toString();
    }
}
