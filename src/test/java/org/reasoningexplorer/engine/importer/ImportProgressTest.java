package org.reasoningexplorer.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.shared.SharedData;

/** Progress and cancellation of an import, on the GSM8K sample set (1,319 problems; skipped when ../shared/data is absent). */
public class ImportProgressTest {
    private static Path gsm8k() {
        return SharedData.require("gsm8k/example_model_solutions.jsonl");
    }

    @Test
    void readingReportsIncreasingBytesAndRecordsUpToTheWholeFile() throws Exception {
        Path file = gsm8k();
        List<long[]> seen = new ArrayList<>();
        List<ImportedTrace> traces = Importers.read(file, (bytes, total, records) -> seen.add(new long[] {bytes, total, records}), null);
        assertEquals(1319, traces.size());
        assertTrue(seen.size() >= 1319, "a report per record");
        long size = Files.size(file);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "bytes never go back");
            assertTrue(seen.get(i)[2] >= seen.get(i - 1)[2], "records never go back");
            assertEquals(size, seen.get(i)[1]);
        }
        assertTrue(seen.get(10)[0] < size, "the file is read as the records are, not all at once");
        long[] last = seen.get(seen.size() - 1);
        assertEquals(size, last[0]);
        assertEquals(1319, last[2]);
    }

    @Test
    void aCancelledImportStopsMidway() {
        Path file = gsm8k();
        int[] records = {0};
        assertThrows(CancellationException.class, () -> Importers.read(file, (b, t, r) -> records[0] = r, () -> records[0] >= 500));
        assertEquals(500, records[0], "stopped right after the record that asked");
    }

    @Test
    void theOldSignatureStillReadsWithoutReporting() throws Exception {
        assertEquals(1319, Importers.read(gsm8k()).size());
    }
}
