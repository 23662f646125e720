package org.reasoningexplorer.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.reasoningexplorer.app.answers.AnswerGroup;
import org.reasoningexplorer.app.answers.AnswerTally;

/** The answer tally as CSV: one row per normalised answer, with votes, weight, verdicts and raw forms. */
public final class TallyCsv {
    private TallyCsv() {
    }

    public static void write(AnswerTally tally, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(Csv.line(List.of("answer", "count", "weight", "correct", "gold", "winner", "nodes", "written_as")));
        for (AnswerGroup g : tally.groups()) {
            String nodes = g.nodes().stream().map(String::valueOf).collect(Collectors.joining(" "));
            String raw = g.members().stream().map(m -> m.raw() + " ×" + m.count()).collect(Collectors.joining(" | "));
            sb.append(Csv.line(java.util.Arrays.asList(g.normalized(), g.count(), g.weight(), g.correct(), g.gold(),
                    g.winner(), nodes, raw)));
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
