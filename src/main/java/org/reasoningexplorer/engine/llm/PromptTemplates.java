package org.reasoningexplorer.engine.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The editable prompt templates (resource files under {@code engine/llm/prompts/}, or a folder of
 * the user's own that overrides them file by file).
 */
public final class PromptTemplates {
    private final Path overrides;

    /** Templates from the resources, overridden by files in {@code overrides} when it is not null. */
    public PromptTemplates(Path overrides) {
        this.overrides = overrides;
    }

    public static PromptTemplates builtIn() {
        return new PromptTemplates(null);
    }

    /** The template text of {@code name} (e.g. "step"). */
    public String template(String name) {
        if (overrides != null) {
            Path p = overrides.resolve(name + ".txt");
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read the prompt template " + p + ": " + e.getMessage(), e);
                }
            }
        }
        try (InputStream in = PromptTemplates.class.getResourceAsStream("prompts/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no prompt template named '" + name + "'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in prompt " + name, e);
        }
    }

    /** The template with the question and the steps so far filled in. */
    public String render(String name, String question, List<String> steps, String separator) {
        return template(name).replace("{question}", question).replace("{steps}", String.join(separator, steps)).strip();
    }
}
