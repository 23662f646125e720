package org.reasoningexplorer.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.reasoningexplorer.engine.trace.TraceFormatException;
import org.reasoningexplorer.engine.trace.TraceReader;

/** Reads whole traces for commands, turning every failure into a bad-input error (exit code 3). */
final class TraceFiles {
    private TraceFiles() {
    }

    static TraceReader.ReadResult read(Path file) {
        try {
            return TraceReader.readAll(file);
        } catch (NoSuchFileException e) {
            throw new Cli.BadInputException("no such file: " + file, e);
        } catch (TraceFormatException e) {
            throw new Cli.BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new Cli.BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
