package org.reasoningexplorer.app.llm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.run.RunRequest;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.PromptTemplates;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.search.Strategies;

/** The "Run with a model" form: the question, an optional gold answer, the strategy and its options. */
public final class ModelRunViewModel {
    private final ModelServerViewModel server;
    private final Supplier<Path> runsDirectory;
    private final StringProperty question = new SimpleStringProperty(this, "question", "");
    private final StringProperty gold = new SimpleStringProperty(this, "gold", "");
    private final StringProperty strategy = new SimpleStringProperty(this, "strategy", "majority");
    private final StringProperty options = new SimpleStringProperty(this, "options", "n=4");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(this, "problem", Phrase.NONE);

    public ModelRunViewModel(ModelServerViewModel server, Supplier<Path> runsDirectory) {
        this.server = server;
        this.runsDirectory = runsDirectory;
    }

    /** The strategies a model can run. */
    public List<String> strategies() {
        return Strategies.all().stream().map(Strategies.Entry::name).toList();
    }

    /** Options typed as name=value, separated by commas or spaces. */
    public Map<String, String> parsedOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        String text = options.get() == null ? "" : options.get().trim();
        if (text.isEmpty()) {
            return out;
        }
        for (String p : text.split("[,\\s]+")) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("strategy option '" + p + "' must look like name=value, e.g. n=8");
            }
            out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        return out;
    }

    /** The run the form describes, or null with {@link #problemProperty} saying what to fix. */
    public RunRequest request() {
        try {
            if (question.get() == null || question.get().isBlank()) {
                throw new IllegalArgumentException("a question is needed");
            }
            LlmSettings s = server.settings();
            String g = gold.get() == null || gold.get().isBlank() ? null : gold.get().trim();
            LlmSearch search = new LlmSearch(question.get().trim(), g, strategy.get(), parsedOptions(), s, s, null, "<extra_0>",
                    new PromptTemplates(null), AnswerExtractor::stated, MathAnswers::normalize, MathAnswers::equivalent, 1);
            search.strategy();
            Path out = runsDirectory.get().resolve("llm-" + strategy.get() + "-" + System.currentTimeMillis() + ".trace.jsonl");
            problem.set(Phrase.NONE);
            return new RunRequest(new LlmJob(search, LlmJob.journalFor(out)), out);
        } catch (IllegalArgumentException e) {
            problem.set(Phrase.of("llm.invalid", e.getMessage()));
            return null;
        }
    }

    public ModelServerViewModel server() {
        return server;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty goldProperty() {
        return gold;
    }

    public StringProperty strategyProperty() {
        return strategy;
    }

    public StringProperty optionsProperty() {
        return options;
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
