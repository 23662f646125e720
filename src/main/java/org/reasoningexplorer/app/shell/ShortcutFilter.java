package org.reasoningexplorer.app.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Runs the window's keyboard shortcuts before any control sees the key, so that Space, ← and → step
 * the replay even when the tree view (which uses them too) has the focus. Plain keys are left to
 * text fields while someone types; shortcuts with Ctrl/⌘ or function keys always work.
 */
final class ShortcutFilter {
    private final Map<Action, Runnable> actions;

    ShortcutFilter(Map<Action, Runnable> actions) {
        this.actions = actions;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            boolean typing = focus instanceof TextInputControl || focus instanceof javafx.scene.control.Spinner<?> s && s.isEditable()
                    || focus instanceof javafx.scene.control.ComboBoxBase<?> c && c.isEditable();
            for (Action a : Action.values()) {
                if (typing && !a.worksWhileTyping()) {
                    continue;
                }
                for (KeyCombination k : a.keys()) {
                    if (k.match(e) && actions.containsKey(a)) {
                        actions.get(a).run();
                        e.consume();
                        return;
                    }
                }
            }
        });
    }
}
