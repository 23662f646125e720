package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files under the shared data folder, skipping the calling test when it is absent. */
final class SharedData {
    private SharedData() {
    }

    static Path require(String relative) {
        Path p = Path.of(System.getProperty("shared.dir", "../shared"), "data").resolve(relative);
        assumeTrue(Files.isRegularFile(p), "../shared/data absent: skipping (" + p + ")");
        return p;
    }
}
