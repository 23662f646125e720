package org.reasoningexplorer.app.inspector;

import static org.reasoningexplorer.app.testing.Fx.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;
import org.reasoningexplorer.engine.trace.Compute;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    private final Messages m = new Messages(Language.ENGLISH);
    private final SimpleIntegerProperty selection = new SimpleIntegerProperty(-1);
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private ReplayViewModel replay;
    private InspectorView view;

    @Start
    void start(Stage stage) {
        replay = Replays.of("mcts-overturned.trace.jsonl");
        view = new InspectorView(new InspectorViewModel(replay, selection), m, shown);
        stage.setScene(new Scene(view, 420, 700));
        stage.show();
    }

    private Label label(String id) {
        return fx(() -> (Label) view.lookup(id));
    }

    private String totals(Compute c) {
        return m.get("inspector.totals", c.steps(), c.tokens(), c.verifierCalls());
    }

    @Test
    void stepsUpdateTheSameControlsInPlaceWithTheValuesAtTheNewPosition() {
        int node = fx(() -> replay.tree().firstChild(0));
        fx(() -> {
            selection.set(node);
            return null;
        });
        Label visits = label("#inspector-n");
        Label total = label("#inspector-totals");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            fx(() -> {
                replay.stepBack();
                return null;
            });
            TraceTree tree = fx(() -> replay.tree());
            assertEquals(Integer.toString(fx(() -> tree.visits(node))), visits.getText(), "N after " + (i + 1) + " steps back");
            assertEquals(totals(fx(tree::compute)), total.getText());
            seen.add(visits.getText());
        }
        assertSame(visits, label("#inspector-n"), "the numbers were updated in place");
        assertSame(total, label("#inspector-totals"));
        assertNotEquals(1, seen.size(), "the steps changed N");
    }

    @Test
    void anotherNodeOrLanguageBuildsTheControlsAnew() {
        int first = fx(() -> replay.tree().firstChild(0));
        int second = fx(() -> replay.tree().nextSibling(first));
        fx(() -> {
            selection.set(first);
            return null;
        });
        Label visits = label("#inspector-n");
        fx(() -> {
            selection.set(second);
            return null;
        });
        assertNotSame(visits, label("#inspector-n"));
        assertEquals(Integer.toString(fx(() -> replay.tree().visits(second))), label("#inspector-n").getText());
        Label before = label("#inspector-n");
        fx(() -> {
            m.languageProperty().set(Language.values()[1]);
            return null;
        });
        assertNotSame(before, label("#inspector-n"));
    }

    @Test
    void aHiddenInspectorWaitsToBeShownThenShowsTheCurrentState() {
        int node = fx(() -> replay.tree().firstChild(0));
        fx(() -> {
            shown.set(false);
            selection.set(node);
            replay.jumpTo(replay.positionProperty().get() - 30);
            return null;
        });
        assertNull(label("#inspector-n"), "nothing was built while hidden");
        fx(() -> {
            shown.set(true);
            return null;
        });
        assertEquals(Integer.toString(fx(() -> replay.tree().visits(node))), label("#inspector-n").getText());
        assertEquals(totals(fx(() -> replay.tree().compute())), label("#inspector-totals").getText());
    }
}
