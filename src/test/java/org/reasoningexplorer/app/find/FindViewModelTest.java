package org.reasoningexplorer.app.find;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;

class FindViewModelTest {
    @Test
    void findsStepTextAndMovesThroughMatchesWrappingRound() {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
        FindViewModel vm = new FindViewModel(replay, selection);
        vm.queryProperty().set("8 × 3 = 24");
        int[] m = vm.matchesProperty().get();
        assertTrue(m.length >= 2, "several chains end 8 × 3 = 24");
        for (int id : m) {
            assertTrue(replay.tree().text(id).contains("8 × 3 = 24"));
        }
        assertEquals(Phrase.of("find.count", m.length), vm.statusProperty().get());
        vm.next();
        assertEquals(m[0], selection.get());
        assertEquals(Phrase.of("find.position", 1, m.length), vm.statusProperty().get());
        vm.previous();
        assertEquals(m[m.length - 1], selection.get(), "previous from the first wraps to the last");
        vm.next();
        assertEquals(m[0], selection.get());
    }

    @Test
    void findsAnswersAndScoreRanges() {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        FindViewModel vm = new FindViewModel(replay, new SimpleIntegerProperty(-1));
        vm.modeProperty().set(FindQuery.Mode.ANSWER);
        vm.queryProperty().set("= 25");
        assertTrue(vm.matchesProperty().get().length >= 1);
        for (int id : vm.matchesProperty().get()) {
            assertTrue(replay.tree().answer(id).raw().contains("= 25"));
        }
        ReplayViewModel beam = Replays.of("beam.trace.jsonl");
        FindViewModel scores = new FindViewModel(beam, new SimpleIntegerProperty(-1));
        scores.modeProperty().set(FindQuery.Mode.SCORE);
        scores.queryProperty().set(">0.9");
        for (int id : scores.matchesProperty().get()) {
            assertTrue(beam.treeModelProperty().get().score(id) >= 0.9f);
        }
        scores.queryProperty().set("high");
        assertEquals(Phrase.of("find.badRange"), scores.statusProperty().get());
    }

    @Test
    void typedArithmeticSignsMatchTheWrittenOnes() {
        ReplayViewModel replay = Replays.of("tot-bfs.trace.jsonl");
        FindViewModel vm = new FindViewModel(replay, new SimpleIntegerProperty(-1));
        vm.queryProperty().set("8 / 3");
        int typed = vm.matchesProperty().get().length;
        vm.queryProperty().set("8 ÷ 3");
        assertEquals(vm.matchesProperty().get().length, typed);
        assertTrue(typed > 0);
        assertEquals("3 * 8 - 1", FindQuery.fold("3  ×  8 − 1"));
    }

    @Test
    void scoreRangesAreReadInSeveralForms() {
        FindQuery q = FindQuery.parse(FindQuery.Mode.SCORE, "0.2-0.5");
        assertEquals(0.2, q.low());
        assertEquals(0.5, q.high());
        assertEquals(0.3, FindQuery.parse(FindQuery.Mode.SCORE, "0.8 .. 0.3").low());
        assertEquals(Double.NEGATIVE_INFINITY, FindQuery.parse(FindQuery.Mode.SCORE, "<0.3").low());
        assertThrows(IllegalArgumentException.class, () -> FindQuery.parse(FindQuery.Mode.SCORE, "abc"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"TEXT, 8", "ANSWER, 24", "SCORE, 0.3-0.7", "SCORE, >0.5"})
    void matchesFollowedStepByStepEqualAFreshSearchEverywhere(FindQuery.Mode mode, String query) {
        for (String sample : new String[] {"mcts-overturned.trace.jsonl", "majority-wrong.trace.jsonl", "beam.trace.jsonl"}) {
            ReplayViewModel replay = Replays.of(sample);
            FindViewModel vm = new FindViewModel(replay, new SimpleIntegerProperty(-1));
            vm.modeProperty().set(mode);
            vm.queryProperty().set(query);
            int total = replay.totalProperty().get();
            java.util.Random random = new java.util.Random(3);
            for (int i = 0; i < total * 2 + 40; i++) {
                if (i < total) {
                    replay.stepBack();
                } else if (i < 2 * total) {
                    replay.stepForward();
                } else {
                    replay.jumpTo(random.nextInt(total + 1));
                }
                FindViewModel fresh = new FindViewModel(replay, new SimpleIntegerProperty(-1));
                fresh.modeProperty().set(mode);
                fresh.queryProperty().set(query);
                org.junit.jupiter.api.Assertions.assertArrayEquals(fresh.matchesProperty().get(), vm.matchesProperty().get(),
                        sample + " at event " + replay.positionProperty().get());
            }
        }
    }

    @Test
    void stepTextsOfABigTraceAreSearchedInTheBackgroundWithTheSameMatches() {
        ReplayViewModel eager = Replays.of("mcts-overturned.trace.jsonl");
        FindViewModel reference = new FindViewModel(eager, new SimpleIntegerProperty(-1));
        reference.queryProperty().set("8 -");
        var lazy = (org.reasoningexplorer.app.open.LoadOutcome.Loaded) new org.reasoningexplorer.app.open.TraceLoader(
                Runtime.getRuntime().maxMemory(), 0).load(java.nio.file.Path.of("samples/mcts-overturned.trace.jsonl"), f -> { }, () -> false);
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        replay.open(lazy.document(), lazy.folded(), lazy.snapshot());
        FindViewModel vm = new FindViewModel(replay, new SimpleIntegerProperty(-1));
        java.util.List<Runnable> work = new java.util.ArrayList<>();
        vm.searchTextsOn(work::add, Runnable::run);
        vm.queryProperty().set("8 -");
        assertEquals("find.searching", vm.statusProperty().get().key());
        assertEquals(0, vm.matchesProperty().get().length, "nothing shown until the search is done");
        replay.jumpTo(replay.totalProperty().get() - 40);
        reference.queryProperty().set("");
        eager.jumpTo(eager.totalProperty().get() - 40);
        reference.queryProperty().set("8 -");
        work.forEach(Runnable::run);
        assertTrue(reference.matchesProperty().get().length > 0);
        assertArrayEquals(reference.matchesProperty().get(), vm.matchesProperty().get(), "matches of the state shown now");
    }
}
