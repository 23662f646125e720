package org.reasoningexplorer.engine.shared;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data; tests that need it skip with a message on a fresh clone. */
public final class SharedData {
    private SharedData() {
    }

    /** The path of a file under shared/data, or a skipped test when it is absent. */
    public static Path require(String relative) {
        Path p = Path.of(System.getProperty("shared.dir", "../shared"), "data", relative);
        assumeTrue(Files.exists(p), "../shared/data is absent (a fresh clone): skipping the test that reads " + relative);
        return p;
    }
}
