package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceFormatException;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Summarises a trace: what was searched, counts by event type, the choice, the tally and the compute. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Summarises a trace file: the problem and strategy, counts by event type, the selected answer,",
            "the vote tally and the compute. Reads the file as a stream, so large traces are fine.",
            "Also checks that the compute recorded at the end equals what the events add up to."})
final class InspectCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .trace.jsonl file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> counts = new TreeMap<>();
        TraceTree tree = new TraceTree();
        TraceHeader header;
        try (TraceReader reader = TraceReader.open(file)) {
            header = reader.header();
            reader.forEachEvent(e -> {
                counts.merge(e.type(), 1L, Long::sum);
                try {
                    tree.apply(e);
                } catch (IllegalArgumentException ex) {
                    throw new TraceFormatException(file, reader.line(), ex.getMessage());
                }
            });
            printHeader(out, header);
            out.printf("events:   %d  %s%n", tree.eventCount(), counts);
            Summary.print(out, tree);
            for (String w : reader.warnings()) {
                out.println("warning:  " + w);
            }
        } catch (NoSuchFileException e) {
            throw new Cli.BadInputException("no such file: " + file, e);
        } catch (TraceFormatException e) {
            throw new Cli.BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new Cli.BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        TraceEvent.Ended end = tree.ended();
        if (end == null) {
            out.println("warning:  the trace has no end event: the search was still running, or crashed");
        } else if (!end.compute().equals(tree.compute())) {
            out.printf("warning:  the end event records %s but the events add up to %s%n", end.compute(), tree.compute());
        }
    }

    private void printHeader(PrintWriter out, TraceHeader h) throws IOException {
        out.printf("file:     %s (%,d bytes)%n", file, Files.size(file));
        out.printf("problem:  %s%n", h.problemText());
        out.printf("strategy: %s %s%n", h.strategyName(), h.strategy().getOrDefault("options", Map.of()));
        out.printf("backend:  %s %s%n", h.backend().get("name"), h.backend().getOrDefault("options", Map.of()));
        out.printf("seed:     %d   format %s %s%n", h.seed(), h.format(), h.version());
    }
}
