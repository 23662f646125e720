package org.reasoningexplorer.app.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

class TallyTrackerTest {
    @ParameterizedTest
    @ValueSource(strings = {"majority-wrong.trace.jsonl", "weighted-beats-majority.trace.jsonl", "best-of-n-misleading.trace.jsonl",
            "mcts-overturned.trace.jsonl", "mcts-uct-rollouts.trace.jsonl", "dvts.trace.jsonl", "tot-bfs.trace.jsonl", "beam.trace.jsonl",
            "best-of-n-prm-min.trace.jsonl"})
    void theTallyFollowedStepByStepEqualsAFreshTallyEverywhere(String sample) {
        ReplayViewModel replay = Replays.of(sample);
        AnswersViewModel vm = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0]));
        int total = replay.totalProperty().get();
        replay.jumpToStart();
        for (int p = 0; p < total; p++) {
            replay.stepForward();
            assertEquals(AnswerTally.of(replay.tree(), replay.header()), vm.tallyProperty().get(), "forwards at " + (p + 1));
        }
        for (int p = total; p > 0; p--) {
            replay.stepBack();
            assertEquals(AnswerTally.of(replay.tree(), replay.header()), vm.tallyProperty().get(), "backwards at " + (p - 1));
        }
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            replay.jumpTo(random.nextInt(total + 1));
            assertEquals(AnswerTally.of(replay.tree(), replay.header()), vm.tallyProperty().get(),
                    "after a jump to " + replay.positionProperty().get());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcts-uct-rollouts.trace.jsonl", "best-of-n-misleading.trace.jsonl", "best-of-n-prm-min.trace.jsonl"})
    void steppingThroughASearchFollowsEveryEventWithoutTallyingAfresh(String sample) {
        ReplayViewModel replay = Replays.of(sample);
        List<TraceEvent> events = replay.documentProperty().get().events();
        TraceTree tree = new TraceTree();
        TallyTracker tracker = new TallyTracker();
        tracker.rebuild(tree, replay.header());
        for (TraceEvent e : events) {
            tree.apply(e);
            AnswerTally followed = tracker.follow(tree, List.of(e), true);
            assertNotNull(followed, "followed " + e);
            assertEquals(AnswerTally.of(tree, replay.header()), followed);
        }
    }

    @Test
    void eventsThatTouchNoAnswerKeepTheSameTally() {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        TallyTracker tracker = new TallyTracker();
        AnswerTally before = tracker.rebuild(replay.tree(), replay.header());
        List<TraceEvent> none = List.of(new TraceEvent.Selected(List.of(0)));
        assertSame(before, tracker.follow(replay.tree(), none, true));
    }

    @Test
    void anAnswerReadTwiceAtOneNodeIsTalliedAfresh() {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        TraceTree tree = replay.tree();
        TallyTracker tracker = new TallyTracker();
        tracker.rebuild(tree, replay.header());
        int node = tree.answers().keySet().iterator().next();
        TraceEvent again = new TraceEvent.AnswerExtracted(node, "x", "x", false);
        assertEquals(null, tracker.follow(tree, List.of(again), true));
    }
}
