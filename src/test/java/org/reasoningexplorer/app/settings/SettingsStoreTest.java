package org.reasoningexplorer.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBackUnchanged() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("home"));
        Settings s = Settings.DEFAULTS.withTheme("dark").withLanguage("zh-TW").withRecent("/a.trace.jsonl")
                .withLastDirectory("/tmp").withWindow(1200, 800, true);
        store.save(s);
        assertEquals(s, new SettingsStore(dir.resolve("home")).load());
        try (var files = Files.list(dir.resolve("home"))) {
            assertEquals(List.of(SettingsStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void noFileMeansDefaults() {
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.DEFAULTS, store.load());
        assertNull(store.problem());
    }

    @Test
    void anUnreadableFileIsSetAsideAndExplained() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"theme\": \"dark\", ");
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.DEFAULTS, store.load());
        assertNotNull(store.problem());
        assertTrue(store.problem().contains(SettingsStore.FILE_NAME), store.problem());
        assertTrue(Files.exists(dir.resolve(SettingsStore.FILE_NAME + ".unreadable")), "the broken file is kept, not lost");
    }

    @Test
    void unknownAndOddValuesFallBackToDefaults() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME),
                "{\"theme\":\"purple\",\"windowWidth\":-5,\"future\":true,\"recentFiles\":[\"a\",\"a\",\"\",\"b\"]}");
        Settings s = new SettingsStore(dir).load();
        assertEquals("light", s.theme());
        assertEquals(Settings.DEFAULT_WIDTH, s.windowWidth());
        assertEquals(List.of("a", "b"), s.recentFiles());
    }

    @Test
    void recentFilesMoveToTheTopAndAreCapped() {
        Settings s = Settings.DEFAULTS;
        for (int i = 0; i < 15; i++) {
            s = s.withRecent("f" + i);
        }
        Settings last = s.withRecent("f10");
        assertEquals(Settings.MAX_RECENT, last.recentFiles().size());
        assertEquals("f10", last.recentFiles().get(0));
        assertEquals("f14", last.recentFiles().get(1));
        assertEquals(List.of("f14"), last.withoutRecent("f10").recentFiles().subList(0, 1));
        assertTrue(IntStream.range(0, 5).noneMatch(i -> last.recentFiles().contains("f" + i)), "the oldest fall off");
    }

    @Test
    void theHomeFolderCanBeMovedForTests() {
        String old = System.getProperty(AppHome.PROPERTY);
        try {
            System.setProperty(AppHome.PROPERTY, dir.toString());
            assertEquals(dir, AppHome.directory());
            assertEquals(dir.resolve("runs"), AppHome.runsDirectory());
        } finally {
            if (old == null) {
                System.clearProperty(AppHome.PROPERTY);
            } else {
                System.setProperty(AppHome.PROPERTY, old);
            }
        }
    }
}
