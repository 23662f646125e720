package org.reasoningexplorer.app.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.llm.ModelRunDialog;
import org.reasoningexplorer.app.llm.ModelServerDialog;
import org.reasoningexplorer.app.shell.ModelImportCommands;
import org.reasoningexplorer.engine.importer.ImportedTrace;
import org.reasoningexplorer.engine.importer.Importers;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The tour's model server, import and long chain-of-thought views. The shared data sets (ToT logs,
 * thought-anchors) are looked for at {@code -Dshared.dir} (default {@code ../shared}); views that
 * need them are skipped when they are absent.
 */
final class ModelImportTour {
    /** A made-up key: the screenshot must show only dots for it. */
    static final String FAKE_KEY = "sk-demo-not-a-real-key-0123456789";
    private final ExplorerApp.Session session;
    private final ScreenshotTour tour;
    private final ModelImportCommands commands;
    private final Path shared = Path.of(System.getProperty("shared.dir", "../shared"));

    ModelImportTour(ExplorerApp.Session session, ScreenshotTour tour) {
        this.session = session;
        this.tour = tour;
        this.commands = session.window().modelImport();
    }

    void define() {
        tour.add("13-model-server-dialog", () -> {
            var server = commands.server();
            server.baseUrlProperty().set("http://localhost:8000/v1");
            server.modelProperty().set("Qwen/Qwen2.5-Math-1.5B-Instruct");
            server.apiKeyProperty().set(FAKE_KEY);
            new ModelServerDialog(session.stage(), server, session.vm().messages()).show();
        }, () -> ownedWindows() > 0, 500);
        tour.add(null, this::closeOwned, () -> true, 200);
        tour.add("17-model-run-dialog", () -> {
            commands.modelRun().questionProperty().set("Natalia sold clips to 48 of her friends in April, and then she sold half as many"
                    + " clips in May. How many clips did Natalia sell altogether in April and May?");
            commands.modelRun().goldProperty().set("72");
            commands.modelRun().optionsProperty().set("n=8");
            new ModelRunDialog(session.stage(), commands.modelRun(), session.vm().messages()).show();
        }, () -> ownedWindows() > 0, 500);
        tour.add(null, this::closeOwned, () -> true, 200);
        Path tot = shared.resolve("data/tot-game24/gpt-4_0.7_propose1_value3_greedy5_start900_end950.json");
        if (Files.isRegularFile(tot)) {
            tour.add("14-import-chooser", () -> commands.imports().open(tot, true), () -> ownedWindows() > 0, 600);
            tour.add(null, this::closeOwned, () -> true, 200);
        }
        Path anchors = shared.resolve("data/thought-anchors-r1distill/deepseek-r1-distill-qwen-14b/correct_base_solution/problem_2238");
        if (Files.isDirectory(anchors)) {
            tour.add("15-long-cot", () -> openLongChain(anchors), () -> !session.vm().busyBinding().get(), 600);
            tour.add("16-long-cot-chinese", () -> session.vm().setLanguage(Language.SIMPLIFIED_CHINESE), () -> true, 500);
            tour.add(null, () -> session.vm().setLanguage(Language.ENGLISH), () -> true, 200);
        }
        tour.add("18-model-server-dialog-chinese", () -> {
            session.vm().setLanguage(Language.TRADITIONAL_CHINESE);
            new ModelServerDialog(session.stage(), commands.server(), session.vm().messages()).show();
        }, () -> ownedWindows() > 0, 500);
        tour.add(null, () -> {
            closeOwned();
            session.vm().setLanguage(Language.ENGLISH);
        }, () -> true, 200);
    }

    private void openLongChain(Path folder) {
        try {
            ImportedTrace t = Importers.read(folder).get(0);
            commands.imports().choose(t);
            TraceTree tree = session.vm().replay().tree();
            int deepest = Math.max(0, tree.deepest());
            session.window().sideTabs().getSelectionModel().select(2);
            session.vm().selectionProperty().set(deepest);
            // Select the chain's first wrong turn, so a reflection chip and the chart's marker line are in view.
            var chain = session.window().modelImport().longCot().chainProperty().get();
            if (chain != null && !chain.analysis().wrongTurns().isEmpty()) {
                int step = chain.analysis().wrongTurns().stream().mapToInt(turn -> turn.step()).min().getAsInt();
                session.window().modelImport().longCot().selectStep(step);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long ownedWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null && s.isShowing()).count();
    }

    private void closeOwned() {
        for (Window w : Window.getWindows().toArray(new Window[0])) {
            if (w instanceof Stage s && s.getOwner() != null) {
                s.close();
            }
        }
    }
}
