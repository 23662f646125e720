package org.reasoningexplorer.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lab's view-model computes every chart's data off a screen. */
class LabViewModelTest {
    @Test
    void aSmallProblemSetYieldsCurvesOverOptimisationHeatmapAndBins() {
        LabViewModel vm = new LabViewModel(Runnable::run, Runnable::run);
        vm.puzzlesProperty().set("game24:12");
        vm.samplesProperty().set(8);
        long t = System.nanoTime();
        vm.compute();
        System.out.println("lab took " + (System.nanoTime() - t) / 1e6 + " ms; " + vm.statusProperty().get().key());
        LabViewModel.Results r = vm.resultsProperty().get();
        assertNotNull(r, () -> String.valueOf(vm.statusProperty().get().args().length > 0 ? vm.statusProperty().get().arg(0) : ""));
        assertFalse(vm.runningProperty().get());
        assertFalse(r.curves().isEmpty());
        assertTrue(r.curves().stream().allMatch(p -> p.low() <= p.accuracy() && p.accuracy() <= p.high()));
        assertFalse(r.overopt().points().isEmpty());
        assertEquals(LabViewModel.SKILLS.length, r.heatmap().accuracy().length);
        assertFalse(r.bins().rows().isEmpty());
        assertFalse(r.curvesTable().rows().isEmpty());
    }

    @Test
    void anUnknownProblemSetIsReportedNotThrown() {
        LabViewModel vm = new LabViewModel(Runnable::run, Runnable::run);
        vm.puzzlesProperty().set("nonsense");
        vm.compute();
        assertEquals("lab.failed", vm.statusProperty().get().key());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void aSweepPlotsOneSeriesPerTickedStrategyWithBands() {
        LabViewModel vm = new LabViewModel(Runnable::run, Runnable::run);
        assertEquals("game24:30", vm.sweepPuzzlesProperty().get(), "small default");
        assertEquals("1,4,16", vm.sweepBudgetsProperty().get());
        vm.sweepPuzzlesProperty().set("game24:6");
        vm.sweepBudgetsProperty().set("1, 4");
        for (String s : LabViewModel.SWEEP_STRATEGIES) {
            vm.sweepStrategyProperty(s).set(s.equals("majority") || s.equals("beam"));
        }
        vm.runSweep();
        LabViewModel.SweepResults r = vm.sweepResultsProperty().get();
        assertNotNull(r, () -> String.valueOf(vm.sweepStatusProperty().get().args().length > 0 ? vm.sweepStatusProperty().get().arg(0) : ""));
        assertEquals("lab.sweep.done", vm.sweepStatusProperty().get().key());
        assertFalse(vm.sweepRunningProperty().get());
        assertEquals(1.0, vm.sweepProgressProperty().get());
        assertEquals(java.util.List.of("majority", "beam"), r.series().stream().map(s -> s.strategy()).toList());
        for (var s : r.series()) {
            assertEquals(java.util.List.of(1, 4), s.points().stream().map(p -> p.budget()).toList());
            assertTrue(s.points().stream().allMatch(p -> p.low() <= p.accuracy() && p.accuracy() <= p.high() && p.steps() > 0));
        }
        assertEquals(4, r.table().rows().size());
        var lines = LabWindow.sweepSeries(r);
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).x().length);
        assertNotNull(lines.get(0).low(), "a confidence band is drawn");
        assertTrue(vm.resultsProperty().get() == null, "the sweep leaves the resampled curves alone");
    }

    @Test
    void aSweepWithBadBudgetsOrNoStrategyIsReported() {
        LabViewModel vm = new LabViewModel(Runnable::run, Runnable::run);
        vm.sweepBudgetsProperty().set("1,x");
        vm.runSweep();
        assertEquals("lab.failed", vm.sweepStatusProperty().get().key());
        vm.sweepBudgetsProperty().set("1");
        for (String s : LabViewModel.SWEEP_STRATEGIES) {
            vm.sweepStrategyProperty(s).set(false);
        }
        vm.runSweep();
        assertEquals("lab.failed", vm.sweepStatusProperty().get().key());
        assertFalse(vm.sweepRunningProperty().get());
        assertTrue(vm.sweepResultsProperty().get() == null);
    }
}
