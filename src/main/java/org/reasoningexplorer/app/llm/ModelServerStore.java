package org.reasoningexplorer.app.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps the model server's non-secret settings in {@code model-server.json} under the app's home.
 * The record has no field for an API key, so a key cannot reach the file.
 */
public final class ModelServerStore {
    /** What persists: everything in the dialog except the API key. */
    public record Saved(String baseUrl, String model, String endpoint, String temperature, String topP, String maxTokens,
                        String separator, String concurrency, String timeoutSeconds, Boolean stream) {
        /** Whether to ask the server to stream (false when a file saved before streaming says nothing). */
        public boolean streaming() {
            return Boolean.TRUE.equals(stream);
        }

        /** Defaults for a local vLLM server. */
        public static final Saved DEFAULTS = new Saved("http://localhost:8000/v1", "", "CHAT", "0.7", "0.95", "512",
                "\\n\\n", "4", "120", Boolean.FALSE);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public ModelServerStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or the file is damaged. */
    public Saved load() {
        try {
            if (Files.isRegularFile(file)) {
                Saved s = JSON.readValue(file.toFile(), Saved.class);
                return s.baseUrl() == null ? Saved.DEFAULTS : s;
            }
        } catch (IOException | RuntimeException e) {
            // A damaged file falls back to the defaults; it is rewritten on the next save.
        }
        return Saved.DEFAULTS;
    }

    public void save(Saved s) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), s);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
