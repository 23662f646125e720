package org.reasoningexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reasoningexplorer.engine.forensics.FirstWrongStep;
import org.reasoningexplorer.engine.forensics.VoteForensics;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.Rescoring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Explains why a vote chose what it chose; over several traces, lists the failures by how narrowly they were lost. */
@Command(name = "forensics", mixinStandardHelpOptions = true,
        description = {"Why did the vote fail? For one trace: the answer clusters after normalisation (merged forms flagged),",
            "the plain and weighted tallies, the margin by which the correct answer lost, what every rule would have chosen,",
            "and for each wrong chain the first wrong step and where it left the nearest correct chain.",
            "For several traces: the failures, narrowest loss first.",
            "Embedded-reasoner traces without verifier scores are rescored with their own verifiers, so every rule applies."})
final class ForensicsCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "trace files")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Analysed(Path file, TraceTree tree, VoteForensics.Report report) {
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Analysed> all = new ArrayList<>();
        for (Path f : files) {
            all.add(analyse(f));
        }
        if (all.size() == 1) {
            print(out, all.get(0));
            return;
        }
        List<Analysed> failures = new ArrayList<>();
        for (Analysed a : all) {
            if (a.report().failed()) {
                failures.add(a);
            }
        }
        failures.sort(Comparator.comparingDouble((Analysed a) -> Double.isNaN(a.report().voteMargin()) ? Double.MAX_VALUE
                : a.report().voteMargin()));
        out.printf("%d of %d traces chose a wrong answer; narrowest loss first:%n", failures.size(), all.size());
        out.println("margin(votes)  margin(score)  file  | chosen answer | verdict");
        for (Analysed a : failures) {
            out.printf("%13s  %13s  %s | %s | %s%n", fmt(a.report().voteMargin()), fmt(a.report().scoreMargin()), a.file(),
                    a.report().winner() == null ? "-" : a.report().winner().answer(), a.report().verdict());
        }
    }

    private static Analysed analyse(Path file) {
        TraceReader.ReadResult r = TraceFiles.read(file);
        TraceTree tree = new TraceTree();
        r.events().forEach(tree::apply);
        ChainTable.Edits scores = ChainTable.Edits.NONE;
        FirstWrongStep finder = FirstWrongStep.byPrm(0.5);
        try {
            PuzzleSearch s = PuzzleSearch.fromHeader(r.header());
            scores = Rescoring.rescore(s, tree, s.ormNoise(), s.prmNoise());
            finder = FirstWrongStep.exact(s.puzzle(), tree);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            // Not an embedded-reasoner trace: use the scores it has and the PRM for first wrong steps.
        }
        TraceEvent.FinalSelection sel = tree.selection();
        return new Analysed(file, tree, VoteForensics.analyze(tree, sel == null ? -1 : sel.node(), scores, finder, String::equals));
    }

    private static void print(PrintWriter out, Analysed a) {
        VoteForensics.Report r = a.report();
        out.printf("trace:    %s%n", a.file());
        out.printf("chosen:   %s%s%n", r.winner() == null ? "none" : r.winner().answer(),
                r.winner() == null ? "" : r.winner().correct() ? "  [correct]" : "  [wrong]");
        out.printf("verdict:  %s%n", r.verdict());
        out.printf("margin:   %s votes, %s summed ORM score%n", fmt(r.voteMargin()), fmt(r.scoreMargin()));
        out.println("clusters: votes  orm-weight  answer");
        for (VoteForensics.Cluster c : r.clusters()) {
            out.printf("          %5d  %10s  %s%s%s%n", c.votes(), fmt(c.weight()), c.answer(), c.correct() ? "  ✓" : "",
                    c.merged() ? "  (merged from " + c.writtenForms().size() + " written forms)" : "");
        }
        for (int[] p : r.wronglySplit()) {
            out.printf("split?    '%s' and '%s' look equivalent%n", r.clusters().get(p[0]).answer(), r.clusters().get(p[1]).answer());
        }
        out.println("rules:");
        for (VoteForensics.RuleOutcome o : r.rules()) {
            out.printf("          %-26s %s%n", o.rule(), o.answer() == null ? "(" + o.note() + ")" : o.answer() + (o.correct() ? "  ✓" : "  ✗"));
        }
        if (!r.wrongChains().isEmpty()) {
            out.println("wrong chains: first wrong step / where it left the nearest correct chain");
        }
        for (VoteForensics.WrongChain w : r.wrongChains()) {
            out.printf("  node %d: first wrong step %s (%s); %s%n", w.leaf(),
                    w.firstWrongStep() < 0 ? "not found" : "'" + a.tree().text(w.firstWrongStep()) + "'", w.method(),
                    w.nearestCorrectLeaf() < 0 ? "no correct chain to compare" : "shares " + w.sharedSteps()
                            + " steps with correct chain " + w.nearestCorrectLeaf());
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format("%.3f", v);
    }

}
