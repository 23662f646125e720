package org.reasoningexplorer.app.forensics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reasoningexplorer.engine.forensics.FirstWrongStep;
import org.reasoningexplorer.engine.forensics.VoteForensics;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.Rescoring;

/** One trace's vote forensics, wired as the {@code forensics} command does: embedded-reasoner traces are rescored so every rule applies. */
public record TraceForensics(Path file, TraceTree tree, VoteForensics.Report report, List<VoteForensics.Cluster> clustersByVotes) {

    /** The report's clusters, most votes first (then most weight), sorted where this is made rather than on the FX thread. */
    public TraceForensics(Path file, TraceTree tree, VoteForensics.Report report) {
        this(file, tree, report, byVotes(report.clusters()));
    }

    public TraceForensics {
        clustersByVotes = List.copyOf(clustersByVotes);
    }

    private static List<VoteForensics.Cluster> byVotes(List<VoteForensics.Cluster> clusters) {
        List<VoteForensics.Cluster> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparingInt((VoteForensics.Cluster c) -> -c.votes())
                .thenComparingDouble(c -> Double.isNaN(c.weight()) ? 0 : -c.weight()));
        return sorted;
    }

    /** Analyses a trace given its header and events. */
    public static TraceForensics of(Path file, TraceHeader header, List<TraceEvent> events) {
        TraceTree tree = org.reasoningexplorer.engine.trace.EventFile.newTreeFor(events);
        events.forEach(tree::apply);
        ChainTable.Edits scores = ChainTable.Edits.NONE;
        FirstWrongStep finder = FirstWrongStep.byPrm(0.5);
        try {
            PuzzleSearch s = PuzzleSearch.fromHeader(header);
            scores = Rescoring.rescore(s, tree, s.ormNoise(), s.prmNoise());
            finder = FirstWrongStep.exact(s.puzzle(), tree);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            // Not an embedded-reasoner trace: use the scores it has and the PRM for first wrong steps.
        }
        TraceEvent.FinalSelection sel = tree.selection();
        return new TraceForensics(file, tree, VoteForensics.analyze(tree, sel == null ? -1 : sel.node(), scores, finder, String::equals));
    }
}
