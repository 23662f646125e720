package org.reasoningexplorer.app.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.llm.LlmSettings;

class ModelServerViewModelTest {
    private static final String KEY = "sk-test-SECRET-0123456789";
    @TempDir
    Path dir;

    private ModelServerViewModel form(Path file, String key) {
        return new ModelServerViewModel(new ModelServerStore(file), key, Runnable::run, Runnable::run);
    }

    @Test
    void theFormBuildsSettingsWithTheKeyInMemory() {
        ModelServerViewModel vm = form(dir.resolve("m.json"), KEY);
        vm.modelProperty().set("qwen");
        vm.temperatureProperty().set("0.3");
        vm.timeoutProperty().set("30");
        LlmSettings s = vm.settings();
        assertEquals(KEY, s.apiKey());
        assertEquals(0.3, s.temperature());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertEquals("\n\n", s.stepSeparator());
        assertFalse(s.toString().contains(KEY));
    }

    @Test
    void invalidFieldsAreExplainedWithTheSettingsOwnMessage() {
        ModelServerViewModel vm = form(dir.resolve("m.json"), null);
        vm.modelProperty().set("qwen");
        vm.temperatureProperty().set("5");
        assertFalse(vm.validate());
        assertTrue(vm.problemProperty().get());
        assertEquals("llm.invalid", vm.messageProperty().get().key());
        assertTrue(vm.messageProperty().get().arg(0).toString().contains("temperature is 5.0; expected 0 to 2"));
        vm.temperatureProperty().set("0.7");
        vm.baseUrlProperty().set("localhost:8000");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, vm::settings);
        assertTrue(e.getMessage().contains("must start with http://"));
        vm.baseUrlProperty().set("http://localhost:8000/v1");
        vm.maxTokensProperty().set("many");
        assertFalse(vm.validate());
        assertTrue(vm.messageProperty().get().arg(0).toString().contains("max tokens 'many' is not a whole number"));
    }

    @Test
    void theKeyNeverReachesTheSettingsFileButEverythingElseComesBack() throws Exception {
        Path file = dir.resolve("model-server.json");
        ModelServerViewModel vm = form(file, KEY);
        vm.baseUrlProperty().set("https://api.example.com/v1");
        vm.modelProperty().set("deepseek-reasoner");
        vm.endpointProperty().set(LlmSettings.Endpoint.COMPLETIONS);
        vm.concurrencyProperty().set("2");
        vm.save();
        String json = Files.readString(file);
        assertFalse(json.contains(KEY), json);
        assertFalse(json.toLowerCase().contains("key"), json);
        ModelServerViewModel again = form(file, null);
        assertEquals("https://api.example.com/v1", again.baseUrlProperty().get());
        assertEquals("deepseek-reasoner", again.modelProperty().get());
        assertEquals(LlmSettings.Endpoint.COMPLETIONS, again.endpointProperty().get());
        assertEquals("2", again.concurrencyProperty().get());
        assertEquals("", again.apiKeyProperty().get());
        assertNull(again.settings().apiKey());
    }

    @Test
    void anUnreachableServerIsReportedWithAnActionableMessage() {
        ModelServerViewModel vm = form(dir.resolve("m.json"), null);
        vm.baseUrlProperty().set("http://127.0.0.1:9/v1");
        vm.timeoutProperty().set("3");
        vm.testConnection();
        assertTrue(vm.problemProperty().get());
        assertEquals("llm.test.failed", vm.messageProperty().get().key());
        String said = vm.messageProperty().get().arg(0).toString();
        assertTrue(said.contains("127.0.0.1:9") && said.toLowerCase().contains("running"), said);
    }

    @Test
    void aRunRequestCarriesAResumableModelJobAndNoKeyInItsHeader() {
        ModelServerViewModel server = form(dir.resolve("m.json"), KEY);
        server.modelProperty().set("qwen");
        ModelRunViewModel run = new ModelRunViewModel(server, () -> dir);
        assertNull(run.request());
        assertEquals("llm.invalid", run.problemProperty().get().key());
        run.questionProperty().set("What is 48 + 48/2?");
        run.optionsProperty().set("n=3");
        var r = run.request();
        assertTrue(r.job().resumable());
        assertTrue(r.out().getFileName().toString().endsWith(".trace.jsonl"));
        assertFalse(r.job().header().toString().contains(KEY));
        run.optionsProperty().set("n");
        assertNull(run.request());
        assertTrue(run.problemProperty().get().arg(0).toString().contains("name=value"));
    }

    @Test
    void streamingIsSavedWithTheOtherFieldsAndOffWhenAnOlderFileSaysNothing() throws Exception {
        java.nio.file.Path file = dir.resolve("stream/model-server.json");
        ModelServerViewModel vm = new ModelServerViewModel(new ModelServerStore(file), null, Runnable::run, Runnable::run);
        vm.modelProperty().set("m");
        org.junit.jupiter.api.Assertions.assertFalse(vm.streamProperty().get());
        org.junit.jupiter.api.Assertions.assertFalse(vm.settings().stream());
        vm.streamProperty().set(true);
        org.junit.jupiter.api.Assertions.assertTrue(vm.settings().stream(), "the settings ask the server to stream");
        vm.save();
        ModelServerViewModel again = new ModelServerViewModel(new ModelServerStore(file), null, Runnable::run, Runnable::run);
        org.junit.jupiter.api.Assertions.assertTrue(again.streamProperty().get());
        java.nio.file.Files.writeString(file, "{\"baseUrl\":\"http://localhost:8000/v1\",\"model\":\"m\",\"endpoint\":\"CHAT\","
                + "\"temperature\":\"0.7\",\"topP\":\"0.95\",\"maxTokens\":\"512\",\"separator\":\"\\\\n\\\\n\","
                + "\"concurrency\":\"4\",\"timeoutSeconds\":\"120\"}");
        ModelServerViewModel old = new ModelServerViewModel(new ModelServerStore(file), null, Runnable::run, Runnable::run);
        org.junit.jupiter.api.Assertions.assertEquals("m", old.modelProperty().get(), "a file from before streaming still loads");
        org.junit.jupiter.api.Assertions.assertFalse(old.streamProperty().get());
    }
}
