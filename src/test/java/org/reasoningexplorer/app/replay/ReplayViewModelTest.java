package org.reasoningexplorer.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.open.LoadOutcome;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

class ReplayViewModelTest {
    private static final Path SAMPLE = Path.of("samples/mcts-overturned.trace.jsonl");
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private ReplayViewModel replay;
    private TraceDocument doc;

    @BeforeEach
    void open() {
        LoadOutcome.Loaded l = (LoadOutcome.Loaded) new TraceLoader().load(SAMPLE, f -> { }, () -> false);
        doc = l.document();
        replay = new ReplayViewModel(background::add, ui::add);
        replay.open(doc, l.folded());
    }

    /** The state after the first {@code n} events, folded from scratch. */
    private String foldedDigest(int n) {
        TraceTree t = new TraceTree();
        doc.events().subList(0, n).forEach(t::apply);
        return t.digest();
    }

    @Test
    void opensAtTheEndShowingTheWholeTree() {
        assertEquals(doc.events().size(), replay.positionProperty().get());
        assertEquals(replay.tree().size(), replay.treeModelProperty().get().size());
        assertEquals(Phrase.of("event.end.completed"), replay.narrationProperty().get());
    }

    @Test
    void everyPositionReachedBySteppingBackEqualsAFreshFold() {
        for (int p = doc.events().size(); p > 0; p--) {
            replay.stepBack();
            assertEquals(p - 1, replay.positionProperty().get());
            if (p % 17 == 0) {
                assertEquals(foldedDigest(p - 1), replay.tree().digest(), "after stepping back to " + (p - 1));
            }
        }
        assertEquals(0, replay.tree().size());
        replay.stepBack();
        assertEquals(0, replay.positionProperty().get(), "stepping back at the start stays there");
    }

    @Test
    void jumpsBothWaysLandOnTheExactState() {
        for (int target : new int[] {57, 3, 200, 120, 0, 230, 1}) {
            replay.jumpTo(target);
            assertEquals(target, replay.positionProperty().get());
            assertEquals(foldedDigest(target), replay.tree().digest(), "after jumping to " + target);
        }
        assertTrue(background.isEmpty(), "short jumps stay on the UI thread");
    }

    @Test
    void longJumpsFoldInTheBackgroundAndHandOverOnTheUiThread() {
        List<TraceEvent> many = new java.util.ArrayList<>(doc.events());
        // A long trace: the sample's select/simulate events repeated keep every event valid.
        TraceEvent select = many.get(1);
        for (int i = 0; i < 2 * ReplayViewModel.SYNC_LIMIT + 100; i++) {
            many.add(select);
        }
        TraceTree folded = new TraceTree().withUndo();
        many.forEach(folded::apply);
        replay.open(new TraceDocument(null, doc.header(), many, List.of(), false), folded);
        int middle = many.size() / 2;
        replay.jumpTo(middle);
        assertTrue(replay.busyProperty().get(), "undoing or refolding " + middle + " events is too long for the UI thread");
        assertEquals(many.size(), replay.positionProperty().get(), "the state shown stays until the fold is ready");
        replay.jumpTo(7);
        background.poll().run();
        assertEquals(many.size(), replay.positionProperty().get());
        ui.poll().run();
        assertFalse(replay.busyProperty().get());
        assertEquals(7, replay.positionProperty().get(), "a jump asked for meanwhile is made afterwards");
        assertEquals(foldedDigest(7), replay.tree().digest());
    }

    @Test
    void playingAdvancesBySpeedTimesTimeAndStopsAtTheEnd() {
        replay.jumpToStart();
        replay.speedProperty().set(10);
        replay.play();
        replay.tick(0.35);
        assertEquals(3, replay.positionProperty().get());
        replay.tick(0.05);
        assertEquals(4, replay.positionProperty().get(), "fractions of an event carry over");
        replay.tick(1000);
        assertEquals(doc.events().size(), replay.positionProperty().get());
        assertFalse(replay.playingProperty().get());
        replay.play();
        assertEquals(0, replay.positionProperty().get(), "play at the end starts again from the start");
    }

    @Test
    void aTickShowsOneNewStateHoweverManyEventsAreDue() {
        replay.jumpToStart();
        replay.speedProperty().set(500);
        replay.play();
        long revision = replay.revisionProperty().get();
        replay.tick(0.1);
        assertEquals(50, replay.positionProperty().get());
        assertEquals(revision + 1, replay.revisionProperty().get(), "50 events, one publication");
        assertEquals(new ReplayChange(0, 50, false), replay.lastChange());
    }

