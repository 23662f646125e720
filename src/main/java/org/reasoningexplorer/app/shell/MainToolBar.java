package org.reasoningexplorer.app.shell;

import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.theme.Glyph;
import org.reasoningexplorer.app.tree.ColorMode;

/** The toolbar: open and run, fit and zoom, colour mode, follow, collapse and expand, find, and the language. */
final class MainToolBar extends ToolBar {
    private final Messages m;
    private final Map<Action, Runnable> actions;

    MainToolBar(ShellViewModel vm, Map<Action, Runnable> actions) {
        this.m = vm.messages();
        this.actions = actions;
        setId("tool-bar");
        getStyleClass().add("rx-toolbar");
        Button open = button(Action.OPEN, Glyph.OPEN, "toolbar.open");
        Button run = button(Action.RUN, Glyph.RUN, "toolbar.run");
        run.getStyleClass().add("rx-primary");
        Label colorLabel = new Label();
        colorLabel.textProperty().bind(m.text("toolbar.colorBy"));
        ComboBox<ColorMode> color = new ComboBox<>();
        color.setId("color-mode");
        color.setFocusTraversable(false);
        color.getItems().setAll(ColorMode.values());
        color.setCellFactory(lv -> new NamedCell<>(m, c -> "color." + c.name().toLowerCase(Locale.ROOT)));
        color.setButtonCell(new NamedCell<>(m, c -> "color." + c.name().toLowerCase(Locale.ROOT)));
        color.valueProperty().bindBidirectional(vm.treeView().colorModeProperty());
        ToggleButton follow = new ToggleButton();
        follow.setId("follow-toggle");
        follow.setFocusTraversable(false);
        follow.textProperty().bind(m.text("toolbar.follow"));
        follow.selectedProperty().bindBidirectional(vm.treeView().followSelectionProperty());
        follow.setTooltip(tip(Action.FOLLOW));
        ToggleButton autoFit = new ToggleButton();
        autoFit.setId("autofit-toggle");
        autoFit.setFocusTraversable(false);
        autoFit.textProperty().bind(m.text("toolbar.autoFit"));
        autoFit.selectedProperty().bindBidirectional(vm.treeView().autoFitProperty());
        Tooltip autoFitTip = new Tooltip();
        autoFitTip.textProperty().bind(m.text("toolbar.autoFit.tip"));
        autoFit.setTooltip(autoFitTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<Language> language = new ComboBox<>();
        language.setId("language-box");
        language.setFocusTraversable(false);
        language.getItems().setAll(Language.values());
        language.setCellFactory(lv -> new NamedCell<>(m, Language::nameKey));
        language.setButtonCell(new NamedCell<>(m, Language::nameKey));
        language.valueProperty().bindBidirectional(m.languageProperty());
        m.languageProperty().addListener((o, a, b) -> {
            color.setButtonCell(new NamedCell<>(m, c -> "color." + c.name().toLowerCase(Locale.ROOT)));
            language.setButtonCell(new NamedCell<>(m, Language::nameKey));
        });
        getItems().addAll(open, run, new Separator(), button(Action.FIT, Glyph.FIT, null), button(Action.ZOOM_OUT, Glyph.ZOOM_OUT, null),
                button(Action.ZOOM_IN, Glyph.ZOOM_IN, null), autoFit, new Separator(), colorLabel, color, follow, new Separator(),
                button(Action.COLLAPSE_ALL, Glyph.COLLAPSE, null), button(Action.EXPAND_ALL, Glyph.EXPAND, null),
                button(Action.FIND, Glyph.FIND, null), spacer, language);
    }

    private Button button(Action a, Glyph glyph, String textKey) {
        Button b = new Button();
        b.setId("tool-" + a.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.setGraphic(glyph.node());
        b.setFocusTraversable(false);
        if (textKey != null) {
            b.textProperty().bind(m.text(textKey));
        } else {
            b.getStyleClass().add("rx-icon-button");
        }
        b.setTooltip(tip(a));
        b.setOnAction(e -> actions.get(a).run());
        return b;
    }

    private Tooltip tip(Action a) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get(a.labelKey())
                + (a.shortcut() == null ? "" : "  (" + a.shortcut().getDisplayText() + ")"), m.languageProperty()));
        return t;
    }

    /** A list cell showing a value by a bundle key. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final Messages m;
        private final java.util.function.Function<T, String> key;

        NamedCell(Messages m, java.util.function.Function<T, String> key) {
            this.m = m;
            this.key = key;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get(key.apply(item)));
        }
    }
}
