package org.reasoningexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** Prints what a search chose and spent, for 'run' and 'inspect'. */
final class Summary {
    private Summary() {
    }

    static void print(PrintWriter out, TraceTree tree) {
        TraceEvent.FinalSelection sel = tree.selection();
        if (sel == null) {
            out.println("answer:   (none: the trace has no final selection)");
        } else if (sel.node() < 0) {
            out.printf("answer:   none (%s)%n", sel.reason());
        } else {
            out.printf("answer:   %s   [%s]%n", tree.answer(sel.node()).raw(), sel.correct() ? "correct" : "wrong");
            out.printf("reason:   %s%n", sel.reason());
        }
        out.printf("compute:  %d steps, %d tokens, %d verifier calls; %d nodes%n", tree.compute().steps(), tree.compute().tokens(),
                tree.compute().verifierCalls(), tree.size());
        if (tree.ended() != null) {
            String message = tree.ended().message();
            out.printf("status:   %s%s%n", tree.ended().status(), message == null || message.isEmpty() ? "" : " (" + message + ")");
        }
        printTally(out, tree);
    }

    private static void printTally(PrintWriter out, TraceTree tree) {
        if (tree.tally().isEmpty()) {
            return;
        }
        List<Map.Entry<String, TraceTree.Tally>> rows = new ArrayList<>(tree.tally().entrySet());
        rows.sort((a, b) -> b.getValue().count() != a.getValue().count() ? b.getValue().count() - a.getValue().count()
                : Double.compare(b.getValue().weight(), a.getValue().weight()));
        out.println("tally:    votes  weight  answer");
        int shown = 0;
        for (Map.Entry<String, TraceTree.Tally> e : rows) {
            if (shown++ == 10) {
                out.printf("          ... and %d more answers%n", rows.size() - 10);
                break;
            }
            boolean ok = tree.answer(e.getValue().nodes().get(0)).correct();
            out.printf("          %5d  %6.2f  %s%s%n", e.getValue().count(), e.getValue().weight(), e.getKey(), ok ? "  ✓" : "");
        }
    }
}
