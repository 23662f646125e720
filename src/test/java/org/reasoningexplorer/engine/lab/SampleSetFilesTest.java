package org.reasoningexplorer.engine.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.verify.NoiseModel;

class SampleSetFilesTest {
    private static void assertSameSamples(SampleSet a, SampleSet b) {
        assertEquals(a.provenance(), b.provenance());
        assertEquals(a.size(), b.size());
        for (int p = 0; p < a.size(); p++) {
            ProblemSamples x = a.problems().get(p);
            ProblemSamples y = b.problems().get(p);
            assertEquals(x.puzzle(), y.puzzle());
            assertArrayEquals(x.cluster(), y.cluster());
            assertArrayEquals(x.correct(), y.correct());
            assertArrayEquals(x.ormScore(), y.ormScore(), 0.0);
            assertArrayEquals(x.steps(), y.steps());
            assertArrayEquals(x.tokens(), y.tokens());
            assertEquals(x.clusterAnswers(), y.clusterAnswers());
            assertArrayEquals(x.clusterCorrect(), y.clusterCorrect());
        }
    }

    private static SampleSet drawn() {
        return SampleDrawer.draw(LabFixtures.puzzles(6), 8, LabFixtures.template(NoiseModel.MISLEADING), 2, null, null);
    }

    @Test
    void jsonAndCsvRoundTripExactly() throws IOException {
        SampleSet set = drawn();
        StringWriter json = new StringWriter();
        SampleSetCodec.writeJson(set, json);
        assertSameSamples(set, SampleSetCodec.readJson(new StringReader(json.toString()), "s.json"));
        StringWriter csv = new StringWriter();
        SampleSetCsv.write(set, csv);
        assertTrue(csv.toString().split("\n")[1].equals(SampleSetCsv.HEADER));
        assertEquals(2 + 6 * 8, csv.toString().split("\n").length);
        assertSameSamples(set, SampleSetCsv.read(new StringReader(csv.toString()), "s.csv"));
        assertEquals("misleading", set.provenance().orm());
    }

    @Test
    void malformedFilesAreRejectedNamingTheFileAndThePlace() throws IOException {
        StringWriter json = new StringWriter();
        SampleSetCodec.writeJson(drawn(), json);
        String broken = json.toString().replaceFirst("\"correct\":\\[(true|false)", "\"correct\":[7");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleSetCodec.readJson(new StringReader(broken), "s.json"));
        assertTrue(e.getMessage().contains("s.json") && e.getMessage().contains("problem 0")
                && e.getMessage().contains("correct[0]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SampleSetCodec.readJson(new StringReader("{\"a\":"), "t.json"));
        assertTrue(e.getMessage().contains("t.json"), e.getMessage());
        StringWriter csv = new StringWriter();
        SampleSetCsv.write(drawn(), csv);
        List<String> lines = new java.util.ArrayList<>(List.of(csv.toString().split("\n")));
        lines.set(4, lines.get(4).replaceFirst(",(true|false),", ",maybe,"));
        e = assertThrows(IllegalArgumentException.class,
                () -> SampleSetCsv.read(new StringReader(String.join("\n", lines)), "s.csv"));
        assertTrue(e.getMessage().contains("s.csv, line 5"), e.getMessage());
    }

    @Test
    void samplesOfOneClusterAgreeOnCorrectness() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProblemSamples("x",
                new int[] {0, 0}, new boolean[] {true, false}, new double[] {0.5, 0.5}, new int[2], new int[2],
                List.of("a"), new boolean[] {true}));
        assertTrue(e.getMessage().contains("sample 1"), e.getMessage());
    }
}
