package org.reasoningexplorer.app.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.engine.puzzle.Game24Catalog;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.OptionSet;
import org.reasoningexplorer.engine.search.Strategies;

/**
 * The run dialog's state: strategy and its options, the puzzle, the reasoner's knobs, the verifiers'
 * noise, the seed and where the trace goes, each with what is wrong with it, and the request they make.
 */
public final class RunDialogViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Executor background;
    private final Executor ui;
    private final Supplier<Path> runsDirectory;
    private final ObjectProperty<Strategies.Entry> strategy = new SimpleObjectProperty<>(this, "strategy");
    private final ObservableList<OptionField> options = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would be collected, taking its listeners with it. */
    private final ObservableList<OptionField> optionsView = FXCollections.unmodifiableObservableList(options);
    private final StringProperty puzzle = new SimpleStringProperty(this, "puzzle", "4 9 10 13");
    private final IntegerProperty level = new SimpleIntegerProperty(this, "level", 3);
    private final KnobField skill = new KnobField("skill", PolicyKnobs.DEFAULTS.skill(), 0, PolicyKnobs.MAX_SKILL);
    private final KnobField temperature = new KnobField("temperature", PolicyKnobs.DEFAULTS.temperature(), 0, PolicyKnobs.MAX_TEMPERATURE);
    private final KnobField slip = new KnobField("slip", PolicyKnobs.DEFAULTS.slipRate(), 0, 1);
    private final KnobField unfaithful = new KnobField("unfaithful", PolicyKnobs.DEFAULTS.unfaithfulRate(), 0, 1);
    private final ObjectProperty<NoisePreset> orm = new SimpleObjectProperty<>(this, "orm", NoisePreset.MEDIOCRE);
    private final ObjectProperty<NoisePreset> prm = new SimpleObjectProperty<>(this, "prm", NoisePreset.MEDIOCRE);
    private final ObjectProperty<NoisePreset> judge = new SimpleObjectProperty<>(this, "judge", NoisePreset.MEDIOCRE);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>(this, "output");
    private final BooleanProperty paced = new SimpleBooleanProperty(this, "paced", true);
    private final ReadOnlyObjectWrapper<Phrase> puzzleProblem = new ReadOnlyObjectWrapper<>(this, "puzzleProblem", Phrase.NONE);
    private final ReadOnlyObjectWrapper<Phrase> seedProblem = new ReadOnlyObjectWrapper<>(this, "seedProblem", Phrase.NONE);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(this, "problem", Phrase.NONE);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper picking = new ReadOnlyBooleanWrapper(this, "picking");

    /**
     * @param background picks random puzzles (the catalogue takes a second to build the first time)
     * @param ui hands results back to the UI thread
     * @param runsDirectory where traces go unless a file is chosen
     */
    public RunDialogViewModel(Executor background, Executor ui, Supplier<Path> runsDirectory) {
        this.background = background;
        this.ui = ui;
        this.runsDirectory = runsDirectory;
        strategy.addListener((o, a, b) -> rebuildOptions(true));
        strategy.set(Strategies.all().stream().filter(e -> e.name().equals("mcts")).findFirst().orElse(Strategies.all().get(0)));
        puzzle.addListener((o, a, b) -> validate());
        seed.addListener((o, a, b) -> validate());
        for (KnobField k : knobs()) {
            k.valueProperty().addListener((o, a, b) -> validate());
        }
        validate();
    }

    /** Every strategy, in the order the engine lists them. */
    public List<Strategies.Entry> strategies() {
        return Strategies.all();
    }

    /** Sets the options typed so far, e.g. from the command line or a test ("iterations" → "20"). */
    public void setOption(String name, String value) {
        for (OptionField f : options) {
            if (f.name().equals(name)) {
                f.valueProperty().set(value);
                return;
            }
        }
        throw new IllegalArgumentException(strategy.get().name() + " has no option '" + name + "'");
    }

    private void rebuildOptions(boolean strategyChanged) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (!strategyChanged) {
            options.forEach(f -> kept.put(f.name(), f.value()));
        }
        List<OptionSet.Doc> docs = docsFor(kept);
        List<String> names = docs.stream().map(OptionSet.Doc::name).toList();
        if (!strategyChanged && names.equals(options.stream().map(OptionField::name).toList())) {
            return;
        }
        String name = strategy.get().name();
        List<OptionField> fields = docs.stream().map(d -> new OptionField(name, d, kept.get(d.name()), takesWholeNumbers(name, d)))
                .toList();
        for (OptionField f : fields) {
            f.valueProperty().addListener((o, a, b) -> {
                if (f.kind() != OptionField.Kind.NUMBER) {
                    rebuildOptions(false);
                }
                validate();
            });
        }
        options.setAll(fields);
        validate();
    }

    /** Whether the engine takes only whole numbers for an option: it says so when offered a fraction. */
    private static boolean takesWholeNumbers(String strategy, OptionSet.Doc doc) {
        if (!doc.allowed().contains("..")) {
            return false;
        }
        try {
            Strategies.create(strategy, Map.of(doc.name(), "0.5"));
            return false;
        } catch (IllegalArgumentException e) {
            return String.valueOf(e.getMessage()).contains("whole number");
        }
    }

    /** The option docs for the values chosen so far: some options exist only under others (e.g. tie-break=score). */
    private List<OptionSet.Doc> docsFor(Map<String, String> values) {
        String name = strategy.get().name();
        try {
            return Strategies.create(name, values).optionDocs();
        } catch (IllegalArgumentException e) {
            return Strategies.create(name, Map.of()).optionDocs();
        }
    }

    private void validate() {
        if (strategy.get() == null) {
            return;
        }
        Phrase first = Phrase.NONE;
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionField f : options) {
            Phrase p = f.check();
            f.setProblem(p);
            values.put(f.name(), f.value() == null ? "" : f.value().strip());
            first = first.isEmpty() && !p.isEmpty() ? Phrase.of("run.problem.option", f.name(), p) : first;
        }
        if (first.isEmpty()) {
            try {
                Strategies.create(strategy.get().name(), values);
            } catch (IllegalArgumentException e) {
                first = Phrase.of("run.problem.options", e.getMessage());
            }
        }
        puzzleProblem.set(checkPuzzle());
        seedProblem.set(checkSeed());
        for (KnobField k : knobs()) {
            k.check();
            if (first.isEmpty() && !k.problemProperty().get().isEmpty()) {
                first = k.problemProperty().get();
            }
        }
        if (first.isEmpty()) {
            first = !puzzleProblem.get().isEmpty() ? puzzleProblem.get() : seedProblem.get();
        }
        problem.set(first);
        valid.set(first.isEmpty());
    }

    private Phrase checkPuzzle() {
        try {
            Puzzle.parse(puzzle.get() == null ? "" : puzzle.get());
            return Phrase.NONE;
        } catch (IllegalArgumentException e) {
            return Phrase.of("run.puzzle.invalid");
        }
    }

    private Phrase checkSeed() {
        try {
            Long.parseLong(seed.get() == null ? "" : seed.get().strip());
            return Phrase.NONE;
        } catch (NumberFormatException e) {
            return Phrase.of("run.seed.invalid");
        }
    }

    /** Replaces the puzzle with a random solvable Game-of-24 puzzle of the chosen difficulty level (1–5). */
    public void pickRandomPuzzle() {
        int lvl = Math.max(1, Math.min(5, level.get()));
        long salt = System.nanoTime();
        picking.set(true);
        background.execute(() -> {
            List<Game24Catalog.Entry> entries = Game24Catalog.atLevel(lvl);
            Game24Catalog.Entry e = entries.get(new SplittableRandom(salt).nextInt(entries.size()));
            String text = e.puzzle().numbersText();
            ui.execute(() -> {
                puzzle.set(text);
                picking.set(false);
            });
        });
    }

    /** The request the form describes; call only when {@link #validProperty()} is true. */
    public RunRequest request() {
        if (!valid.get()) {
            throw new IllegalStateException("the run settings are not valid: " + problem.get());
        }
        Map<String, String> values = new LinkedHashMap<>();
        options.forEach(f -> values.put(f.name(), f.value().strip()));
        Puzzle p = Puzzle.parse(puzzle.get());
        long s = Long.parseLong(seed.get().strip());
        PolicyKnobs knobs = new PolicyKnobs(skill.number(), temperature.number(), slip.number(), unfaithful.number());
        PuzzleSearch search = new PuzzleSearch(p, strategy.get().name(), values, knobs, orm.get().model(),
                prm.get().model(), judge.get().model(), s);
        Path out = output.get() != null ? output.get() : runsDirectory.get().resolve(defaultFileName(p, s));
        return new RunRequest(search, out, paced.get());
    }

    private String defaultFileName(Puzzle p, long s) {
        return strategy.get().name() + "-" + p.id().replaceAll("[^A-Za-z0-9_-]+", "-") + "-s" + s + "-"
                + LocalDateTime.now().format(STAMP) + ".trace.jsonl";
    }

    public List<KnobField> knobs() {
        return List.of(skill, temperature, slip, unfaithful);
    }

    public ObjectProperty<Strategies.Entry> strategyProperty() {
        return strategy;
    }

    /** Selects a strategy by its engine name. */
    public void selectStrategy(String name) {
        strategy.set(Strategies.all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + name + "'")));
    }

    /** The current strategy's options, rebuilt when the strategy (or a choice that adds options) changes. */
    public ObservableList<OptionField> options() {
        return optionsView;
    }

    public StringProperty puzzleProperty() {
        return puzzle;
    }

    public ReadOnlyObjectProperty<Phrase> puzzleProblemProperty() {
        return puzzleProblem.getReadOnlyProperty();
    }

    /** The difficulty level (1–5) of the next random puzzle. */
    public IntegerProperty levelProperty() {
        return level;
    }

    public ReadOnlyBooleanProperty pickingProperty() {
        return picking.getReadOnlyProperty();
    }

    public ObjectProperty<NoisePreset> ormProperty() {
        return orm;
    }

    public ObjectProperty<NoisePreset> prmProperty() {
        return prm;
    }

    public ObjectProperty<NoisePreset> judgeProperty() {
        return judge;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<Phrase> seedProblemProperty() {
        return seedProblem.getReadOnlyProperty();
    }

    /** The trace file chosen, or null to write to the runs folder with a generated name. */
    public ObjectProperty<Path> outputProperty() {
        return output;
    }

    public BooleanProperty pacedProperty() {
        return paced;
    }

    /** The first thing wrong with the form, or {@link Phrase#NONE}. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The strategy's name, for tests and messages. */
    public String strategyName() {
        return Objects.requireNonNull(strategy.get()).name();
    }
}
