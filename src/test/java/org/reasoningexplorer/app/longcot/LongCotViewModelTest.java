package org.reasoningexplorer.app.longcot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.engine.longcot.Languages;
import org.reasoningexplorer.engine.longcot.Reflection;
import org.reasoningexplorer.engine.trace.TraceTree;

class LongCotViewModelTest {
    @Test
    void aHandMadeChainShowsItsMarkersLanguagesAndTurns() {
        LongCotViewModel.Chain c = LongCotViewModel.of(HandMadeChain.tree(), HandMadeChain.LEAF);
        var steps = c.analysis().steps();
        assertEquals(4, steps.size());
        assertEquals(List.of(1, 2, 3, 4), Arrays.stream(c.nodes()).boxed().toList());
        assertTrue(steps.get(1).reflections().stream().anyMatch(m -> m.kind() == Reflection.Kind.PAUSE), steps.get(1).toString());
        assertTrue(steps.get(2).reflections().stream().anyMatch(m -> m.kind() == Reflection.Kind.CORRECTION), steps.get(2).toString());
        assertEquals(Languages.Language.CHINESE, steps.get(3).language());
        assertTrue(c.analysis().mixedLanguage());
        assertEquals(1, c.analysis().wrongTurns().get(0).step(), "the fall from 0.6 to 0.2 is at the second step");
        assertEquals(2, c.analysis().ahaMoments().get(0).step(), "the rise to 0.9 is at the third step");
    }

    @Test
    void clickingAStepSelectsItsNodeAndKeepsTheWholeChain() {
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        var events = HandMadeChain.events();
        TraceTree folded = new TraceTree().withUndo();
        events.forEach(folded::apply);
        replay.open(new TraceDocument(null, HandMadeChain.header(), events, List.of(), false), folded);
        SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
        LongCotViewModel vm = new LongCotViewModel(replay, selection);
        assertEquals(4, vm.chainProperty().get().analysis().steps().size(), "the deepest chain when nothing is selected");
        vm.selectStep(1);
        assertEquals(2, selection.get());
        assertEquals(4, vm.chainProperty().get().analysis().steps().size(), "the chain stays whole");
    }
}
