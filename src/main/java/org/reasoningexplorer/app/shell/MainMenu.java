package org.reasoningexplorer.app.shell;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.open.SampleShelf;
import org.reasoningexplorer.app.theme.Theme;
import org.reasoningexplorer.app.tree.ColorMode;

/** The menu bar: File, View, Search, Replay and Help, each item labelled from the bundles and showing its shortcut. */
final class MainMenu extends MenuBar {
    private final Messages m;
    private final Map<Action, Runnable> actions;

    MainMenu(ShellViewModel vm, Map<Action, Runnable> actions) {
        this.m = vm.messages();
        this.actions = actions;
        setId("menu-bar");
        setUseSystemMenuBar(true);
        Menu recent = menu("menu.recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent, vm));
        fillRecent(recent, vm);
        Menu samples = menu("menu.samples");
        samples.setId("menu-samples");
        for (Path p : SampleShelf.samples()) {
            MenuItem item = new MenuItem(SampleShelf.name(p));
            item.setOnAction(e -> vm.open(p));
            samples.getItems().add(item);
        }
        if (samples.getItems().isEmpty()) {
            MenuItem none = item("menu.samples.none");
            none.setDisable(true);
            samples.getItems().add(none);
        }
        Menu export = menu("menu.export");
        export.getItems().addAll(item(Action.EXPORT_PNG), item(Action.EXPORT_SVG), item(Action.EXPORT_NODES), item(Action.EXPORT_TALLY));
        Menu file = menu("menu.file");
        file.setId("menu-file");
        file.getItems().addAll(item(Action.OPEN), item(Action.IMPORT), item(Action.IMPORT_FOLDER), recent, samples, new SeparatorMenuItem(), export, new SeparatorMenuItem(),
                item(Action.QUIT));

        Menu color = menu("menu.colorBy");
        ToggleGroup colors = new ToggleGroup();
        Action[] colorActions = {Action.COLOR_SCORE, Action.COLOR_VISITS, Action.COLOR_CORRECTNESS, Action.COLOR_CLUSTER};
        for (int i = 0; i < colorActions.length; i++) {
            ColorMode mode = ColorMode.values()[i];
            RadioMenuItem r = radio(colorActions[i], colors);
            r.setSelected(vm.treeView().colorModeProperty().get() == mode);
            vm.treeView().colorModeProperty().addListener((o, a, now) -> r.setSelected(now == mode));
            color.getItems().add(r);
        }
        CheckMenuItem follow = new CheckMenuItem();
        follow.textProperty().bind(m.text(Action.FOLLOW.labelKey()));
        follow.setAccelerator(Action.FOLLOW.shortcut());
        follow.selectedProperty().bindBidirectional(vm.treeView().followSelectionProperty());
        Menu theme = menu("menu.theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.setId("menu-theme-" + t.tag());
            r.textProperty().bind(m.text(t.nameKey()));
            r.setToggleGroup(themes);
            r.setSelected(vm.themeProperty().get() == t);
            r.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((o, a, now) -> r.setSelected(now == t));
            theme.getItems().add(r);
        }
        theme.getItems().addAll(new SeparatorMenuItem(), item(Action.THEME));
        Menu language = menu("menu.language");
        language.setId("menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem r = new RadioMenuItem(m.get(l.nameKey()));
            r.setId("menu-language-" + l.tag());
            r.setToggleGroup(languages);
            r.setSelected(m.language() == l);
            r.setOnAction(e -> vm.setLanguage(l));
            m.languageProperty().addListener((o, a, now) -> r.setSelected(now == l));
            language.getItems().add(r);
        }
        language.getItems().addAll(new SeparatorMenuItem(), item(Action.LANGUAGE));
        Menu view = menu("menu.view");
        view.setId("menu-view");
        view.getItems().addAll(item(Action.FIT), item(Action.ZOOM_IN), item(Action.ZOOM_OUT), new SeparatorMenuItem(), color,
                follow, item(Action.CENTER), new SeparatorMenuItem(), item(Action.COLLAPSE), item(Action.COLLAPSE_ALL),
                item(Action.EXPAND_ALL), new SeparatorMenuItem(), item(Action.FIND), item(Action.FIND_NEXT),
                item(Action.FIND_PREVIOUS), new SeparatorMenuItem(), theme, language);

        Menu search = menu("menu.search");
        search.setId("menu-search");
        MenuItem cancel = item(Action.CANCEL);
        cancel.disableProperty().bind(vm.busyBinding().not());
        search.getItems().addAll(item(Action.RUN), item(Action.RUN_MODEL), item(Action.DEMO), cancel, new SeparatorMenuItem(),
                item(Action.MODEL_SERVER));
        Menu replay = menu("menu.replay");
        replay.setId("menu-replay");
        replay.getItems().addAll(item(Action.PLAY), item(Action.STEP_BACK), item(Action.STEP_FORWARD), item(Action.TO_START),
                item(Action.TO_END), new SeparatorMenuItem(), item(Action.SLOWER), item(Action.FASTER), item(Action.JUMP));
        Menu help = menu("menu.help");
        help.setId("menu-help");
        help.getItems().addAll(item(Action.HELP), item(Action.ABOUT));
        Menu analysis = menu("menu.analysis");
        analysis.setId("menu-analysis");
        analysis.getItems().addAll(item(Action.UNDO_EDIT), item(Action.REDO_EDIT), new SeparatorMenuItem(),
                item(Action.WHATIF_RERUN), item(Action.FORENSICS_FOLDER), item(Action.LAB));
        getMenus().addAll(file, view, search, replay, analysis, help);
    }

    private void fillRecent(Menu recent, ShellViewModel vm) {
        recent.getItems().clear();
        for (Path p : vm.existingRecentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = item("menu.recent.none");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(m.text(key));
        return menu;
    }

    private MenuItem item(String key) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(m.text(key));
        return item;
    }

    private MenuItem item(Action a) {
        MenuItem item = new MenuItem();
        configure(item, a);
        return item;
    }

    private RadioMenuItem radio(Action a, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem();
        item.setToggleGroup(group);
        configure(item, a);
        return item;
    }

    private void configure(MenuItem item, Action a) {
        item.setId("menu-" + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.textProperty().bind(m.text(a.labelKey()));
        item.setAccelerator(a.shortcut());
        Runnable r = actions.get(a);
        item.setOnAction(e -> {
            if (r != null) {
                r.run();
            }
        });
    }
}
