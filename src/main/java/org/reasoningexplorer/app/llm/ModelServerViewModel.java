package org.reasoningexplorer.app.llm;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.engine.llm.LlmException;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.OpenAiClient;

/**
 * The model server form: where the server is, which model, how to sample. The API key lives only in
 * this object's memory (prefilled from the environment); {@link #save} writes every other field.
 */
public final class ModelServerViewModel {
    private final ModelServerStore store;
    private final Executor background;
    private final Executor ui;
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl");
    private final StringProperty model = new SimpleStringProperty(this, "model");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey");
    private final ObjectProperty<LlmSettings.Endpoint> endpoint = new SimpleObjectProperty<>(this, "endpoint");
    private final StringProperty temperature = new SimpleStringProperty(this, "temperature");
    private final StringProperty topP = new SimpleStringProperty(this, "topP");
    private final StringProperty maxTokens = new SimpleStringProperty(this, "maxTokens");
    private final StringProperty separator = new SimpleStringProperty(this, "separator");
    private final StringProperty concurrency = new SimpleStringProperty(this, "concurrency");
    private final StringProperty timeout = new SimpleStringProperty(this, "timeout");
    private final BooleanProperty stream = new SimpleBooleanProperty(this, "stream");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phrase> message = new ReadOnlyObjectWrapper<>(this, "message", Phrase.NONE);
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");

    /** @param environmentKey the key found in the environment, or null */
    public ModelServerViewModel(ModelServerStore store, String environmentKey, Executor background, Executor ui) {
        this.store = store;
        this.background = background;
        this.ui = ui;
        ModelServerStore.Saved s = store.load();
        baseUrl.set(s.baseUrl());
        model.set(s.model() == null ? "" : s.model());
        endpoint.set("COMPLETIONS".equalsIgnoreCase(s.endpoint()) ? LlmSettings.Endpoint.COMPLETIONS : LlmSettings.Endpoint.CHAT);
        temperature.set(s.temperature());
        topP.set(s.topP());
        maxTokens.set(s.maxTokens());
        separator.set(s.separator());
        concurrency.set(s.concurrency());
        timeout.set(s.timeoutSeconds());
        stream.set(s.streaming());
        apiKey.set(environmentKey == null ? "" : environmentKey);
    }

    /**
     * The settings as typed.
     *
     * @throws IllegalArgumentException naming the field and what it expects
     */
    public LlmSettings settings() {
        return build(trim(model));
    }

    private LlmSettings build(String modelName) {
        String key = apiKey.get() == null || apiKey.get().isBlank() ? null : apiKey.get().trim();
        return new LlmSettings(trim(baseUrl), modelName, key, endpoint.get(), number(temperature, "temperature"),
                number(topP, "top-p"), whole(maxTokens, "max tokens"), separatorText(), 40, true, stream.get(),
                LlmSettings.SamplesPerRequest.AUTO, whole(concurrency, "concurrency"),
                Duration.ofSeconds(whole(timeout, "timeout")), 4);
    }

    /** Checks the form; on a problem the message says what to fix. */
    public boolean validate() {
        try {
            settings();
            show(Phrase.NONE, false);
            return true;
        } catch (IllegalArgumentException e) {
            show(Phrase.of("llm.invalid", e.getMessage()), true);
            return false;
        }
    }

    /** Lists the server's models on a background thread and reports success or the server's problem. */
    public void testConnection() {
        LlmSettings s;
        try {
            // Listing models needs no model name yet: that is what the test is for.
            s = build(trim(model).isEmpty() ? "any" : trim(model));
        } catch (IllegalArgumentException e) {
            show(Phrase.of("llm.invalid", e.getMessage()), true);
            return;
        }
        testing.set(true);
        show(Phrase.of("llm.test.running", s.baseUrl()), false);
        background.execute(() -> {
            Phrase result;
            List<String> found = List.of();
            boolean bad;
            try (OpenAiClient client = new OpenAiClient(s)) {
                found = client.models();
                if (found.isEmpty()) {
                    probe(s);
                }
                result = Phrase.of("llm.test.ok", found.size(), s.baseUrl());
                bad = false;
            } catch (LlmException e) {
                result = Phrase.of("llm.test.failed", e.getMessage());
                bad = true;
            } catch (RuntimeException e) {
                result = Phrase.of("llm.test.failed", String.valueOf(e.getMessage()));
                bad = true;
            }
            Phrase r = result;
            List<String> f = found;
            boolean b = bad;
            ui.execute(() -> {
                testing.set(false);
                if (!f.isEmpty()) {
                    String typed = model.get();
                    models.setAll(f);
                    if (typed == null || typed.isBlank()) {
                        model.set(f.get(0));
                    }
                }
                show(r, b);
            });
        });
    }

    /**
     * GET /models says nothing when it fails, so a one-token request finds out why (unreachable, wrong
     * URL, key refused, unknown model), in the client's words.
     */
    private static void probe(LlmSettings s) {
        LlmSettings one = new LlmSettings(s.baseUrl(), s.model(), s.apiKey(), s.endpoint(), 0, 1, 1, s.stepSeparator(), 1, false,
                false, LlmSettings.SamplesPerRequest.AUTO, 1, s.timeout(), 0);
        try (OpenAiClient client = new OpenAiClient(one)) {
            client.complete(new OpenAiClient.Ask("Say OK.", null, 1, 0, List.of(), null), null, () -> false);
        }
    }

    /** Writes every field but the key to the settings file. */
    public void save() throws IOException {
        store.save(new ModelServerStore.Saved(trim(baseUrl), trim(model), endpoint.get().name(), trim(temperature),
                trim(topP), trim(maxTokens), separator.get(), trim(concurrency), trim(timeout), stream.get()));
    }

    private String separatorText() {
        return separator.get() == null ? "" : separator.get().replace("\\n", "\n").replace("\\t", "\t");
    }

    private void show(Phrase p, boolean isProblem) {
        message.set(p);
        problem.set(isProblem);
    }

    private static String trim(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    private static double number(StringProperty p, String name) {
        try {
            return Double.parseDouble(trim(p));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + trim(p) + "' is not a number");
        }
    }

    private static int whole(StringProperty p, String name) {
        try {
            return Integer.parseInt(trim(p));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + trim(p) + "' is not a whole number");
        }
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    /** The API key: in memory only. */
    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public ObjectProperty<LlmSettings.Endpoint> endpointProperty() {
        return endpoint;
    }

    public StringProperty temperatureProperty() {
        return temperature;
    }

    public StringProperty topPProperty() {
        return topP;
    }

    public StringProperty maxTokensProperty() {
        return maxTokens;
    }

    /** The step separator, with \n for a newline. */
    public StringProperty separatorProperty() {
        return separator;
    }

    public StringProperty concurrencyProperty() {
        return concurrency;
    }

    /** Seconds per request. */
    public StringProperty timeoutProperty() {
        return timeout;
    }

    /** Whether to ask the server to stream, so steps show in the tree as they are written. */
    public BooleanProperty streamProperty() {
        return stream;
    }

    /** The models the server listed on the last test. */
    public ObservableList<String> models() {
        return models;
    }

    /** The outcome of the last check or test. */
    public ReadOnlyObjectProperty<Phrase> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message reports a problem. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }
}
