package org.reasoningexplorer.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.screenshots.ScreenshotTour;
import org.reasoningexplorer.app.settings.AppHome;
import org.reasoningexplorer.app.settings.Settings;
import org.reasoningexplorer.app.settings.SettingsStore;
import org.reasoningexplorer.app.shell.MainWindow;
import org.reasoningexplorer.app.shell.ShellViewModel;

/** The desktop application: builds the services, the main window, and starts with a trace or the live demo. */
public final class ExplorerApp extends Application {
    private Session session;

    /** A running app: its view-model, its window and the threads it owns. */
    public record Session(ShellViewModel vm, MainWindow window, Stage stage, ExecutorService background, ExecutorService io) {
        /** Remembers the window, stops the search, and lets the background threads finish their work. */
        public void close() {
            if (stage.getWidth() > 0) {
                vm.rememberWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            }
            vm.cancelTask();
            background.shutdown();
            io.shutdown();
            try {
                // The settings are written on the io thread; give the last write its moment before the JVM ends.
                io.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void launchApp(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        session = open(stage, options);
        if (options.screenshots() != null) {
            new ScreenshotTour(session, options.screenshots(), code -> {
                session.close();
                Platform.exit();
                System.exit(code);
            }).start();
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }

    /**
     * Builds the app in a stage and shows it (tests call this too); settings come from {@link AppHome},
     * so a test points {@code rx.home} at a temporary folder first.
     */
    public static Session open(Stage stage, LaunchOptions options) {
        SettingsStore store = SettingsStore.atHome();
        Settings settings = store.load();
        Language language = Language.fromTag(settings.language());
        Messages messages = new Messages(language != null ? language : Language.forLocale(java.util.Locale.getDefault()));
        if (Language.forLocale(java.util.Locale.getDefault()) != messages.language()) {
            // JavaFX's own few words (a text field's Copy and Paste) follow the default locale, read once at start.
            java.util.Locale.setDefault(messages.language().locale());
        }
        ExecutorService background = Executors.newCachedThreadPool(daemons("background"));
        ExecutorService io = Executors.newSingleThreadExecutor(daemons("settings"));
        ShellViewModel vm = new ShellViewModel(messages, store, settings, new TraceLoader(), io, background, Platform::runLater,
                AppHome::runsDirectory);
        MainWindow window = new MainWindow(vm, stage, background);
        // Never larger than the screen: a size saved on a bigger monitor must not open off-screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()));
        window.attach(scene);
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        if (store.problem() != null) {
            vm.report(org.reasoningexplorer.app.i18n.Phrase.of("status.settingsReset", store.problem()));
        }
        if (options.open() != null) {
            vm.open(options.open());
        } else if (options.demo() && options.screenshots() == null) {
            vm.startDemo();
        }
        return new Session(vm, window, stage, background, io);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
