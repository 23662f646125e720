package org.reasoningexplorer.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The nodes of a search as a CSV table, one row per node: id, parent, depth, status, N, Q, prior,
 * tokens, the answer, one column per verifier and score kind (its latest score), and the step text.
 * Column names are English identifiers, so scripts can read the file whatever the UI language.
 */
public final class NodeTableCsv {
    private NodeTableCsv() {
    }

    public static void write(TraceTree tree, OutputStream out) throws IOException {
        Set<String> scoreColumns = new LinkedHashSet<>();
        for (int i = 0; i < tree.size(); i++) {
            for (TraceTree.ScoreEntry e : tree.scores(i)) {
                scoreColumns.add(column(e));
            }
        }
        List<Object> head = new ArrayList<>(List.of("node", "parent", "depth", "status", "terminal", "visits", "q", "prior",
                "tokens", "answer", "normalized", "correct"));
        head.addAll(scoreColumns);
        head.add("text");
        StringBuilder sb = new StringBuilder("\uFEFF").append(Csv.line(head));
        for (int i = 0; i < tree.size(); i++) {
            List<Object> row = new ArrayList<>();
            TraceTree.Answer a = tree.answer(i);
            row.add(i);
            row.add(tree.parent(i));
            row.add(tree.depth(i));
            row.add(tree.status(i).name().toLowerCase(Locale.ROOT));
            row.add(tree.isTerminal(i));
            row.add(tree.visits(i));
            row.add(tree.visits(i) > 0 ? tree.mean(i) : Double.NaN);
            row.add(tree.prior(i));
            row.add(tree.tokens(i));
            row.add(a == null ? null : a.raw());
            row.add(a == null ? null : a.normalized());
            row.add(a == null ? null : a.correct());
            for (String col : scoreColumns) {
                double v = Double.NaN;
                for (TraceTree.ScoreEntry e : tree.scores(i)) {
                    if (column(e).equals(col)) {
                        v = e.value();
                    }
                }
                row.add(v);
            }
            row.add(tree.text(i));
            sb.append(Csv.line(row));
            if (sb.length() > 1 << 20) {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String column(TraceTree.ScoreEntry e) {
        return "score:" + e.verifier() + ":" + e.kind().tag();
    }
}
