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
}
