package org.reasoningexplorer.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.open.TraceLoader;
import org.reasoningexplorer.app.replay.PhaseView;
import org.reasoningexplorer.app.settings.Settings;
import org.reasoningexplorer.app.settings.SettingsStore;
import org.reasoningexplorer.app.theme.Theme;
import org.reasoningexplorer.app.tree.PhaseOverlay;
import org.reasoningexplorer.engine.trace.TraceReader;

class ShellViewModelTest {
    private static final Path SAMPLE = Path.of("samples/mcts-overturned.trace.jsonl").toAbsolutePath();

    @TempDir
    Path home;

    private SettingsStore store;
    private Messages messages;
    private ShellViewModel vm;

    @BeforeEach
    void create() {
        store = new SettingsStore(home);
        messages = new Messages(Language.ENGLISH);
        vm = new ShellViewModel(messages, store, Settings.DEFAULTS, new TraceLoader(), Runnable::run, Runnable::run, Runnable::run,
                () -> home.resolve("runs"));
    }

    @Test
    void openingATraceShowsItRemembersItAndSaysSo() {
        vm.open(SAMPLE);
        assertEquals(SAMPLE, vm.replay().documentProperty().get().file());
        assertEquals(List.of(SAMPLE), vm.recentFiles());
        assertEquals(List.of(SAMPLE.toString()), store.load().recentFiles(), "the recent list is saved at once");
        assertEquals(Phrase.of("status.opened", SAMPLE.getFileName(), 230), vm.statusProperty().get());
        assertEquals(Phrase.of("app.title.file", "mcts-overturned.trace.jsonl"), vm.titleBinding().get());
    }

    @Test
    void aBrokenFileRaisesANoticeAndKeepsTheTraceShown() throws Exception {
        vm.open(SAMPLE);
        Path bad = home.resolve("broken.trace.jsonl");
        List<String> lines = Files.readAllLines(SAMPLE);
        Files.write(bad, List.of(lines.get(0), lines.get(1), lines.get(2), "not json at all", lines.get(4)));
        vm.open(bad);
        Notice n = vm.noticeProperty().get();
        assertNotNull(n);
        assertEquals(Notice.Severity.ERROR, n.severity());
        assertEquals(Phrase.of("open.malformed.prefix", "broken.trace.jsonl", 4L, 2), n.message());
        assertTrue(n.detail().contains("line 4"), n.detail());
        assertEquals(SAMPLE, vm.replay().documentProperty().get().file(), "the trace shown before stays");
        n.action().run().run();
        assertEquals(2, vm.replay().totalProperty().get(), "the offer opens the readable events");
    }

    @Test
    void aMissingRecentFileLeavesTheList() {
        Path gone = home.resolve("gone.trace.jsonl");
        vm.open(gone);
        assertEquals(Phrase.of("open.unreadable", "gone.trace.jsonl"), vm.noticeProperty().get().message());
        assertTrue(vm.recentFiles().isEmpty());
    }

    @Test
    void themeAndLanguagePersist() {
        vm.toggleTheme();
        assertEquals(Theme.DARK, vm.themeProperty().get());
        vm.cycleLanguage();
        assertEquals(Language.SIMPLIFIED_CHINESE, messages.language());
        Settings saved = store.load();
        assertEquals("dark", saved.theme());
        assertEquals("zh-CN", saved.language());
        vm.cycleLanguage();
        vm.cycleLanguage();
        assertEquals(Language.ENGLISH, messages.language());
    }

    @Test
    void theTreeViewGetsThePhaseOverlayAndBeamHighlights() {
        vm.open(SAMPLE);
        vm.replay().jumpTo(2);
        PhaseOverlay o = vm.treeView().overlayBinding().get();
        assertEquals(PhaseOverlay.Phase.SELECT, o.phase());
        vm.replay().jumpTo(9);
        assertEquals(PhaseOverlay.Phase.BACKPROP, vm.treeView().overlayBinding().get().phase());
        vm.open(Path.of("samples/beam.trace.jsonl"));
        int beam = -1;
        for (int i = 0; i < vm.replay().totalProperty().get() && beam < 0; i++) {
            vm.replay().jumpTo(i);
            PhaseView p = vm.replay().phaseProperty().get();
            beam = p != null && p.phase() == PhaseView.Phase.BEAM ? i : -1;
        }
        assertTrue(beam > 0);
        assertEquals(vm.replay().phaseProperty().get().path().length, vm.treeView().highlightBinding().get().length,
                "a beam step highlights the candidates it kept");
    }

    @Test
    void aBigRunIsReadBackFromItsFileOnceSavedKeepingTheEventShownAndTheSelection() throws Exception {
        // Every file counts as big here.
        ShellViewModel big = new ShellViewModel(messages, store, Settings.DEFAULTS, new TraceLoader(Runtime.getRuntime().maxMemory(), 0),
                Runnable::run, Runnable::run, Runnable::run, () -> home.resolve("runs"));
        Path out = home.resolve("runs/big-run.trace.jsonl");
        big.startRun(new org.reasoningexplorer.app.run.RunRequest(org.reasoningexplorer.engine.run.PuzzleSearch.of(
                org.reasoningexplorer.engine.puzzle.Puzzle.parse("4 9 10 13"), "mcts", Map.of("iterations", "60"), 1), out, false));
        long t0 = System.nanoTime();
        while (big.runs().runningProperty().get() || !(big.replay().documentProperty().get().events()
                instanceof org.reasoningexplorer.engine.trace.EventFile)) {
            assertTrue(System.nanoTime() - t0 < 60_000_000_000L, "the run did not end and move to its file");
            Thread.sleep(20);
        }
        var doc = big.replay().documentProperty().get();
        assertEquals(out, doc.file());
        assertEquals(TraceReader.readAll(out).events(), new java.util.ArrayList<>(doc.events()), "the same events, read from the file");
        assertNotNull(big.replay().tree().lazyTexts(), "step texts stay in the file too");
        assertEquals(big.replay().totalProperty().get(), big.replay().positionProperty().get(), "still at the end");
    }
}
