package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reasoningexplorer.engine.answer.AnswerClusters;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * rStar-Math's reward-model training pairs (microsoft/rStar, branch rStar-math,
 * train/rm_data_examples.json): per problem a {@code prompt}, the highest-scoring correct solution
 * {@code pos} and the lowest-scoring incorrect one {@code neg}, code-augmented chains whose steps
 * end in {@code <end_of_step>}. Each solution is a chain (steps cut at {@code <end_of_step>}, and
 * before its {@code <output>} and {@code <answer>} parts); correctness is the pair's label, since
 * the file has no gold answer.
 */
public final class RStarPairsImporter implements TraceImporter {
    static final String FORMAT = "rStar-Math reward-model pairs (a JSON list of problems, each with \"prompt\", \"pos\" and \"neg\")";
    private static final String NOUN = "an rStar-Math pair";
    private static final Pattern STEP_END = Pattern.compile("<end_of_step>|(?=<output>)|(?=<answer>)");

    @Override
    public String id() {
        return "rstar-pairs";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LIST && sniff.firstHas("prompt", "pos", "neg");
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        List<ImportedTrace> out = new ArrayList<>();
        JsonRecords.eachListElement(path, FORMAT, NOUN, "a JSON list of rStar-Math pairs", (record, at) -> out.add(convert(record, at, path)));
        return out;
    }

    /** A solution's steps: the pieces between step ends, trimmed, empty ones dropped. */
    static List<String> steps(String solution) {
        List<String> out = new ArrayList<>();
        for (String piece : STEP_END.split(solution.strip())) {
            if (!piece.isBlank()) {
                out.add(piece.strip());
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        String prompt = at.text(record, "prompt");
        String question = prompt.replaceFirst("^\\s*<\\|user\\|>:\\s*", "").strip();
        TraceBuilder b = new TraceBuilder();
        b.root(question);
        AnswerClusters clusters = new AnswerClusters();
        String[] sides = {"pos", "neg"};
        for (int i = 0; i < sides.length; i++) {
            String solution = at.text(record, sides[i]);
            List<Integer> ids = b.chain(0, i, steps(solution), null);
            int last = ids.get(ids.size() - 1);
            boolean correct = i == 0;
            AnswerExtractor.Extraction e = AnswerExtractor.extract(solution);
            String answer = e.rule() == AnswerExtractor.Rule.BOXED ? e.answer() : "";
            String cluster = clusters.clusterOf(answer);
            b.score(last, "pair-label", ScoreKind.OUTCOME, correct ? 1 : 0, 0, List.of(sides[i]));
            b.answer(last, answer, cluster, correct);
            b.vote(last, cluster, 1.0);
        }
        Map<String, Object> problem = Headers.map("id", "rstar-" + at.record(), "text", question);
        Map<String, Object> options = Headers.map("source", "microsoft/rStar (rStar-math) " + path.getFileName(),
                "chains", List.of("pos", "neg"),
                "pos_count", At.optional(record, "pos_count") == null ? null : record.get("pos_count").asInt(),
                "neg_count", At.optional(record, "neg_count") == null ? null : record.get("neg_count").asInt());
        return b.build(Headers.of(problem, "rstar-pairs", options, "rStar-Math policy (MCTS)", Map.of(),
                List.of(Headers.verifier("pair-label", "outcome", Headers.map("meaning",
                        "pos is the highest-scoring correct solution, neg the lowest-scoring incorrect one")))), null);
    }
}
