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
        assertEquals("4 − 1 = 3 (left: 3 8)", r.text());
        assertEquals(List.of(0, 2, 5), r.path().stream().map(NodeReport.Step::node).toList());
        assertTrue(r.visits() > 0);
        assertEquals(replay.tree().mean(5), r.mean());
        assertEquals(ScoreKind.ORM, r.scores().get(0).kind());
        assertEquals(1.0, r.scores().get(0).truth(), "the verifier's truth is shown beside its score");
        assertNotNull(r.selection(), "an MCTS node explains its selection score");
        assertEquals(replay.tree().compute(), r.total());
    }

    @Test
    void followsTheReplayBackToBeforeTheNodeExisted() {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        SimpleIntegerProperty selection = new SimpleIntegerProperty(5);
        InspectorViewModel vm = new InspectorViewModel(replay, selection);
        int visitsAtEnd = vm.reportProperty().get().visits();
        replay.jumpTo(20);
        assertTrue(vm.reportProperty().get().visits() < visitsAtEnd, "N shrinks as the replay goes back");
        assertEquals(replay.documentProperty().get().events().stream()
                .filter(e -> e instanceof org.reasoningexplorer.engine.trace.TraceEvent.Ended).findFirst()
                .map(e -> ((org.reasoningexplorer.engine.trace.TraceEvent.Ended) e).compute()).orElseThrow(),
                vm.wholeProperty().get(), "the whole trace's compute stays in view while replaying");
        assertTrue(vm.totalProperty().get().steps() < vm.wholeProperty().get().steps());
        replay.jumpTo(3);
        assertNull(vm.reportProperty().get());
        assertEquals(Phrase.of("inspector.notYet", 5), vm.placeholderProperty().get());
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
