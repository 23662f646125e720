package org.reasoningexplorer.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.engine.puzzle.Game24Catalog;
import org.reasoningexplorer.engine.search.Strategies;

class RunDialogViewModelTest {
    private final RunDialogViewModel vm = new RunDialogViewModel(Runnable::run, Runnable::run, () -> Path.of("/tmp/runs"));

    private List<String> optionNames() {
        return vm.options().stream().map(OptionField::name).toList();
    }

    @Test
    void startsValidWithMctsAndEveryDocumentedOption() {
        assertTrue(vm.validProperty().get());
        assertEquals("mcts", vm.strategyName());
        assertEquals(Strategies.create("mcts", java.util.Map.of()).optionDocs().stream().map(d -> d.name()).toList(), optionNames());
        assertEquals(OptionField.Kind.CHOICE, vm.options().stream().filter(f -> f.name().equals("policy")).findFirst().get().kind());
        assertEquals(OptionField.Kind.FLAG, vm.options().stream().filter(f -> f.name().equals("dirichlet")).findFirst().get().kind());
    }

    @Test
    void offersEveryStrategyAndRebuildsTheOptionsForEach() {
        assertEquals(Strategies.all().size(), vm.strategies().size());
        for (Strategies.Entry e : vm.strategies()) {
            vm.selectStrategy(e.name());
            assertEquals(Strategies.create(e.name(), java.util.Map.of()).optionDocs().size(), vm.options().size(), e.name());
            assertTrue(vm.validProperty().get(), e.name() + " is valid with its defaults");
        }
    }

    @Test
    void aChoiceThatUnlocksOptionsAddsThem() {
        vm.selectStrategy("majority");
        assertFalse(optionNames().contains("scorer"));
        vm.setOption("tie-break", "score");
        assertTrue(optionNames().contains("scorer"), "tie-break=score needs a scorer");
        assertEquals("score", vm.options().stream().filter(f -> f.name().equals("tie-break")).findFirst().get().value());
    }

    @Test
    void badValuesSayWhatIsAllowedAndDisableRunning() {
        vm.setOption("iterations", "0");
        assertFalse(vm.validProperty().get());
        OptionField it = vm.options().stream().filter(f -> f.name().equals("iterations")).findFirst().get();
        assertEquals(Phrase.of("run.option.invalid", "1..10000000"), it.problemProperty().get());
        vm.setOption("iterations", "20");
        assertTrue(vm.validProperty().get());
        vm.puzzleProperty().set("four nine");
        assertEquals(Phrase.of("run.puzzle.invalid"), vm.puzzleProblemProperty().get());
        assertEquals(Phrase.of("run.puzzle.invalid"), vm.problemProperty().get());
        vm.puzzleProperty().set("3 7 25 50 -> 365");
        vm.seedProperty().set("x");
        assertEquals(Phrase.of("run.seed.invalid"), vm.problemProperty().get());
        vm.seedProperty().set("7");
        vm.knobs().get(2).valueProperty().set("1.5");
        assertFalse(vm.validProperty().get(), "a slip rate above 1 is refused");
    }

    @Test
    void wholeNumberOptionsRefuseFractionsAndRealOnesTakeThem() {
        vm.setOption("iterations", "2.5");
        assertFalse(vm.validProperty().get());
        vm.setOption("iterations", "20");
        vm.setOption("c-base", "19652.5");
        assertTrue(vm.validProperty().get(), "c-base is a real number even though its default is written 19652");
    }

    @Test
    void optionsThatClashAreReportedWithTheEnginesReason() {
        vm.selectStrategy("beam");
        vm.setOption("width", "32");
        assertFalse(vm.validProperty().get());
        assertEquals("run.problem.options", vm.problemProperty().get().key());
    }

    @Test
    void theRequestCarriesEverySetting() {
        vm.setOption("iterations", "12");
        vm.setOption("policy", "uct");
        vm.puzzleProperty().set("3 3 8 8");
        vm.knobs().get(0).valueProperty().set("3");
        vm.prmProperty().set(NoisePreset.GOOD);
        vm.seedProperty().set("42");
        vm.pacedProperty().set(false);
        RunRequest r = vm.request();
        assertEquals("12", r.search().options().get("iterations"));
        assertEquals("uct", r.search().options().get("policy"));
        assertEquals(List.of(3, 3, 8, 8), r.search().puzzle().numbers());
        assertEquals(3.0, r.search().knobs().skill());
        assertEquals(NoisePreset.GOOD.model(), r.search().prmNoise());
        assertEquals(42, r.search().seed());
        assertFalse(r.paced());
        assertTrue(r.out().startsWith(Path.of("/tmp/runs")));
        assertTrue(r.out().getFileName().toString().startsWith("mcts-24-3-3-8-8-s42-"));
        vm.outputProperty().set(Path.of("/tmp/mine.trace.jsonl"));
        assertEquals(Path.of("/tmp/mine.trace.jsonl"), vm.request().out());
    }

    @Test
    void aRandomPuzzleIsSolvableAndOfTheChosenLevel() {
        vm.levelProperty().set(5);
        vm.pickRandomPuzzle();
        String text = vm.puzzleProperty().get();
        assertTrue(Game24Catalog.atLevel(5).stream().anyMatch(e -> e.puzzle().numbersText().equals(text)), text);
        assertFalse(vm.pickingProperty().get());
    }
}
