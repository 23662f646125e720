package org.reasoningexplorer.app.open;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reasoningexplorer.app.ExplorerApp;
import org.reasoningexplorer.engine.trace.TraceFormat;

/**
 * Finds the sample traces that ship with the project: {@code samples/} in the working folder, or
 * beside the folder the app's jar is in (so {@code java -jar target/reasoning-explorer.jar} finds
 * them from a clone). Samples are not bundled into the jar, to keep large data out of it.
 */
public final class SampleShelf {
    private SampleShelf() {
    }

    /** The folder holding the samples, or null when none is found. */
    public static Path folder() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("samples"));
        try {
            Path jar = Path.of(ExplorerApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (Path p = dir; p != null && candidates.size() < 5; p = p.getParent()) {
                candidates.add(p.resolve("samples"));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // No code source (e.g. some test runners): the working folder is all there is.
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().map(Path::toAbsolutePath).orElse(null);
    }

    /** The sample traces, sorted by name; empty when there is no samples folder. */
    public static List<Path> samples() {
        Path dir = folder();
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(TraceFormat.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A sample's short name: the file name without ".trace.jsonl". */
    public static String name(Path sample) {
        String n = sample.getFileName().toString();
        return n.endsWith(TraceFormat.EXTENSION) ? n.substring(0, n.length() - TraceFormat.EXTENSION.length()) : n;
    }
}