    @Test
    void framesCloserThanTheTickIntervalAreCoalescedIntoTheNextState() {
        replay.jumpToStart();
        replay.speedProperty().set(500);
        replay.play();
        replay.tick(1 / 60.0);
        assertEquals(8, replay.positionProperty().get(), "the first frame of playback shows at once");
        long revision = replay.revisionProperty().get();
        replay.tick(1 / 60.0);
        assertEquals(8, replay.positionProperty().get(), "too soon for another state");
        assertEquals(revision, replay.revisionProperty().get());
        replay.tick(1 / 60.0);
        assertEquals(25, replay.positionProperty().get(), "the events due meanwhile come together");
        assertEquals(revision + 1, replay.revisionProperty().get());
        assertEquals(new ReplayChange(8, 25, false), replay.lastChange());
    }

    @Test
    void aChangeTellsWhichEventsWereAppliedOrUndoneAndAnOpenedTraceIsEverything() {
        assertTrue(replay.lastChange().everything(), "opening shows everything anew");
        replay.jumpTo(40);
        replay.stepBack();
        assertEquals(new ReplayChange(40, 39, false), replay.lastChange());
        assertEquals(List.of(doc.events().get(39)), replay.eventsOf(replay.lastChange()));
        replay.jumpTo(45);
        assertEquals(doc.events().subList(39, 45), replay.eventsOf(replay.lastChange()));
        assertEquals(new ReplayChange(39, 40, false).then(new ReplayChange(40, 30, false)), new ReplayChange(39, 30, false));
        assertTrue(new ReplayChange(3, 4, false).then(ReplayChange.all(9)).everything());
    }

    @Test
    void eventsThatChangeNoNodeKeepTheTreeSnapshot() {
        replay.jumpTo(9);
        var afterBackprop = replay.treeModelProperty().get();
        replay.stepForward();
        assertTrue(doc.events().get(9) instanceof TraceEvent.Selected);
        assertTrue(afterBackprop == replay.treeModelProperty().get(), "a select event changes nothing drawn");
        replay.stepBack();
        assertTrue(afterBackprop == replay.treeModelProperty().get());
        replay.jumpTo(11);
        assertTrue(afterBackprop != replay.treeModelProperty().get(), "a new node makes a new snapshot");
        assertEquals(replay.tree().size(), replay.treeModelProperty().get().size());
    }

    @Test
    void phasesFollowTheMctsIteration() {
        replay.jumpTo(2);
        assertEquals(PhaseView.Phase.SELECT, replay.phaseProperty().get().phase());
        replay.jumpTo(4);
        PhaseView expanding = replay.phaseProperty().get();
        assertEquals(PhaseView.Phase.EXPAND, expanding.phase());
        assertEquals(0, expanding.path()[0]);
        assertEquals(2, expanding.others().length, "the two children created so far");
        replay.jumpTo(7);
        assertEquals(PhaseView.Phase.SIMULATE, replay.phaseProperty().get().phase());
        assertEquals(3, replay.phaseProperty().get().rolloutSteps());
        replay.jumpTo(8);
        assertEquals(PhaseView.Phase.SIMULATE, replay.phaseProperty().get().phase(), "the rollout's score belongs to it");
        replay.jumpTo(9);
        PhaseView back = replay.phaseProperty().get();
        assertEquals(PhaseView.Phase.BACKPROP, back.phase());
        assertEquals(2, back.path().length);
        replay.jumpToEnd();
        assertNull(replay.phaseProperty().get(), "the end event belongs to no phase");
    }

    @Test
    void liveEventsAreShownWhileAtTheEndAndWaitWhenScrubbedBack() {
        replay.openLive(doc.header());
        replay.append(doc.events().subList(0, 20));
        assertEquals(20, replay.positionProperty().get());
        replay.stepBack();
        replay.append(doc.events().subList(20, 30));
        assertEquals(19, replay.positionProperty().get(), "a person looking back is not dragged forward");
        assertEquals(30, replay.totalProperty().get());
        replay.jumpToEnd();
        replay.append(doc.events().subList(30, doc.events().size()));
        assertEquals(doc.events().size(), replay.positionProperty().get());
        assertEquals(foldedDigest(doc.events().size()), replay.tree().digest());
        replay.endLive(Path.of("saved.trace.jsonl"));
        assertFalse(replay.liveProperty().get());
        assertEquals(Path.of("saved.trace.jsonl"), replay.documentProperty().get().file());
    }
}
