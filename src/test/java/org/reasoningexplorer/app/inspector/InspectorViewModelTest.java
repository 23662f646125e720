package org.reasoningexplorer.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;
import org.reasoningexplorer.engine.trace.ScoreKind;

class InspectorViewModelTest {
    @Test
    void showsTheSelectedNodesStepPathStatisticsAndScores() {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
        InspectorViewModel vm = new InspectorViewModel(replay, selection);
        assertNull(vm.reportProperty().get());
        assertEquals(Phrase.of("inspector.noSelection"), vm.placeholderProperty().get());
        selection.set(5);
        NodeReport r = vm.reportProperty().get();
        assertNotNull(r);
        assertEquals(replay.tree().text(5), r.text());
        assertEquals(replay.tree().pathTo(5), r.path().stream().map(NodeReport.Step::node).toList());
        assertEquals(replay.tree().visits(5), r.visits());
        assertEquals(replay.tree().mean(5), r.mean());
        assertEquals(replay.tree().scores(5).size(), r.scores().size());
        for (int i = 0; i < r.scores().size(); i++) {
            assertEquals(replay.tree().scores(5).get(i).kind(), r.scores().get(i).kind());
            assertEquals(replay.tree().scores(5).get(i).truth(), r.scores().get(i).truth(), "the verifier's truth is shown beside its score");
        }
        assertNotNull(r.selection(), "an MCTS node explains its selection score");
        assertEquals(replay.tree().compute(), r.total());
    }

    @Test
    void followsTheReplayBackToBeforeTheNodeExisted() throws java.io.IOException {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        int node = replay.tree().children(0).get(0);
        int created = -1;
        int firstBackprop = -1;
        java.util.List<org.reasoningexplorer.engine.trace.TraceEvent> events = org.reasoningexplorer.engine.trace.TraceReader
                .readAll(java.nio.file.Path.of("samples", "mcts-overturned.trace.jsonl")).events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof org.reasoningexplorer.engine.trace.TraceEvent.NodeCreated n && n.id() == node) {
                created = i;
            }
            if (created >= 0 && firstBackprop < 0 && events.get(i) instanceof org.reasoningexplorer.engine.trace.TraceEvent.Backpropagated b
                    && b.path().contains(node)) {
                firstBackprop = i;
            }
        }
        SimpleIntegerProperty selection = new SimpleIntegerProperty(node);
        InspectorViewModel vm = new InspectorViewModel(replay, selection);
        int visitsAtEnd = vm.reportProperty().get().visits();
        assertTrue(visitsAtEnd > 1, "the root's first child is visited again and again");
        replay.jumpTo(firstBackprop + 1);
        assertEquals(1, vm.reportProperty().get().visits(), "N shrinks as the replay goes back");
        assertEquals(replay.documentProperty().get().events().stream()
                .filter(e -> e instanceof org.reasoningexplorer.engine.trace.TraceEvent.Ended).findFirst()
                .map(e -> ((org.reasoningexplorer.engine.trace.TraceEvent.Ended) e).compute()).orElseThrow(),
                vm.wholeProperty().get(), "the whole trace's compute stays in view while replaying");
        assertTrue(vm.totalProperty().get().steps() < vm.wholeProperty().get().steps());
        replay.jumpTo(created);
        assertNull(vm.reportProperty().get());
        assertEquals(Phrase.of("inspector.notYet", node), vm.placeholderProperty().get());
    }

    @Test
    void clickingThePathSelectsThatNode() {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        SimpleIntegerProperty selection = new SimpleIntegerProperty(5);
        InspectorViewModel vm = new InspectorViewModel(replay, selection);
        vm.select(2);
        assertEquals(2, selection.get());
        assertEquals(2, vm.reportProperty().get().node());
    }
}
