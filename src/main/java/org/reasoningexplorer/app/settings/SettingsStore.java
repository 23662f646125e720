package org.reasoningexplorer.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reasoningexplorer.app.files.SafeWrite;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@link Settings} as {@code settings.json} in the app's home folder. Writes go
 * to a temporary file that is then renamed over the old one, so a crash never leaves half a file.
 */
public final class SettingsStore {
    /** The file name inside the home folder. */
    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private String problem;

    public SettingsStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The store in {@link AppHome#directory()}. */
    public static SettingsStore atHome() {
        return new SettingsStore(AppHome.directory());
    }

    public Path file() {
        return file;
    }

    /**
     * The saved settings, or the defaults when there are none. A file that cannot be read is set
     * aside as {@code settings.json.unreadable} (so nothing is lost) and the defaults are used;
     * {@link #problem()} then says what happened.
     */
    public Settings load() {
        problem = null;
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Settings s = json.readValue(file.toFile(), Settings.class);
            return s == null ? Settings.DEFAULTS : s;
        } catch (IOException e) {
            Path aside = file.resolveSibling(FILE_NAME + ".unreadable");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                aside = file;
            }
            problem = file + ": " + (e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage()) + " (kept as " + aside.getFileName() + ")";
            return Settings.DEFAULTS;
        }
    }

    /** Why the last {@link #load()} fell back to the defaults, or null when it did not. */
    public String problem() {
        return problem;
    }

    /** Writes the settings atomically, creating the folder when needed. */
    public void save(Settings settings) throws IOException {
        byte[] bytes = json.writeValueAsBytes(settings);
        SafeWrite.write(file, out -> out.write(bytes));
    }
}
