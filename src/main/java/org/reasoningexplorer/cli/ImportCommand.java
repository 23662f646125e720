package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.reasoningexplorer.engine.importer.ImportException;
import org.reasoningexplorer.engine.importer.ImportedTrace;
import org.reasoningexplorer.engine.importer.Importers;
import org.reasoningexplorer.engine.importer.TraceImporter;
import org.reasoningexplorer.engine.trace.TraceFormat;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Converts logs of other tools and public data sets into traces. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads what people already have and writes one trace per problem: Tree-of-Thoughts logs, PRM800K,",
            "GSM8K-style sample sets, thought-anchors long chains of thought, Stream-of-Search Countdown traces,",
            "search-and-learn rows, OpenR records, llm-reasoners tree logs, rStar pairs and a generic",
            "{question, gold, samples} JSONL (docs/IMPORT_FORMATS.md). The format is detected from the content."})
final class ImportCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "FILE", description = "a file or folder to import")
    Path file;

    @Option(names = "--format", description = "skip detection and use this importer (see --list)")
    String format;

    @Option(names = "--out", defaultValue = "imported", description = "folder for the traces (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--list", description = "list the importers and exit")
    boolean list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        if (list) {
            for (TraceImporter i : Importers.all()) {
                o.printf("%-18s %s%n", i.id(), i.format());
            }
            return;
        }
        List<ImportedTrace> traces;
        TraceImporter importer;
        try {
            importer = format != null ? Importers.byId(format) : Importers.detect(file);
            traces = importer.read(file);
        } catch (NoSuchFileException e) {
            throw new Cli.BadInputException("no such file: " + file, e);
        } catch (ImportException e) {
            throw new Cli.BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new Cli.BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(out);
            int i = 0;
            for (ImportedTrace t : traces) {
                String name = String.format("%03d-%s", i++, t.problemId().replaceAll("[^A-Za-z0-9_.-]+", "-"));
                Path target = out.resolve(name + TraceFormat.EXTENSION);
                TraceWriter.writeAtomically(target, t.header(), t.events());
                TraceTree tree = t.fold();
                o.printf("%s  %d nodes, %d answers%s%n", target, tree.size(), tree.answers().size(),
                        tree.selection() == null || tree.selection().node() < 0 ? "" : ", chose " + tree.selection().answer());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to " + out + ": " + e.getMessage(), e);
        }
        o.printf("%d traces imported from %s as %s%n", traces.size(), file, importer.format());
    }
}
