package org.reasoningexplorer.app.answers;

import static org.reasoningexplorer.app.testing.Fx.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AnswersViewTest {
    private final Messages m = new Messages(Language.ENGLISH);
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private ReplayViewModel replay;
    private AnswersViewModel vm;
    private AnswersView view;

    @Start
    void start(Stage stage) {
        replay = Replays.of("majority-wrong.trace.jsonl");
        vm = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0]));
        view = new AnswersView(vm, m, shown);
        stage.setScene(new Scene(view, 420, 700));
        stage.show();
    }

    private List<Node> rows() {
        return fx(() -> List.copyOf(view.lookupAll(".rx-answer-row")));
    }

    /** Each row shows the group at its place: its answer and its count. */
    private void assertRowsShowTheTally() {
        AnswerTally t = fx(() -> vm.tallyProperty().get());
        List<Node> rows = rows();
        assertEquals(Math.min(AnswersView.MAX_ROWS, t.groups().size()), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AnswerGroup g = t.groups().get(i);
            Node row = rows.get(i);
            assertEquals(g.normalized(), row.getUserData());
            assertEquals(g.normalized(), fx(() -> ((Label) row.lookup(".rx-answer-text")).getText()));
            String votes = m.get(t.voted() ? "answers.votes" : "answers.answers", g.count());
            assertTrue(fx(() -> row.lookupAll(".rx-value").stream().anyMatch(l -> votes.equals(((Label) l).getText()))),
                    "row " + i + " shows " + votes);
        }
    }

    @Test
    void stepsFillTheRowsInPlaceWithTheTallyAtTheNewPosition() {
        assertRowsShowTheTally();
        Node first = rows().get(0);
        java.util.Set<Integer> counts = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            fx(() -> {
                replay.stepBack();
                return null;
            });
            assertRowsShowTheTally();
            counts.add(fx(() -> vm.tallyProperty().get().answers()));
        }
        assertNotEquals(1, counts.size(), "the steps changed the tally");
        assertSame(first, rows().get(0), "the first row was filled in place");
    }

    @Test
    void aHiddenPanelShowsTheCurrentTallyWhenShown() {
        fx(() -> {
            shown.set(false);
            replay.jumpTo(30);
            return null;
        });
        fx(() -> {
            shown.set(true);
            return null;
        });
        assertRowsShowTheTally();
    }
}
