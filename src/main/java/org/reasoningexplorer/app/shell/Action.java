package org.reasoningexplorer.app.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the main window with its label key and keyboard shortcuts. The first shortcut is
 * shown in menus and in the help dialog; the others are alternatives (e.g. = for +).
 */
public enum Action {
    OPEN("action.open", combo(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
    RUN("action.run", combo(KeyCode.R, KeyCombination.SHORTCUT_DOWN)),
    DEMO("action.demo"),
    IMPORT("action.import", combo(KeyCode.I, KeyCombination.SHORTCUT_DOWN)),
    IMPORT_FOLDER("action.importFolder"),
    MODEL_SERVER("action.modelServer"),
    RUN_MODEL("action.runModel", combo(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    CANCEL("action.cancel", combo(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN)),
    EXPORT_PNG("action.exportPng", combo(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
    EXPORT_SVG("action.exportSvg", combo(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    EXPORT_NODES("action.exportNodes"),
    EXPORT_TALLY("action.exportTally"),
    QUIT("action.quit", combo(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    PLAY("action.play", combo(KeyCode.SPACE)),
    STEP_BACK("action.stepBack", combo(KeyCode.LEFT)),
    STEP_FORWARD("action.stepForward", combo(KeyCode.RIGHT)),
    TO_START("action.toStart", combo(KeyCode.HOME)),
    TO_END("action.toEnd", combo(KeyCode.END)),
    SLOWER("action.slower", combo(KeyCode.OPEN_BRACKET)),
    FASTER("action.faster", combo(KeyCode.CLOSE_BRACKET)),
    JUMP("action.jump", combo(KeyCode.G, KeyCombination.SHORTCUT_DOWN)),
    FIT("action.fit", combo(KeyCode.F)),
    ZOOM_IN("action.zoomIn", combo(KeyCode.PLUS), combo(KeyCode.EQUALS), combo(KeyCode.ADD),
            combo(KeyCode.EQUALS, KeyCombination.SHIFT_DOWN)),
    ZOOM_OUT("action.zoomOut", combo(KeyCode.MINUS), combo(KeyCode.SUBTRACT)),
    COLOR_SCORE("action.colorScore", combo(KeyCode.DIGIT1)),
    COLOR_VISITS("action.colorVisits", combo(KeyCode.DIGIT2)),
    COLOR_CORRECTNESS("action.colorCorrectness", combo(KeyCode.DIGIT3)),
    COLOR_CLUSTER("action.colorCluster", combo(KeyCode.DIGIT4)),
    FOLLOW("action.follow", combo(KeyCode.F, KeyCombination.SHIFT_DOWN)),
    CENTER("action.center", combo(KeyCode.ENTER)),
    COLLAPSE("action.collapse", combo(KeyCode.C)),
    COLLAPSE_ALL("action.collapseAll", combo(KeyCode.C, KeyCombination.SHIFT_DOWN)),
    EXPAND_ALL("action.expandAll", combo(KeyCode.E, KeyCombination.SHIFT_DOWN)),
    FIND("action.find", combo(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    FIND_NEXT("action.findNext", combo(KeyCode.F3)),
    FIND_PREVIOUS("action.findPrevious", combo(KeyCode.F3, KeyCombination.SHIFT_DOWN)),
    THEME("action.theme", combo(KeyCode.T, KeyCombination.SHORTCUT_DOWN)),
    LANGUAGE("action.language", combo(KeyCode.L, KeyCombination.SHORTCUT_DOWN)),
    HELP("action.help", combo(KeyCode.F1)),
    ABOUT("action.about"),
    UNDO_EDIT("action.undoEdit", combo(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
    REDO_EDIT("action.redoEdit", combo(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            combo(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)),
    WHATIF_RERUN("action.whatifRerun"),
    FORENSICS_FOLDER("action.forensicsFolder"),
    LAB("action.lab");

    private final String labelKey;
    private final List<KeyCombination> keys;

    Action(String labelKey, KeyCombination... keys) {
        this.labelKey = labelKey;
        this.keys = List.of(keys);
    }

    private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    public String labelKey() {
        return labelKey;
    }

    /** The shortcut shown in menus and help, or null when the action has none. */
    public KeyCombination shortcut() {
        return keys.isEmpty() ? null : keys.get(0);
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    /**
     * Whether the shortcut should act while the person is typing in a text field: only combinations
     * with Ctrl/⌘ or Alt, and function keys, do; plain keys belong to the text.
     */
    public boolean worksWhileTyping() {
        KeyCombination k = shortcut();
        if (!(k instanceof KeyCodeCombination c)) {
            return false;
        }
        return c.getShortcut() == KeyCombination.ModifierValue.DOWN || c.getControl() == KeyCombination.ModifierValue.DOWN
                || c.getAlt() == KeyCombination.ModifierValue.DOWN || c.getCode().isFunctionKey();
    }
}
