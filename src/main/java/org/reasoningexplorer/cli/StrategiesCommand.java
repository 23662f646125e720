package org.reasoningexplorer.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.reasoningexplorer.engine.search.OptionSet;
import org.reasoningexplorer.engine.search.SearchStrategy;
import org.reasoningexplorer.engine.search.Strategies;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists every strategy with its options, defaults and meanings. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "Lists every strategy with its options (give them to 'run' or 'sweep' as -o name=value).")
final class StrategiesCommand implements Runnable {
    @CommandLine.Parameters(arity = "0..1", paramLabel = "NAME", description = "show only this strategy")
    String only;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Strategies.Entry e : Strategies.all()) {
            if (only != null && !only.equals(e.name())) {
                continue;
            }
            SearchStrategy s = e.factory().apply(Map.of());
            out.printf("%s%n  %s%n", e.name(), e.summary());
            for (OptionSet.Doc d : s.optionDocs()) {
                out.printf("    %-20s default %-8s (%s)%n      %s%n", d.name(), d.defaultValue(), d.allowed(), d.meaning());
            }
            out.println();
        }
        if (only != null) {
            Strategies.create(only, Map.of());
        }
    }
}
