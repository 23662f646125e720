package org.reasoningexplorer.app.answers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;
import org.reasoningexplorer.engine.trace.TraceTree;

class AnswersViewModelTest {
    @Test
    void aMajorityVoteTalliesByNormalFormAndMarksWinnerAndGold() {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        AnswerTally t = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0])).tallyProperty().get();
        assertTrue(t.voted());
        assertFalse(t.weighted(), "every majority vote weighs 1");
        assertEquals(16, t.answers());
        assertEquals(16, t.groups().stream().mapToInt(AnswerGroup::count).sum());
        AnswerGroup top = t.groups().get(0);
        assertTrue(top.winner(), "the repeated wrong answer wins this sample");
        assertFalse(top.correct());
        assertEquals(replay.tree().tally().get(replay.tree().selection().answer()).count(), top.count());
        assertTrue(top.count() >= 3, "a repeated answer");
        assertTrue(top.members().size() > 1, "its chains wrote it in different ways");
        assertTrue(t.groups().stream().anyMatch(g -> g.correct() && g.gold()), "the correct answers are gold");
        for (int i = 1; i < t.groups().size(); i++) {
            assertTrue(t.groups().get(i - 1).count() >= t.groups().get(i).count(), "most votes first");
        }
    }

    @Test
    void aTallyPreparedWhileLoadingIsTheOneShownAndStepsFollowFromIt() {
        var loaded = (org.reasoningexplorer.app.open.LoadOutcome.Loaded) new org.reasoningexplorer.app.open.TraceLoader()
                .load(java.nio.file.Path.of("samples/weighted-beats-majority.trace.jsonl"), f -> { }, () -> false);
        ReplayViewModel fresh = new ReplayViewModel(Runnable::run, Runnable::run);
        AnswersViewModel rebuilt = new AnswersViewModel(fresh, new SimpleObjectProperty<>(new int[0]));
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        AnswersViewModel vm = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0]));
        assertTrue(loaded.answers() != null, "the loader tallies off the UI thread");
        vm.adopt(loaded.answers());
        replay.open(loaded.document(), loaded.folded(), loaded.snapshot());
        assertTrue(vm.tallyProperty().get() == loaded.answers().tally(), "the prepared tally is shown, not rebuilt");
        var again = (org.reasoningexplorer.app.open.LoadOutcome.Loaded) new org.reasoningexplorer.app.open.TraceLoader()
                .load(java.nio.file.Path.of("samples/weighted-beats-majority.trace.jsonl"), f -> { }, () -> false);
        fresh.open(again.document(), again.folded(), again.snapshot());
        assertEquals(rebuilt.tallyProperty().get(), vm.tallyProperty().get());
        for (int target : new int[] {replay.totalProperty().get() - 3, 10, replay.totalProperty().get()}) {
            replay.jumpTo(target);
            fresh.jumpTo(target);
            assertEquals(rebuilt.tallyProperty().get(), vm.tallyProperty().get(), "after jumping to " + target);
        }
    }

    @Test
    void aWeightedVoteShowsBothTallies() {
        ReplayViewModel replay = Replays.of("weighted-beats-majority.trace.jsonl");
        AnswerTally t = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0])).tallyProperty().get();
        assertTrue(t.weighted());
        AnswerGroup winner = t.groups().stream().filter(AnswerGroup::winner).findFirst().orElseThrow();
        assertTrue(t.groups().stream().allMatch(g -> g.weight() <= winner.weight() + 1e-12), "the winner has the largest weight");
        assertTrue(t.groups().get(0).count() >= winner.count());
    }

    @Test
    void bestOfNWithoutVotesCountsAnswersAndSumsChainScores() {
        ReplayViewModel replay = Replays.of("best-of-n-misleading.trace.jsonl");
        AnswerTally t = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0])).tallyProperty().get();
        assertFalse(t.voted());
        assertEquals(t.answers(), t.groups().stream().mapToInt(AnswerGroup::count).sum());
        assertTrue(t.weighted());
    }

    @Test
    void choosingAnAnswerHighlightsItsChainsFromTheRoot() {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        SimpleObjectProperty<int[]> highlight = new SimpleObjectProperty<>(new int[0]);
        AnswersViewModel vm = new AnswersViewModel(replay, highlight);
        AnswerGroup top = vm.tallyProperty().get().groups().get(0);
        vm.choose(top.normalized());
        int[] ids = highlight.get();
        TraceTree tree = replay.tree();
        for (int leaf : top.nodes()) {
            for (int n : tree.pathTo(leaf)) {
                assertTrue(Arrays.binarySearch(ids, n) >= 0, "node " + n + " on the chain to " + leaf);
            }
        }
        assertEquals(1 + 4 * top.count(), ids.length, "the root once, then each chain's four steps");
        vm.choose(top.normalized());
        assertArrayEquals(new int[0], highlight.get(), "choosing it again clears the highlight");
    }

    @Test
    void theTallyFollowsTheReplay() {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        AnswersViewModel vm = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0]));
        replay.jumpTo(12);
        assertEquals(2, vm.tallyProperty().get().answers());
        replay.jumpToStart();
        assertTrue(vm.tallyProperty().get().groups().isEmpty());
    }
}
